package io.assetbridge.connector.halo.client;

import io.assetbridge.spi.OutboundHttp;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * Tells an {@code https://} URL pointing at a plain-HTTP port (or the reverse) from a server that is down,
 * with one small probe in the other scheme after the first failure. Without it both look like "could not be
 * reached", and the admin looks for a network problem instead of changing five letters.
 */
final class SchemeProbe {

    private SchemeProbe() {}

    /**
     * The scheme the URL should have had, when the failure and a probe show the port speaks the other one.
     *
     * @param failure the I/O failure of a request to {@code url}
     * @param timeout bounds the probe's connect and read
     */
    static Optional<String> otherScheme(OutboundHttp http, URI url, IOException failure, Duration timeout) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("https") && failure instanceof SSLException && answersPlainHttp(http, url, timeout)) {
            return Optional.of("http");
        }
        boolean noConversation = failure instanceof ConnectException
                || failure instanceof UnknownHostException
                || failure instanceof NoRouteToHostException
                || failure instanceof SocketTimeoutException;
        if (scheme.equals("http") && !noConversation && speaksTls(http, url, timeout)) {
            return Optional.of("https");
        }
        return Optional.empty();
    }

    /**
     * Before the first request of a configuration that never worked: an {@code https://} URL whose port does
     * not complete a TLS handshake within {@code timeout} but answers plain HTTP is named at once. Without
     * this, a plain-HTTP server that waits for a request line in the TLS hello costs a full read timeout per
     * try. A certificate problem is left for the request itself to report.
     */
    static Optional<String> httpsThatAnswersPlainHttp(OutboundHttp http, URI url, Duration timeout) {
        boolean wrong = "https".equalsIgnoreCase(url.getScheme())
                && !speaksTls(http, url, timeout)
                && answersPlainHttp(http, url, timeout);
        return wrong ? Optional.of("http") : Optional.empty();
    }

    private static boolean answersPlainHttp(OutboundHttp http, URI url, Duration timeout) {
        try (Socket socket = http.connect(url, timeout)) {
            socket.getOutputStream()
                    .write(("HEAD / HTTP/1.0\r\nHost: " + url.getHost() + "\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            byte[] start = in.readNBytes(5);
            return Arrays.equals(start, "HTTP/".getBytes(StandardCharsets.US_ASCII));
        } catch (IOException | RuntimeException noHttp) {
            return false;
        }
    }

    /** A completed handshake, or one refused for its certificate, means the port speaks TLS. */
    private static boolean speaksTls(OutboundHttp http, URI url, Duration timeout) {
        try (Socket plain = http.connect(url, timeout)) {
            var factory = (SSLSocketFactory) SSLSocketFactory.getDefault();
            try (var tls = (SSLSocket) factory.createSocket(plain, url.getHost(), port(url), false)) {
                tls.startHandshake();
                return true;
            }
        } catch (SSLHandshakeException certificateOrAlert) {
            return !String.valueOf(certificateOrAlert.getMessage())
                    .toLowerCase(Locale.ROOT)
                    .contains("unrecognized");
        } catch (IOException | RuntimeException noTls) {
            return false;
        }
    }

    private static int port(URI url) {
        return url.getPort() != -1 ? url.getPort() : "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
    }
}
