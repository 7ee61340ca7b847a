package io.assetbridge.spi;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;

/**
 * The connections a connector makes to its source, obtained from the platform ({@link ConnectorContext#http()})
 * so that the platform's outbound policy applies to each of them: the host is resolved, every address is
 * checked when the connection is made, and a refused one fails with {@link OutboundRefusedException}
 * before a byte is sent. A connector opens no socket and builds no HTTP client of its own. Thread-safe.
 *
 * @since 1.0
 */
public interface OutboundHttp {

    /**
     * Sends one request and reads the whole answer; no redirect is followed and no status is an
     * exception. Bounded by the context's {@link HttpTimeouts}.
     *
     * @throws OutboundRefusedException when the policy refuses every address of the host
     * @throws IOException              when the host is unknown, the connection fails or the answer is not HTTP
     *
     * @since 1.0
     */
    OutboundResponse send(OutboundRequest request) throws IOException;

    /**
     * A plain TCP connection to the URL's host and port (the scheme's default port when it has none),
     * checked like {@link #send}, with {@code timeout} bounding the connect and each read. For probes that
     * are not HTTP requests, e.g. telling a TLS port from a plain one. The caller closes it.
     *
     * @since 1.0
     */
    Socket connect(URI url, Duration timeout) throws IOException;
}
