package io.assetbridge.halosim.http;

import com.sun.net.httpserver.HttpExchange;
import io.assetbridge.halosim.metrics.Counters;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Sends one response and records its status (control requests pass no counters). */
final class Reply {

    static final String JSON = "application/json; charset=utf-8";
    static final String TEXT = "text/plain; charset=utf-8";
    static final String HTML = "text/html; charset=utf-8";

    private final HttpExchange exchange;
    private final Counters counters;

    Reply(HttpExchange exchange, Counters counters) {
        this.exchange = exchange;
        this.counters = counters;
    }

    void json(int status, String body) throws IOException {
        send(status, JSON, body.getBytes(StandardCharsets.UTF_8));
    }

    void text(int status, String body) throws IOException {
        send(status, TEXT, body.getBytes(StandardCharsets.UTF_8));
    }

    void html(int status, String body) throws IOException {
        send(status, HTML, body.getBytes(StandardCharsets.UTF_8));
    }

    void header(String name, String value) {
        exchange.getResponseHeaders().set(name, value);
    }

    void empty(int status) throws IOException {
        record(status);
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    void send(int status, String contentType, byte[] body) throws IOException {
        record(status);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }

    /** Starts a chunked response for bodies too large to buffer; the caller closes the stream. */
    OutputStream stream(int status, String contentType) throws IOException {
        record(status);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, 0);
        return exchange.getResponseBody();
    }

    private void record(int status) {
        if (counters != null) {
            counters.status(status);
        }
    }

    static String htmlPage(String title, String message) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title
                + "</title></head>\n<body><h1>" + title + "</h1><p>" + message + "</p></body></html>\n";
    }
}
