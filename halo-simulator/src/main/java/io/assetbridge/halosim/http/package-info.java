/**
 * The HTTP face of the simulator on the JDK's {@code com.sun.net.httpserver}: {@code /auth/token},
 * the Halo resources under {@code /api/} (paths case-insensitive, as Halo's are) and the test
 * controls under {@code /_sim/}. Rows are rendered by {@link io.assetbridge.halosim.http.AssetJson}
 * and {@link io.assetbridge.halosim.http.DirectoryJson} in Halo's list-row shape.
 */
package io.assetbridge.halosim.http;
