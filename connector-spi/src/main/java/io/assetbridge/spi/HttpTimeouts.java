package io.assetbridge.spi;

import java.time.Duration;

/**
 * HTTP timeouts a connector applies to every call.
 *
 * @param connect time to establish a connection, positive
 * @param read    time to wait for a response, positive
 *
 * @since 0.1
 */
public record HttpTimeouts(Duration connect, Duration read) {

    /**
     * @since 0.1
     */
    public static final HttpTimeouts DEFAULT = new HttpTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(60));

    /**
     * @since 0.1
     */
    public HttpTimeouts {
        Values.require(
                connect != null && !connect.isNegative() && !connect.isZero(), "connect timeout must be positive");
        Values.require(read != null && !read.isNegative() && !read.isZero(), "read timeout must be positive");
    }
}
