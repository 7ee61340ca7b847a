package io.assetbridge.cwsim.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** One HTTP answer: status, extra headers and a JSON (or plain) body. */
record Reply(int status, Map<String, String> headers, String body, String contentType) {

    static Reply json(int status, Object value) {
        return new Reply(status, new LinkedHashMap<>(), Json.write(value), "application/json; charset=utf-8");
    }

    /** ConnectWise's error shape: {@code {"code":…,"message":…}}. */
    static Reply error(int status, String code, String message) {
        return json(status, Json.object("code", code, "message", message));
    }

    /** What a web server answers for a path that is no ConnectWise API: HTML, not JSON. */
    static Reply notAnApi() {
        return new Reply(
                404,
                new LinkedHashMap<>(),
                "<html><body><h1>404 - File or directory not found.</h1></body></html>",
                "text/html; charset=utf-8");
    }

    Reply with(String header, String value) {
        headers.put(header, value);
        return this;
    }

    void send(HttpExchange exchange) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        headers.forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
        exchange.close();
    }
}
