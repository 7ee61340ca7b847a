package io.assetbridge.spi.support;

import io.assetbridge.spi.HttpTimeouts;
import io.assetbridge.spi.OutboundHttp;
import io.assetbridge.spi.OutboundRequest;
import io.assetbridge.spi.OutboundResponse;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * A small HTTP/1.1 client over sockets that a {@link Dialer} opens: one connection per request
 * ({@code Connection: close}), TLS with host name verification and SNI on top of the dialled socket,
 * bodies by {@code Content-Length}, chunked or to the end. Because the dialler makes every connection,
 * the platform's dialler can check each resolved address before connecting.
 *
 * @since 1.0
 */
public final class SocketHttp implements OutboundHttp {

    /**
     * Opens a TCP connection to {@code host:port}; the platform's checks its outbound policy on each address.
     *
     * @since 1.0
     */
    @FunctionalInterface
    public interface Dialer {
        Socket dial(String host, int port, Duration connectTimeout) throws IOException;
    }

    private final Dialer dialer;
    private final HttpTimeouts timeouts;

    /**
     * @since 1.0
     */
    public SocketHttp(Dialer dialer, HttpTimeouts timeouts) {
        this.dialer = Objects.requireNonNull(dialer);
        this.timeouts = Objects.requireNonNull(timeouts);
    }

    /**
     * Connections with no policy: for connector tests and for platforms that lend none.
     *
     * @since 1.0
     */
    public static SocketHttp direct(HttpTimeouts timeouts) {
        return new SocketHttp(SocketHttp::dialDirect, timeouts);
    }

    private static Socket dialDirect(String host, int port, Duration timeout) throws IOException {
        var socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
            return socket;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    /**
     * @since 1.0
     */
    @Override
    public Socket connect(URI url, Duration timeout) throws IOException {
        Socket socket = dialer.dial(url.getHost(), port(url), timeout);
        socket.setSoTimeout((int) timeout.toMillis());
        return socket;
    }

    /**
     * @since 1.0
     */
    @Override
    public OutboundResponse send(OutboundRequest request) throws IOException {
        URI uri = request.uri();
        Socket socket = dialer.dial(uri.getHost(), port(uri), timeouts.connect());
        try (socket) {
            socket.setSoTimeout((int) timeouts.read().toMillis());
            Socket channel = uri.getScheme().equalsIgnoreCase("https") ? tls(socket, uri.getHost(), port(uri)) : socket;
            try (channel) {
                OutputStream out = new BufferedOutputStream(channel.getOutputStream());
                out.write(head(request).getBytes(StandardCharsets.ISO_8859_1));
                out.write(request.body());
                out.flush();
                return ResponseReader.read(
                        new BufferedInputStream(channel.getInputStream()),
                        request.method().equals("HEAD"));
            }
        }
    }

    private static SSLSocket tls(Socket plain, String host, int port) throws IOException {
        var factory = (SSLSocketFactory) SSLSocketFactory.getDefault();
        var tls = (SSLSocket) factory.createSocket(plain, host, port, true);
        SSLParameters parameters = tls.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        tls.setSSLParameters(parameters);
        tls.startHandshake();
        return tls;
    }

    private static String head(OutboundRequest request) {
        URI uri = request.uri();
        String target = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        var head = new StringBuilder()
                .append(request.method())
                .append(' ')
                .append(target)
                .append(" HTTP/1.1\r\nHost: ")
                .append(hostHeader(uri))
                .append("\r\nConnection: close\r\n");
        request.headers().forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!lower.equals("host") && !lower.equals("content-length") && !lower.equals("connection")) {
                values.forEach(v -> head.append(name).append(": ").append(v).append("\r\n"));
            }
        });
        byte[] body = request.body();
        if (body.length > 0
                || !request.method().equals("GET") && !request.method().equals("HEAD")) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        return head.append("\r\n").toString();
    }

    private static String hostHeader(URI uri) {
        String host = uri.getHost();
        return uri.getPort() == -1 ? host : host + ":" + uri.getPort();
    }

    static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
    }
}
