package io.assetbridge.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * An HTTP server for scripting a source in tests, on a free port of the loopback address. Each request
 * is recorded, then answered by the first of: the next queued answer ({@link #enqueue}), the standing
 * answer ({@link #always}), or the fallback — a function of the request, such as {@link #forwardTo} a
 * real simulator, or 404. Answers carry status, headers, body and a delay, and can be cut short.
 */
public final class HttpStub implements AutoCloseable {

    private static final Set<String> HOP_BY_HOP =
            Set.of("connection", "content-length", "host", "transfer-encoding", "upgrade", "keep-alive", "expect");

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "http-stub");
        t.setDaemon(true);
        return t;
    });
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<StubResponse> queued = new ConcurrentLinkedQueue<>();
    private volatile StubResponse standing;
    private volatile Predicate<RecordedRequest> scripted = r -> true;
    private volatile Function<RecordedRequest, StubResponse> fallback =
            r -> StubResponse.text(404, "no scripted answer for " + r.method() + " " + r.path());

    private HttpStub(HttpServer server) {
        this.server = server;
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Starts a stub on a free loopback port. */
    public static HttpStub start() {
        try {
            return new HttpStub(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50));
        } catch (IOException e) {
            throw new IllegalStateException("could not start the HTTP stub", e);
        }
    }

    /** The stub's address, e.g. {@code http://127.0.0.1:41234}, without a trailing slash. */
    public URI baseUri() {
        return URI.create("http://" + server.getAddress().getHostString() + ":"
                + server.getAddress().getPort());
    }

    /** Answers the next request (after those queued before) with {@code response}. */
    public HttpStub enqueue(StubResponse response) {
        queued.add(response);
        return this;
    }

    /** Answers every request with {@code response} until {@link #reset()} (queued answers go first). */
    public HttpStub always(StubResponse response) {
        standing = response;
        return this;
    }

    /** Answers what nothing scripted answers with {@code answer}. */
    public HttpStub fallback(Function<RecordedRequest, StubResponse> answer) {
        fallback = answer;
        return this;
    }

    /** Passes what nothing scripted answers on to {@code target} (same path and query) and relays the answer. */
    public HttpStub forwardTo(URI target) {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return fallback(request -> forward(client, target, request));
    }

    /** Applies queued and standing answers only to the requests {@code which} accepts; the rest fall back. */
    public HttpStub scriptOnly(Predicate<RecordedRequest> which) {
        scripted = which;
        return this;
    }

    /** Drops the queued and standing answers (the fallback stays). */
    public HttpStub reset() {
        queued.clear();
        standing = null;
        return this;
    }

    /** Every request received so far, in order. */
    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    public void clearRequests() {
        requests.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            RecordedRequest request;
            try (InputStream in = exchange.getRequestBody()) {
                var headers = new TreeMap<String, List<String>>();
                exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v));
                request = new RecordedRequest(
                        exchange.getRequestMethod(),
                        exchange.getRequestURI().getRawPath(),
                        exchange.getRequestURI().getRawQuery(),
                        headers,
                        in.readAllBytes());
            }
            requests.add(request);
            StubResponse response = scripted.test(request) ? queued.poll() : null;
            if (response == null && scripted.test(request)) {
                response = standing;
            }
            if (response == null) {
                response = fallback.apply(request);
            }
            answer(exchange, response);
        }
    }

    private static void answer(HttpExchange exchange, StubResponse response) throws IOException {
        if (!response.delay().isZero()) {
            try {
                Thread.sleep(response.delay().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        response.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        byte[] body = response.body();
        exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            OutputStream out = exchange.getResponseBody();
            if (response.truncated()) {
                out.write(body, 0, body.length / 2);
                out.flush();
                // the rest never comes: closing a fixed-length exchange early closes the connection
                throw new IOException("cut short on purpose");
            }
            out.write(body);
        }
    }

    private static StubResponse forward(HttpClient client, URI target, RecordedRequest request) {
        String uri = target.toString().replaceAll("/+$", "")
                + request.path()
                + (request.query() == null ? "" : "?" + request.query());
        var builder = HttpRequest.newBuilder(URI.create(uri))
                .timeout(Duration.ofSeconds(30))
                .method(request.method(), HttpRequest.BodyPublishers.ofByteArray(request.body()));
        request.headers().forEach((name, values) -> {
            if (!HOP_BY_HOP.contains(name)) {
                values.forEach(v -> builder.header(name, v));
            }
        });
        try {
            HttpResponse<byte[]> answer = client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            var headers = new LinkedHashMap<String, String>();
            answer.headers().map().forEach((name, values) -> {
                if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                    headers.put(name, String.join(", ", values));
                }
            });
            return new StubResponse(answer.statusCode(), headers, answer.body(), Duration.ZERO, false);
        } catch (IOException e) {
            return StubResponse.text(502, "the stub could not reach " + target + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return StubResponse.text(503, "interrupted");
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
