package io.assetbridge.platform.it;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A webhook receiver on 127.0.0.1 inside the test: records every request per path and answers each
 * with the next status queued for that path (200 once the queue is empty).
 */
final class WebhookReceiver implements AutoCloseable {

    /** One request as received. */
    record Received(String path, Map<String, List<String>> headers, String body) {

        String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }
    }

    private final HttpServer server;
    private final List<Received> received = new ArrayList<>();
    private final Map<String, Deque<Integer>> answers = new ConcurrentHashMap<>();

    WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            synchronized (received) {
                received.add(new Received(path, Map.copyOf(exchange.getRequestHeaders()), body));
            }
            Integer status = answers.getOrDefault(path, new ArrayDeque<>()).poll();
            exchange.sendResponseHeaders(status == null ? 200 : status, -1);
            exchange.close();
        });
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The next requests to {@code path} are answered with these statuses, in order. */
    void answer(String path, Integer... statuses) {
        answers.computeIfAbsent(path, p -> new ArrayDeque<>()).addAll(List.of(statuses));
    }

    List<Received> at(String path) {
        synchronized (received) {
            return received.stream().filter(r -> r.path().equals(path)).toList();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
