package io.assetbridge.platform.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * HTTP/1.1 over a plain socket, for what {@link Http} cannot send: bytes outside ASCII in a header,
 * broken request targets, a chosen {@code Host}, a body that stalls, and a chosen loopback source
 * address (127.0.0.2, 127.0.0.3…) to stand for another client.
 */
final class RawHttp {

    private final URL base;
    private InetAddress from;

    RawHttp(URL base) {
        this.base = base;
    }

    /** Connects from this local address (any of 127.0.0.0/8 works on Linux). */
    RawHttp from(String address) {
        try {
            this.from = InetAddress.getByName(address);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** A response: status, headers (names lower-case, the last of repeated ones), body. */
    record Reply(int status, Map<String, String> headers, String body) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        @Override
        public String toString() {
            return status + " " + headers + " " + (body.length() > 300 ? body.substring(0, 300) : body);
        }
    }

    /**
     * Sends {@code head} (the request line and headers, without the blank line; each line ending in
     * CRLF is added) as ISO-8859-1 bytes, then {@code body}, and reads the answer until the server
     * closes ({@code Connection: close} is added).
     */
    Reply send(String head, byte[] body) {
        try (var socket = new Socket()) {
            if (from != null) {
                socket.bind(new InetSocketAddress(from, 0));
            }
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5_000);
            socket.setSoTimeout(60_000);
            try {
                var out = socket.getOutputStream();
                out.write((head.replace("\n", "\r\n") + "\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
                if (body != null) {
                    out.write(body);
                }
                out.flush();
            } catch (SocketException refusedMidRequest) {
                // the server answered and closed before taking the whole request (a header too large):
                // read its answer if it is still there, else report the closed connection as status 0
                try {
                    return read(socket.getInputStream());
                } catch (IOException gone) {
                    return new Reply(
                            0, Map.of(), "closed by the server mid-request: " + refusedMidRequest.getMessage());
                }
            }
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A GET of {@code target} (sent as is) with the given extra header lines. */
    Reply get(String target, String... headers) {
        return send(request("GET", target, headers), null);
    }

    String request(String method, String target, String... headers) {
        var head =
                new StringBuilder(method + " " + target + " HTTP/1.1\nHost: " + base.getHost() + ":" + base.getPort());
        for (String header : headers) {
            head.append('\n').append(header);
        }
        return head.toString();
    }

    static Reply read(InputStream in) throws IOException {
        var all = new ByteArrayOutputStream();
        in.transferTo(all);
        String text = all.toString(StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        String head = end < 0 ? text : text.substring(0, end);
        String body = end < 0 ? "" : text.substring(end + 4);
        String[] lines = head.split("\r\n");
        if (lines.length == 0 || !lines[0].startsWith("HTTP/1.")) {
            throw new IOException("Not an HTTP answer: " + text);
        }
        var headers = new TreeMap<String, String>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(
                        lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).trim());
            }
        }
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = unchunk(body);
        }
        return new Reply(Integer.parseInt(lines[0].split(" ")[1]), headers, body);
    }

    private static String unchunk(String chunked) {
        var body = new StringBuilder();
        int at = 0;
        while (at < chunked.length()) {
            int lineEnd = chunked.indexOf("\r\n", at);
            if (lineEnd < 0) {
                break;
            }
            int size = Integer.parseInt(
                    chunked.substring(at, lineEnd).split(";")[0].trim(), 16);
            if (size == 0) {
                break;
            }
            body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
        return body.toString();
    }
}
