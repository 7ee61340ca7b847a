/**
 * A Halo ITSM-compatible HTTP server for tests, the offline demo and benchmarks.
 *
 * <p>Start it embedded with {@link io.assetbridge.halosim.HaloSimulator#start(SimulatorSettings)} or
 * standalone with {@link io.assetbridge.halosim.Main}. It reproduces Halo's quirks on purpose (page
 * cap at 100, last page repeated past the end, bare-array asset types, decimal site client ids,
 * active-only default lists, ...) because code that passes against it must work against real Halo.
 */
package io.assetbridge.halosim;
