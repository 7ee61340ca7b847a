package io.assetbridge.platform.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sync safety with real processes: the packaged server and the Halo simulator each in their own
 * JVM, on PostgreSQL. Failures half-way, kill -9 and resume, 429 storms, schedules across a restart,
 * retirement and reactivation, cancel. Timing knobs (lease, poll, schedule unit, retry base) are
 * shrunk through the server's configuration so nothing waits minutes.
 */
class SyncSafetyIT {

    static final String DB = TestDatabase.isPostgres() ? TestDatabase.sibling("safety") : null;
    static final String ADMIN = "safety-admin-password";
    static final int ASSETS = 3000;
    static SimulatorProcess halo;
    static ServerProcess server;
    static Path root;

    @BeforeAll
    static void start() {
        TestDatabase.recreate(DB);
        root = Deployments.emptied(Path.of(System.getProperty("it.target", "target"), "sync-safety"));
        halo = SimulatorProcess.start(
                "--assets", String.valueOf(ASSETS), "--clients", "20", "--licences", "50", "--seed", "11");
        server = startServer("first");
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        halo.close();
    }

    @AfterEach
    void clearFaults() {
        halo.faults("clear=true");
    }

    static ServerProcess startServer(String name) {
        var env = ServerProcess.onDatabase(
                DB,
                root,
                ADMIN,
                "ASSETBRIDGE_SYNC_LEASE_SECONDS",
                "6",
                "ASSETBRIDGE_SYNC_POLL_SECONDS",
                "1",
                "ASSETBRIDGE_SCHEDULE_UNIT_SECONDS",
                "1",
                "ASSETBRIDGE_SYNC_RETRIES",
                "1",
                "ASSETBRIDGE_SYNC_RETRY_BASE_SECONDS",
                "0.2");
        return ServerProcess.start(env, root.resolve(name + ".log"));
    }

    static Http api() {
        return new Http(server.baseUrl()).as("admin", ADMIN);
    }

    static long integration(String name, SimulatorProcess source, Map<String, Object> extra) {
        var reply = api().post("/api/integrations", source.integrationBody(name, "s3cr3t-halo-simulator-demo", extra));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().getJsonNumber("id").longValue();
    }

    static long startSync(long integration) {
        return Runs.start(api(), integration);
    }

    static JsonObject awaitEnd(long runId) {
        return Runs.awaitEnd(api(), runId);
    }

    static JsonObject awaitPages(long runId, int pages) {
        return Runs.await(
                api(), runId, r -> r.getJsonObject("progress").getInt("pages") >= pages, Duration.ofMinutes(2));
    }

    static JsonObject sync(long integration) {
        JsonObject run = awaitEnd(startSync(integration));
        assertThat(run.getString("status")).as(run.toString()).isEqualTo("succeeded");
        return run;
    }

    static void sleep(long millis) {
        Runs.sleep(millis);
    }

    /** How many CIs of the integration have each status. */
    static Map<String, Long> statuses(long integration) throws SQLException {
        return TestDatabase.ciStatuses(DB, integration);
    }

    /** Every CI of the integration in a comparable form (see {@link TestDatabase#ciDump}). */
    static List<String> dump(long integration) throws SQLException {
        return TestDatabase.ciDump(DB, integration);
    }

    @Test
    void halfWayFailuresFailWithTheRightKindAndMarkNothingMissing() throws Exception {
        long id = integration("Failures", halo, Map.of());
        sync(id);
        var before = statuses(id);
        assertThat(before).containsOnlyKeys("active", "inactive");

        halo.faults("slow-ms=40");
        long storm = startSync(id);
        awaitPages(storm, 10);
        halo.faults("server-error-rate=1.0&status=503");
        JsonObject stormRun = awaitEnd(storm);
        assertThat(stormRun.getString("status")).isEqualTo("failed");
        assertThat(stormRun.getJsonObject("failure").getString("kind")).isEqualTo("transient");
        assertThat(statuses(id)).isEqualTo(before);
        halo.faults("clear=true");

        halo.faults("malformed-endpoint=Asset&malformed-page=3");
        JsonObject malformed = awaitEnd(startSync(id));
        assertThat(malformed.getString("status")).isEqualTo("failed");
        assertThat(malformed.getJsonObject("failure").getString("kind")).isEqualTo("data");
        assertThat(malformed.getJsonObject("failure").getString("message"))
                .contains("page 3")
                .containsIgnoringCase("hardware");
        assertThat(statuses(id)).isEqualTo(before);
        halo.faults("clear=true");

        halo.faults("slow-ms=40");
        long revoked = startSync(id);
        awaitPages(revoked, 10);
        halo.settings("client-secret=rotated-in-halo");
        halo.revokeTokens();
        JsonObject auth = awaitEnd(revoked);
        halo.settings("client-secret=s3cr3t-halo-simulator-demo");
        assertThat(auth.getString("status")).isEqualTo("failed");
        assertThat(auth.getJsonObject("failure").getString("kind")).isEqualTo("authentication");
        assertThat(statuses(id)).isEqualTo(before);
        assertThat(api().get("/api/cis?integration=" + id + "&status=missing")
                        .json()
                        .getInt("total"))
                .isZero();
    }

    @Test
    void killNineMidSyncAndRestartEndsWithTheInventoryOfAnUninterruptedSync() throws Exception {
        long reference = integration("Reference", halo, Map.of());
        sync(reference);

        long crashed = integration("Crashed", halo, Map.of());
        halo.faults("slow-ms=150");
        long runId = startSync(crashed);
        JsonObject atKill = awaitPages(runId, 12);
        server.kill();
        halo.faults("clear=true");
        server = startServer("after-kill");
        JsonObject resumed = awaitEnd(runId);

        assertThat(resumed.getString("status")).as(resumed.toString()).isEqualTo("succeeded");
        assertThat(resumed.getJsonObject("progress").getInt("pages"))
                .isGreaterThan(atKill.getJsonObject("progress").getInt("pages"));
        List<String> expected = dump(reference);
        List<String> actual = dump(crashed);
        assertThat(actual).hasSize(ASSETS + 50).doesNotHaveDuplicates().isEqualTo(expected);
        System.out.printf(
                "kill -9 after %d committed pages; resumed run %d ended with %d CIs identical to the reference%n",
                atKill.getJsonObject("progress").getInt("pages"), runId, actual.size());
    }

    @Test
    void rateLimitStormsWithAndWithoutRetryAfterAreWaitedOut() {
        for (boolean retryAfter : new boolean[] {true, false}) {
            // The connector's own budget is set far above Halo's limit, so it bursts into 429s and must wait them out.
            long id = integration(
                    "Storm " + retryAfter, halo, Map.of("rate-limit-requests", 500, "rate-limit-window-seconds", 2));
            halo.faults("rate-limit=5&window=2&retry-after=" + retryAfter);
            JsonObject run = sync(id);
            assertThat(run.getJsonNumber("rateLimited").longValue())
                    .as("429s waited out")
                    .isPositive();
            assertThat(run.getJsonObject("countsByType")
                            .getJsonObject("hardware")
                            .getInt("created"))
                    .isEqualTo(ASSETS);
            System.out.printf(
                    "429 storm (Retry-After %s): %d requests, %d answered 429, run succeeded%n",
                    retryAfter,
                    run.getJsonNumber("requests").longValue(),
                    run.getJsonNumber("rateLimited").longValue());
            halo.faults("clear=true");
        }
    }

    @Test
    void cancelMidRunStopsAtAPageBoundaryAndLeavesStatusesUntouched() throws Exception {
        long id = integration("Cancelled", halo, Map.of());
        sync(id);
        var before = statuses(id);
        halo.faults("slow-ms=60");
        long runId = startSync(id);
        awaitPages(runId, 5);
        assertThat(api().post("/api/syncs/" + runId + "/cancel", "").status()).isEqualTo(200);
        JsonObject run = awaitEnd(runId);
        assertThat(run.getString("status")).isEqualTo("cancelled");
        assertThat(statuses(id)).isEqualTo(before);
        assertThat(api().post("/api/integrations/" + id + "/syncs", "").status())
                .as("the integration is free again")
                .isEqualTo(202);
    }

    @Test
    void missingCisRetireAfterTheConfiguredSyncsAndReactivateWhenTheyReappear() throws Exception {
        try (var smaller = SimulatorProcess.start(
                "--assets", String.valueOf(ASSETS - 40), "--clients", "20", "--licences", "50", "--seed", "11")) {
            long id = integration("Retirement", halo, Map.of());
            assertThat(api().put("/api/integrations/" + id + "/settings", "{\"retireAfterSyncs\":2}")
                            .status())
                    .isEqualTo(200);
            sync(id);
            pointAt(id, smaller);
            JsonObject first = sync(id);
            assertThat(first.getJsonObject("countsByType")
                            .getJsonObject("hardware")
                            .getInt("missing"))
                    .isEqualTo(40);
            JsonObject second = sync(id);
            assertThat(second.getJsonObject("countsByType")
                            .getJsonObject("hardware")
                            .getInt("retired"))
                    .isEqualTo(40);
            assertThat(statuses(id)).containsEntry("retired", 40L).doesNotContainKey("missing");
            pointAt(id, halo);
            JsonObject back = sync(id);
            assertThat(back.getJsonObject("countsByType")
                            .getJsonObject("hardware")
                            .getInt("updated"))
                    .isGreaterThanOrEqualTo(40);
            assertThat(statuses(id)).doesNotContainKeys("retired", "missing");
        }
    }

    private static void pointAt(long id, SimulatorProcess source) {
        var body = Json.createObjectBuilder()
                .add("name", "Retirement")
                .add("connector", "haloitsm")
                .add(
                        "config",
                        Json.createObjectBuilder()
                                .add("resource-server-url", source.resourceServerUrl())
                                .add("authorisation-server-url", source.authorisationServerUrl())
                                .add("tenant", "assetbridge")
                                .add("client-id", "assetbridge-client")
                                // a new host must be given the secret again (it is bound to the URLs)
                                .add("client-secret", "s3cr3t-halo-simulator-demo"))
                .build()
                .toString();
        assertThat(api().put("/api/integrations/" + id, body).status()).isEqualTo(200);
    }

    @Test
    void aScheduledSyncFiresOncePerPeriodAcrossARestartAndNeverOverlapsARun() {
        long id = integration("Scheduled", halo, Map.of());
        halo.faults("slow-ms=20");
        assertThat(api().put("/api/integrations/" + id + "/settings", "{\"scheduleMinutes\":15}")
                        .status())
                .isEqualTo(200);
        JsonObject firstScheduled = awaitScheduled(id, 1, Duration.ofSeconds(40));
        awaitEnd(firstScheduled.getJsonNumber("id").longValue());

        server.stop();
        sleep(17_000); // a full period passes while the server is down
        server = startServer("after-restart");
        awaitScheduled(id, 2, Duration.ofSeconds(20));
        sleep(5_000);
        assertThat(scheduledRuns(id))
                .as("one catch-up run, not one per missed period")
                .hasSize(2);

        // Runs slower than the period: the periods that come due while one runs are skipped, never overlapped.
        halo.faults("slow-ms=300");
        sleep(35_000);
        assertThat(api().put("/api/integrations/" + id + "/settings", "{\"scheduleMinutes\":null}")
                        .status())
                .isEqualTo(200);
        halo.faults("clear=true");
        scheduledRuns(id).forEach(r -> awaitEnd(r.getJsonNumber("id").longValue()));
        var runs = api().get("/api/integrations/" + id + "/syncs").array().getValuesAs(JsonObject.class);
        for (int i = 0; i + 1 < runs.size(); i++) {
            JsonObject newer = runs.get(i);
            JsonObject older = runs.get(i + 1);
            if (!older.isNull("finishedAt") && !newer.isNull("startedAt")) {
                assertThat(Instant.parse(newer.getString("startedAt")))
                        .as("runs never overlap")
                        .isAfterOrEqualTo(Instant.parse(older.getString("finishedAt")));
            }
        }
    }

    private static List<JsonObject> scheduledRuns(long id) {
        return api().get("/api/integrations/" + id + "/syncs").array().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("trigger").equals("scheduled"))
                .toList();
    }

    private static JsonObject awaitScheduled(long id, int count, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            var runs = scheduledRuns(id);
            if (runs.size() >= count) {
                return runs.get(0);
            }
            sleep(250);
        }
        throw new AssertionError("fewer than " + count + " scheduled runs for integration " + id);
    }
}
