package io.assetbridge.platform.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A port on 127.0.0.1 that only counts the connections made to it (and closes them): where a
 * secret must never be sent, the count must stay 0. Counting connections, not requests, also
 * catches a client that connects and sends anything at all.
 */
final class CaptureServer implements AutoCloseable {

    private final ServerSocket socket;
    private final AtomicInteger connections = new AtomicInteger();
    private final Thread acceptor;
    private final String host;
    private final byte[] reply;

    CaptureServer() {
        this("127.0.0.1", null);
    }

    /**
     * @param address a loopback address to listen on, e.g. {@code 127.0.0.66}
     * @param reply   bytes written to each connection before it is closed (an HTTP answer, a banner), or null
     */
    CaptureServer(String address, String reply) {
        this.host = address;
        this.reply = reply == null ? null : reply.getBytes(StandardCharsets.UTF_8);
        try {
            socket = new ServerSocket(0, 50, InetAddress.getByName(address));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        acceptor = new Thread(this::accept, "capture-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    String url(String path) {
        return "http://" + host + ":" + socket.getLocalPort() + path;
    }

    int connections() {
        return connections.get();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                connections.incrementAndGet();
                if (reply != null) {
                    answer(client);
                }
            } catch (IOException closed) {
                if (socket.isClosed()) {
                    return;
                }
            }
        }
    }

    /** Writes the reply, then drains what the client sent until it closes, so the client reads it all. */
    private void answer(Socket client) throws IOException {
        client.setSoTimeout(3_000);
        client.getOutputStream().write(reply);
        client.getOutputStream().flush();
        client.shutdownOutput();
        try {
            client.getInputStream().readNBytes(1 << 20);
        } catch (SocketTimeoutException enough) {
            // the client keeps its side open; the reply is written
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
