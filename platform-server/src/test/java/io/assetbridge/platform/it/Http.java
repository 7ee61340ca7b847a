package io.assetbridge.platform.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;

/**
 * A small HTTP client for tests against the server: JSON in, status, headers and JSON out. It sends
 * the admin's credentials (from {@code ASSETBRIDGE_ADMIN_PASSWORD}, which failsafe also hands the
 * server) unless told {@link #anonymous()} or {@link #as(String, String)} someone else.
 */
public final class Http {

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private String authorization;
    private String accept;

    public Http(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        String adminPassword = System.getenv("ASSETBRIDGE_ADMIN_PASSWORD");
        if (adminPassword != null) {
            as("admin", adminPassword);
        }
    }

    /** Sends no credentials with the following requests. */
    public Http anonymous() {
        authorization = null;
        return this;
    }

    /** Sends HTTP Basic credentials with every following request. */
    public Http as(String user, String password) {
        authorization = "Basic "
                + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return this;
    }

    /** Sends this {@code Accept} header with every following request (none by default). */
    public Http accepting(String mediaTypes) {
        accept = mediaTypes;
        return this;
    }

    public Reply get(String path) {
        return send("GET", path, null, null);
    }

    public Reply post(String path, String json) {
        return send("POST", path, json, "application/json");
    }

    public Reply put(String path, String json) {
        return send("PUT", path, json, "application/json");
    }

    public Reply delete(String path) {
        return send("DELETE", path, null, null);
    }

    public Reply send(String method, String path, String body, String contentType) {
        var request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(120))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        try {
            var built = request.build();
            var reply = new Reply(client.send(built, HttpResponse.BodyHandlers.ofString()));
            if (path.startsWith("/api/") || path.equals("/api")) {
                checkAgainstTheDescription(method, path, built, body, reply);
            }
            return reply;
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Fails the test when the exchange does not match the served description ({@link Contract}). */
    private void checkAgainstTheDescription(String method, String path, HttpRequest request, String body, Reply reply) {
        var contract = Contract.servedBy(base, new Http(base).anonymous());
        var requestHeaders = new LinkedHashMap<String, String>();
        request.headers().map().forEach((name, values) -> requestHeaders.put(name, values.get(0)));
        var responseHeaders = new LinkedHashMap<String, String>();
        reply.response().headers().map().forEach((name, values) -> responseHeaders.put(name, values.get(0)));
        var problems =
                contract.problems(method, path, requestHeaders, body, reply.status(), responseHeaders, reply.body());
        if (!problems.isEmpty()) {
            throw new AssertionError("The exchange " + method + " " + path + " → " + reply.status()
                    + " does not match /openapi: " + problems + "\nrequest body: " + body + "\nresponse body: "
                    + reply.body());
        }
    }

    /** A response. */
    public record Reply(HttpResponse<String> response) {

        public int status() {
            return response.statusCode();
        }

        public String body() {
            return response.body();
        }

        public String contentType() {
            return response.headers().firstValue("Content-Type").orElse("");
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public JsonObject json() {
            return (JsonObject) parse();
        }

        public JsonArray array() {
            return (JsonArray) parse();
        }

        private JsonStructure parse() {
            try (var reader = Json.createReader(new StringReader(response.body()))) {
                return reader.read();
            }
        }

        @Override
        public String toString() {
            return response.statusCode() + " " + response.body();
        }
    }
}
