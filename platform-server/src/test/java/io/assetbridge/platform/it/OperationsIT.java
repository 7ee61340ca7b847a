package io.assetbridge.platform.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * What an operator watches, on the packaged server with the Halo simulator, both in their own JVM on
 * PostgreSQL: the metrics after a successful and a failed run, and webhooks that report a failed run
 * to a receiver inside the test. The server runs with its own knobs
 * (refresh and poll intervals shrunk), which an Arquillian deployment cannot set.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OperationsIT {

    static final String DB = TestDatabase.isPostgres() ? TestDatabase.sibling("operations") : null;
    static final String ADMIN = "operations-admin-password";
    static final String WRONG_SECRET = "wrong-ops-secret-4711";
    static final String HOOK_SECRET = "whsec-ops-0815";
    static SimulatorProcess halo;
    static WebhookReceiver receiver;
    static ServerProcess server;
    static long good;
    static long bad;
    static JsonObject goodRun;
    static JsonObject badRun;

    @BeforeAll
    static void start() {
        TestDatabase.recreate(DB);
        Path root = Deployments.emptied(Path.of(System.getProperty("it.target", "target"), "operations"));
        halo = SimulatorProcess.start("--assets", "450", "--clients", "12", "--licences", "30", "--seed", "5");
        var env = ServerProcess.env(
                "ASSETBRIDGE_DATA_DIR",
                root.resolve("data").toString(),
                "ASSETBRIDGE_PLUGINS_DIR",
                root.resolve("plugins").toString(),
                "ASSETBRIDGE_ADMIN_PASSWORD",
                ADMIN,
                "ASSETBRIDGE_SYNC_POLL_SECONDS",
                "1",
                "ASSETBRIDGE_METRICS_REFRESH_SECONDS",
                "1",
                "ASSETBRIDGE_LOG_FORMAT",
                "json",
                "ASSETBRIDGE_WEBHOOKS_POLL_SECONDS",
                "1",
                "ASSETBRIDGE_WEBHOOKS_RETRY_BASE_SECONDS",
                "0.5",
                // the receiver listens on loopback: allowed explicitly for the outbound policy (issue 15)
                "ASSETBRIDGE_OUTBOUND_ALLOW",
                "127.0.0.1");
        if (DB != null) {
            env.put("ASSETBRIDGE_DB_URL", DB);
            env.put("ASSETBRIDGE_DB_USER", System.getenv("ASSETBRIDGE_DB_USER"));
            env.put("ASSETBRIDGE_DB_PASSWORD", "unused");
        }
        server = ServerProcess.start(env, root.resolve("server.log"));
        receiver = new WebhookReceiver();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (halo != null) {
            halo.close();
        }
        if (receiver != null) {
            receiver.close();
        }
    }

    static Http api() {
        return new Http(server.baseUrl()).as("admin", ADMIN);
    }

    static long integration(String name, String secret) {
        var reply = api().post("/api/integrations", halo.integrationBody(name, secret));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().getJsonNumber("id").longValue();
    }

    static PrometheusText metrics() {
        var reply =
                new Http(server.baseUrl()).anonymous().accepting("text/plain").get("/metrics");
        assertThat(reply.status()).isEqualTo(200);
        return PrometheusText.parse(reply.body());
    }

    /** /metrics once {@code ready} holds: the state gauges refresh in the background. */
    static PrometheusText metricsWhen(Predicate<PrometheusText> ready) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        PrometheusText last = metrics();
        while (!ready.test(last) && Instant.now().isBefore(deadline)) {
            Runs.sleep(250);
            last = metrics();
        }
        return last;
    }

    static long sum(JsonObject run, String... keys) {
        long total = 0;
        for (var counts : run.getJsonObject("countsByType").values()) {
            for (String key : keys) {
                total += counts.asJsonObject().getJsonNumber(key).longValue();
            }
        }
        return total;
    }

    @Test
    @Order(1)
    void metricsCountASuccessfulAndAFailedRunTaggedByConnectorAndIntegrationOnly() {
        good = integration("Operations good Halo", "s3cr3t-halo-simulator-demo");
        bad = integration("Operations wrong-secret Halo", WRONG_SECRET);
        goodRun = Runs.syncAndWait(api(), good);
        badRun = Runs.syncAndWait(api(), bad);
        assertThat(goodRun.getString("status")).as(goodRun.toString()).isEqualTo("succeeded");
        assertThat(badRun.getString("status")).as(badRun.toString()).isEqualTo("failed");
        long hardware = api().get("/api/cis?integration=" + good + "&class=hardware&status=active&size=1")
                .json()
                .getJsonNumber("total")
                .longValue();
        String g = String.valueOf(good);
        String b = String.valueOf(bad);

        var m = metricsWhen(
                p -> p.value("assetbridge_inventory_cis", "integration", g, "class", "hardware", "status", "active")
                                .orElse(-1)
                        == hardware);

        assertThat(m.value("assetbridge_runs_total", "connector", "haloitsm", "integration", g, "outcome", "succeeded"))
                .hasValue(1);
        assertThat(m.value("assetbridge_runs_total", "integration", b, "outcome", "failed"))
                .hasValue(1);
        assertThat(m.value("assetbridge_runs_total", "integration", b, "outcome", "succeeded"))
                .isEmpty();
        assertThat(m.value("assetbridge_run_duration_seconds_count", "integration", g))
                .hasValue(1);
        assertThat(m.value("assetbridge_records_read_total", "integration", g))
                .hasValue(sum(goodRun, "created", "updated", "unchanged", "skipped", "failed"));
        assertThat(m.value("assetbridge_records_written_total", "integration", g))
                .hasValue(sum(goodRun, "created", "updated"));
        assertThat(m.value("assetbridge_source_requests_total", "integration", g, "status", "2xx"))
                .hasValue(goodRun.getJsonNumber("requests").longValue());
        assertThat(m.value("assetbridge_source_requests_total", "integration", b, "status", "4xx"))
                .hasValue(badRun.getJsonNumber("requests").longValue());
        assertThat(m.value("assetbridge_inventory_cis", "integration", g, "class", "hardware", "status", "active"))
                .hasValue(hardware);
        assertThat(m.value("assetbridge_last_success_age_seconds", "integration", g)
                        .orElse(-1))
                .isBetween(0.0, 120.0);
        assertThat(m.value("assetbridge_last_success_age_seconds", "integration", b))
                .isPresent();
        assertThat(m.value("assetbridge_schedule_interval_seconds", "integration", g))
                .hasValue(86_400);
        assertThat(m.value("assetbridge_runs_active", "connector", "haloitsm", "state", "running"))
                .hasValue(0);

        var allowed = Set.of(
                "connector", "integration", "outcome", "status", "reason", "class", "state", "mp_scope", "quantile");
        assertThat(m.named("assetbridge_"))
                .allSatisfy(s -> assertThat(allowed).containsAll(s.labels().keySet()));
        String text = new Http(server.baseUrl()).anonymous().get("/metrics").body();
        assertThat(text)
                .doesNotContain(WRONG_SECRET)
                .doesNotContain("s3cr3t-halo-simulator-demo")
                .doesNotContain("127.0.0.1:" + halo.resourceServerUrl().replaceAll(".*:(\\d+).*", "$1"))
                .doesNotContain("Operations good Halo")
                .doesNotContain("wrong-secret Halo");
    }

    @Test
    @Order(2)
    void aWebhookAtADeniedAddressOrWithABadBodyIsRefusedNamingEachProblem() {
        var metadata = api().post(
                        "/api/webhooks",
                        "{\"url\":\"http://169.254.169.254/latest/meta-data/\",\"events\":[\"run.failed\"]}");
        assertThat(metadata.status()).isEqualTo(400);
        assertThat(fields(metadata)).containsExactly("url");
        assertThat(metadata.body()).contains("link-local");
        var named = api().post(
                        "/api/webhooks", "{\"url\":\"http://metadata.google.internal/x\",\"events\":[\"run.held\"]}");
        assertThat(named.status()).isEqualTo(400);
        assertThat(fields(named)).containsExactly("url");
        var bad = api().post(
                        "/api/webhooks",
                        "{\"url\":\"ftp://example.com/x\",\"events\":[\"run.exploded\",\"run.failed\",\"run.failed\"],\"colour\":\"red\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(fields(bad)).containsExactlyInAnyOrder("colour", "url", "events[0]", "events[2]");
        var empty = api().post("/api/webhooks", "{\"url\":\"https://user:pw@hooks.example.com/\",\"events\":[]}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(fields(empty)).containsExactlyInAnyOrder("url", "events");
        assertThat(empty.body()).doesNotContain("pw@");
        assertThat(api().get("/api/webhooks").array()).isEmpty();
        assertThat(api().get("/api/webhooks/987654").status()).isEqualTo(404);
    }

    static List<String> fields(Http.Reply reply) {
        return reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field"))
                .toList();
    }

    @Test
    @Order(3)
    void aFailedRunIsDeliveredOnceSignedAndAgainAfterTheReceiverAnswered500() throws Exception {
        var created = api().post(
                        "/api/webhooks",
                        "{\"url\":\"" + receiver.url("/a") + "\",\"secret\":\"" + HOOK_SECRET
                                + "\",\"events\":[\"run.failed\"]}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.body()).doesNotContain(HOOK_SECRET);
        assertThat(created.json().getJsonObject("secret").getBoolean("set")).isTrue();
        long a = created.json().getJsonNumber("id").longValue();
        assertThat(created.header("Location")).endsWith("/api/webhooks/" + a);
        receiver.answer("/b", 500);
        long b = api().post(
                        "/api/webhooks",
                        "{\"url\":\"" + receiver.url("/b") + "\",\"events\":[\"run.warnings\",\"run.failed\"]}")
                .json()
                .getJsonNumber("id")
                .longValue();
        long unsubscribed = api().post(
                        "/api/webhooks", "{\"url\":\"" + receiver.url("/c") + "\",\"events\":[\"run.held\"]}")
                .json()
                .getJsonNumber("id")
                .longValue();

        JsonObject failed = Runs.syncAndWait(api(), bad);
        assertThat(failed.getString("status")).isEqualTo("failed");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while ((receiver.at("/b").size() < 2 || receiver.at("/a").isEmpty())
                && Instant.now().isBefore(deadline)) {
            Runs.sleep(100);
        }
        var toA = receiver.at("/a");
        var toB = receiver.at("/b");
        assertThat(toA).hasSize(1);
        assertThat(toB).hasSize(2);
        assertThat(receiver.at("/c")).isEmpty();

        var delivered = toA.get(0);
        assertThat(delivered.header("X-AssetBridge-Signature"))
                .isEqualTo("sha256=" + hmac(HOOK_SECRET, delivered.body()));
        JsonObject payload =
                Json.createReader(new StringReader(delivered.body())).readObject();
        assertThat(payload.getString("event")).isEqualTo("run.failed");
        assertThat(payload.getString("id")).isEqualTo(delivered.header("X-AssetBridge-Delivery"));
        assertThat(payload.getString("occurredAt")).isNotBlank();
        assertThat(payload.getJsonObject("integration").getJsonNumber("id").longValue())
                .isEqualTo(bad);
        assertThat(payload.getJsonObject("integration").getString("name")).isEqualTo("Operations wrong-secret Halo");
        JsonObject run = payload.getJsonObject("run");
        assertThat(run.getJsonNumber("id").longValue())
                .isEqualTo(failed.getJsonNumber("id").longValue());
        assertThat(run.getString("status")).isEqualTo("failed");
        assertThat(run.getJsonObject("failure").getString("kind")).isEqualTo("authentication");
        assertThat(delivered.body()).doesNotContain(WRONG_SECRET);

        assertThat(toB.get(0).body())
                .as("a retry sends the same event")
                .isEqualTo(toB.get(1).body());
        assertThat(toB.get(0).header("X-AssetBridge-Signature")).isNull();

        var historyA = settledDeliveries(a);
        assertThat(historyA).hasSize(1);
        assertThat(historyA.get(0).getString("status")).isEqualTo("delivered");
        assertThat(historyA.get(0).getInt("attempts")).isEqualTo(1);
        var historyB = settledDeliveries(b);
        assertThat(historyB).hasSize(1);
        assertThat(historyB.get(0).getString("status")).isEqualTo("delivered");
        assertThat(historyB.get(0).getInt("attempts")).isEqualTo(2);
        assertThat(historyB.get(0).getInt("lastStatus")).isEqualTo(200);
        assertThat(api().get("/api/webhooks/" + b)
                        .json()
                        .getJsonObject("lastDelivery")
                        .getString("eventId"))
                .isEqualTo(historyB.get(0).getString("eventId"));

        var test = api().post("/api/webhooks/" + a + "/test", "");
        assertThat(test.status()).as(test.toString()).isEqualTo(200);
        assertThat(test.json().getString("event")).isEqualTo("webhook.test");
        assertThat(test.json().getString("status")).isEqualTo("delivered");
        assertThat(receiver.at("/a")).hasSize(2);

        var kept = api().put(
                        "/api/webhooks/" + a,
                        "{\"url\":\"" + receiver.url("/a") + "\",\"events\":[\"run.failed\",\"run.held\"]}");
        assertThat(kept.status()).as(kept.toString()).isEqualTo(200);
        assertThat(kept.json().getJsonObject("secret").getBoolean("set")).isTrue();
        assertThat(api().delete("/api/webhooks/" + unsubscribed).status()).isEqualTo(204);
        assertThat(api().get("/api/webhooks/" + unsubscribed).status()).isEqualTo(404);
        assertThat(api().get("/api/webhooks").array()).hasSize(2);
        assertThat(server.log()).doesNotContain(HOOK_SECRET).doesNotContain(receiver.url("/a"));
        String audit = api().get("/api/audit?size=100").body();
        assertThat(audit)
                .contains("webhook.created", "webhook.changed", "webhook.deleted")
                .doesNotContain(HOOK_SECRET)
                .doesNotContain(receiver.url("/a"));
    }

    /** The webhook's deliveries once none is pending (the receiver sees a request before the server records it). */
    static List<JsonObject> settledDeliveries(long webhook) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (true) {
            var history = api().get("/api/webhooks/" + webhook + "/deliveries")
                    .array()
                    .getValuesAs(JsonObject.class);
            if (history.stream().noneMatch(d -> d.getString("status").equals("pending"))
                    || Instant.now().isAfter(deadline)) {
                return history;
            }
            Runs.sleep(100);
        }
    }

    static String hmac(String secret, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    @Order(4)
    void withLogFormatJsonEveryLineAfterTheSwitchIsOneJsonObjectAndRunLinesCarryTheirIds() {
        String log = server.log();
        int switched = log.indexOf("The server log is in JSON");
        assertThat(switched).as("the switch is logged").isPositive();
        var lines = log.substring(log.indexOf('\n', switched) + 1)
                .lines()
                .filter(l -> !l.isBlank())
                .toList();
        assertThat(lines).isNotEmpty();
        var objects = lines.stream()
                .map(l -> Json.createReader(new StringReader(l)).readObject())
                .toList();
        assertThat(objects).allSatisfy(o -> assertThat(o.keySet()).contains("timestamp", "level", "logger", "message"));
        String badRuns = "of integration " + bad + " ended: failed (authentication)";
        var ended = objects.stream()
                .filter(o -> o.getString("message").contains(badRuns))
                .toList();
        assertThat(ended).isNotEmpty();
        assertThat(ended.get(0).getJsonNumber("integrationId").longValue()).isEqualTo(bad);
        assertThat(ended.get(0).getJsonNumber("runId").longValue())
                .isEqualTo(badRun.getJsonNumber("id").longValue());
        assertThat(ended.get(0).getString("level")).isEqualTo("INFO");
    }
}
