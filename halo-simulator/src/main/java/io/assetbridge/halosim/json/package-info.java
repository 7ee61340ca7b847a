/**
 * A minimal streaming JSON writer. The simulator deliberately has no JSON library: it must stay
 * dependency-free so it can be started from any module's tests, and it only ever writes JSON.
 */
package io.assetbridge.halosim.json;
