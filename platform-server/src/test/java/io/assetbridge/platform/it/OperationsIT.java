package io.assetbridge.platform.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * What an operator watches, on the packaged server with the Halo simulator, both in their own JVM on
 * PostgreSQL: the metrics after a successful and a failed run. The server runs with its own knobs
 * (refresh and poll intervals shrunk), which an Arquillian deployment cannot set.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OperationsIT {

    static final String DB = TestDatabase.isPostgres() ? TestDatabase.sibling("operations") : null;
    static final String ADMIN = "operations-admin-password";
    static final String WRONG_SECRET = "wrong-ops-secret-4711";
    static SimulatorProcess halo;
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
                "1");
        if (DB != null) {
            env.put("ASSETBRIDGE_DB_URL", DB);
            env.put("ASSETBRIDGE_DB_USER", System.getenv("ASSETBRIDGE_DB_USER"));
            env.put("ASSETBRIDGE_DB_PASSWORD", "unused");
        }
        server = ServerProcess.start(env, root.resolve("server.log"));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (halo != null) {
            halo.close();
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
}
