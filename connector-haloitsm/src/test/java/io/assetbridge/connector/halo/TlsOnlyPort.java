package io.assetbridge.connector.halo;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * A port that speaks only TLS, as far as a client can tell without a certificate: whatever arrives, it
 * answers with a TLS fatal alert (handshake failure) and closes — what a TLS server does with a plain-HTTP
 * request line, and with a hello it cannot serve.
 */
final class TlsOnlyPort implements AutoCloseable {

    private static final byte[] FATAL_HANDSHAKE_FAILURE = {0x15, 0x03, 0x03, 0x00, 0x02, 0x02, 0x28};

    private final ServerSocket server;
    private final Thread acceptor;

    TlsOnlyPort() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::serve, "tls-only-port");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket client = server.accept()) {
                InputStream in = client.getInputStream();
                in.read(new byte[4096]); // the request line or the client hello
                client.getOutputStream().write(FATAL_HANDSHAKE_FAILURE);
                client.getOutputStream().flush();
            } catch (IOException closedOrReset) {
                // next client, or the port was closed
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
