package io.assetbridge.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/** The platform's admin API and the simulator's /_sim/ controls, over java.net.http. */
final class Api {

    static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    static final String AUTH =
            "Basic " + Base64.getEncoder().encodeToString("admin:bench".getBytes(StandardCharsets.UTF_8));

    private Api() {}

    static JsonValue parse(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readValue();
        }
    }

    static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(String url) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", AUTH)
                .timeout(Duration.ofSeconds(120))
                .GET()
                .build());
    }

    static HttpResponse<String> post(String url, String json) throws Exception {
        var b = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", AUTH)
                .timeout(Duration.ofSeconds(60));
        if (json == null) {
            b.POST(HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        }
        return send(b.build());
    }

    static void delete(String url) throws Exception {
        var response = send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", AUTH)
                .DELETE()
                .build());
        if (response.statusCode() != 204 && response.statusCode() != 200) {
            throw new IllegalStateException(
                    "DELETE " + url + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    static JsonObject getObject(String url) throws Exception {
        var r = get(url);
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + url + " → " + r.statusCode() + " " + r.body());
        }
        return parse(r.body()).asJsonObject();
    }

    static JsonObject postObject(String url, String json, int expected) throws Exception {
        var r = post(url, json);
        if (r.statusCode() != expected) {
            throw new IllegalStateException("POST " + url + " → " + r.statusCode() + " " + r.body());
        }
        return parse(r.body()).asJsonObject();
    }

    /** Waits until the platform answers /health/ready with 200. */
    static void awaitReady(String base, Duration timeout, Procs.Child server) throws Exception {
        Instant until = Instant.now().plus(timeout);
        while (Instant.now().isBefore(until)) {
            if (!server.process().isAlive()) {
                throw new IllegalStateException("The platform exited during start-up; see " + server.log());
            }
            try {
                var r = send(HttpRequest.newBuilder(URI.create(base + "/health/ready"))
                        .timeout(Duration.ofSeconds(5))
                        .GET()
                        .build());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The platform was not ready within " + timeout + "; see " + server.log());
    }

    static long createIntegration(String base, String name, int simPort, Integer budget, Integer windowSeconds)
            throws Exception {
        String sim = "http://127.0.0.1:" + simPort;
        var config = Json.createObjectBuilder()
                .add("resource-server-url", sim + "/api")
                .add("authorisation-server-url", sim + "/auth")
                .add("tenant", "assetbridge")
                .add("client-id", "assetbridge-client")
                .add("client-secret", "s3cr3t-halo-simulator-demo");
        if (budget != null) {
            config.add("rate-limit-requests", budget).add("rate-limit-window-seconds", windowSeconds);
        } else {
            // no limit on the simulator: the connector's pacing budget as wide as it goes (100,000 per 1 s),
            // so the default 250 per 300 s does not turn a 100,000-asset sync into a 20-minute wait
            config.add("rate-limit-requests", 100_000).add("rate-limit-window-seconds", 1);
        }
        String body = Json.createObjectBuilder()
                .add("name", name)
                .add("connector", "haloitsm")
                .add("config", config)
                .build()
                .toString();
        return postObject(base + "/api/integrations", body, 201)
                .getJsonNumber("id")
                .longValue();
    }

    /**
     * The final run and the wall-clock seconds from pressing Connect now to the run's end as the server
     * stamped it ({@code finishedAt}, same machine and clock). Timing by the stamp rather than by when a
     * poll sees the end lets the bench poll every {@link #POLL} without losing precision: polling every
     * 100 ms cost the platform about a tenth of its CPU during a sync.
     */
    record Synced(JsonObject run, double wallSeconds) {}

    static final Duration POLL = Duration.ofMillis(500);

    /** When the server ended the run, or now when it did not say. */
    private static Instant endOf(JsonObject run) {
        return run.containsKey("finishedAt") && !run.isNull("finishedAt")
                ? Instant.parse(run.getString("finishedAt"))
                : Instant.now();
    }

    static Synced timedSync(String base, long integrationId, Duration timeout) throws Exception {
        Instant start = Instant.now();
        JsonObject run = sync(base, integrationId, timeout);
        return new Synced(run, Duration.between(start, endOf(run)).toMillis() / 1000.0);
    }

    /** The seconds a capped run took, or (cancelled after the cap) the cap; {@code cancelled} says which. */
    record Capped(JsonObject run, double wallSeconds, boolean cancelled) {}

    /** Like timedSync, but cancels the run once {@code cap} has passed and waits for it to stop. */
    static Capped cappedSync(String base, long integrationId, Duration cap) throws Exception {
        Instant start = Instant.now();
        long runId = postObject(base + "/api/integrations/" + integrationId + "/syncs", null, 202)
                .getJsonNumber("id")
                .longValue();
        Instant until = Instant.now().plus(cap);
        boolean cancelled = false;
        while (true) {
            Thread.sleep(POLL.toMillis());
            JsonObject run = getObject(base + "/api/syncs/" + runId);
            String status = run.getString("status");
            if (!status.equals("queued") && !status.equals("running")) {
                return new Capped(run, Duration.between(start, endOf(run)).toMillis() / 1000.0, cancelled);
            }
            if (!cancelled && Instant.now().isAfter(until)) {
                post(base + "/api/syncs/" + runId + "/cancel", null);
                cancelled = true;
            }
        }
    }

    /** Presses Connect now and polls the run until it ends; returns the final run. */
    static JsonObject sync(String base, long integrationId, Duration timeout) throws Exception {
        long runId = postObject(base + "/api/integrations/" + integrationId + "/syncs", null, 202)
                .getJsonNumber("id")
                .longValue();
        Instant until = Instant.now().plus(timeout);
        while (Instant.now().isBefore(until)) {
            Thread.sleep(POLL.toMillis());
            JsonObject run = getObject(base + "/api/syncs/" + runId);
            String status = run.getString("status");
            if (!status.equals("queued") && !status.equals("running")) {
                return run;
            }
        }
        throw new IllegalStateException("Run " + runId + " did not end within " + timeout);
    }

    static double seconds(JsonObject run) {
        return Duration.between(Instant.parse(run.getString("startedAt")), Instant.parse(run.getString("finishedAt")))
                        .toMillis()
                / 1000.0;
    }

    static long count(JsonObject run, String type, String key) {
        JsonObject byType = run.getJsonObject("countsByType");
        if (byType == null || !byType.containsKey(type) || byType.isNull(type)) {
            return 0;
        }
        return byType.getJsonObject(type).getJsonNumber(key).longValue();
    }

    /** created + updated on hardware, software, customers and sites, plus CI status changes (missing, retired). */
    static long applicationRowsWritten(JsonObject run) {
        long n = 0;
        for (String type : new String[] {"hardware", "software", "customers", "sites"}) {
            n += count(run, type, "created") + count(run, type, "updated");
        }
        JsonObject counts = run.getJsonObject("counts");
        return n
                + counts.getJsonNumber("missing").longValue()
                + counts.getJsonNumber("retired").longValue();
    }

    static JsonObject simCounters(int simPort) throws Exception {
        return getObject("http://127.0.0.1:" + simPort + "/_sim/counters");
    }

    static void simResetCounters(int simPort) throws Exception {
        var r = post("http://127.0.0.1:" + simPort + "/_sim/counters/reset", null);
        if (r.statusCode() != 200) {
            throw new IllegalStateException("counter reset → " + r.statusCode());
        }
    }
}
