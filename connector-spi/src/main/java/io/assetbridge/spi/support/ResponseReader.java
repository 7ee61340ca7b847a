package io.assetbridge.spi.support;

import io.assetbridge.spi.OutboundResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Reads the status line, the headers and the body of one answer, skipping interim (1xx) answers. */
final class ResponseReader {

    /** An answer larger than this is refused rather than held in memory. */
    static final int MAX_BODY = 64 * 1024 * 1024;

    private static final int MAX_HEAD_LINE = 16 * 1024;

    private ResponseReader() {}

    static OutboundResponse read(InputStream in, boolean head) throws IOException {
        while (true) {
            String statusLine = line(in);
            if (!statusLine.matches("HTTP/1\\.[01] [0-9]{3}( .*)?")) {
                throw new IOException("The answer is not HTTP/1.x");
            }
            int status = Integer.parseInt(statusLine.substring(9, 12));
            var headers = new TreeMap<String, List<String>>(String.CASE_INSENSITIVE_ORDER);
            for (String line = line(in); !line.isEmpty(); line = line(in)) {
                int colon = line.indexOf(':');
                if (colon <= 0) {
                    throw new IOException("A header line of the answer has no name");
                }
                headers.computeIfAbsent(line.substring(0, colon).trim(), k -> new ArrayList<>())
                        .add(line.substring(colon + 1).trim());
            }
            if (status >= 100 && status < 200) {
                continue;
            }
            byte[] body = head || status == 204 || status == 304 ? new byte[0] : body(in, headers);
            return new OutboundResponse(status, headers, body);
        }
    }

    private static byte[] body(InputStream in, Map<String, List<String>> headers) throws IOException {
        var encoding = headers.getOrDefault("Transfer-Encoding", List.of());
        if (encoding.stream().anyMatch(e -> e.toLowerCase(Locale.ROOT).contains("chunked"))) {
            return chunked(in);
        }
        var length = headers.get("Content-Length");
        if (length != null && !length.isEmpty()) {
            long n;
            try {
                n = Long.parseLong(length.get(0).trim());
            } catch (NumberFormatException e) {
                throw new IOException("The answer's Content-Length is not a number");
            }
            if (n < 0 || n > MAX_BODY) {
                throw new IOException("The answer's body is larger than " + MAX_BODY + " bytes");
            }
            byte[] body = in.readNBytes((int) n);
            if (body.length < n) {
                throw new IOException("The connection closed before the whole answer arrived");
            }
            return body;
        }
        return limited(in, MAX_BODY);
    }

    private static byte[] chunked(InputStream in) throws IOException {
        var out = new ByteArrayOutputStream();
        while (true) {
            String size = line(in);
            int semicolon = size.indexOf(';');
            long n;
            try {
                n = Long.parseLong((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
            } catch (NumberFormatException e) {
                throw new IOException("A chunk size of the answer is not hexadecimal");
            }
            if (n == 0) {
                while (!line(in).isEmpty()) {
                    // trailers: ignored
                }
                return out.toByteArray();
            }
            if (n < 0 || out.size() + n > MAX_BODY) {
                throw new IOException("The answer's body is larger than " + MAX_BODY + " bytes");
            }
            byte[] chunk = in.readNBytes((int) n);
            if (chunk.length < n) {
                throw new IOException("The connection closed inside a chunk");
            }
            out.write(chunk);
            line(in);
        }
    }

    private static byte[] limited(InputStream in, int max) throws IOException {
        byte[] body = in.readNBytes(max + 1);
        if (body.length > max) {
            throw new IOException("The answer's body is larger than " + max + " bytes");
        }
        return body;
    }

    /** One line without its CRLF (a bare LF is accepted); at most {@value #MAX_HEAD_LINE} bytes. */
    private static String line(InputStream in) throws IOException {
        var line = new StringBuilder();
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("The connection closed before the answer's head ended");
            }
            if (b == '\n') {
                int end = line.length();
                return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
            }
            if (line.length() >= MAX_HEAD_LINE) {
                throw new IOException("A line of the answer's head is too long");
            }
            line.append((char) b);
        }
    }
}
