package io.assetbridge.platform.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The ConnectWise PSA connector end to end, as an operator installs it: the packaged server with
 * {@code connector-connectwise.jar} copied into its plugins directory (never on its class path), the ConnectWise
 * simulator as its own process, PostgreSQL. 20,000 configurations, 300 companies, 12 types. Full runs cost the
 * paging minimum; incremental runs ({@code ?mode=incremental}) ask ConnectWise only for what changed since the
 * watermarks and skip the per-company site walk.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConnectWiseIT {

    static final String DB = TestDatabase.isPostgres() ? TestDatabase.sibling("connectwise") : null;
    static final String ADMIN = "connectwise-admin-password";
    static final int CONFIGURATIONS = 20_000;
    static final int COMPANIES = 300;
    static final int TYPES = 12;
    /** companyinfo + companies + one sites request per company + types + configurations at 1,000 a page. */
    static final long PAGING_MINIMUM = 1 + 1 + COMPANIES + 1 + CONFIGURATIONS / 1_000;

    static SimulatorProcess cw;
    static ServerProcess server;
    static Path root;
    static long reference;

    @BeforeAll
    static void start() {
        TestDatabase.recreate(DB);
        root = Deployments.emptied(Path.of(System.getProperty("it.target", "target"), "connectwise"));
        new PluginJars(root.resolve("plugins"))
                .copy(Deployments.itArtifact("connector-connectwise.jar"), "connector-connectwise.jar");
        cw = SimulatorProcess.connectWise(
                "--configurations", String.valueOf(CONFIGURATIONS),
                "--companies", String.valueOf(COMPANIES),
                "--types", String.valueOf(TYPES),
                "--seed", "19");
        server = startServer("first");
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        cw.close();
    }

    static ServerProcess startServer(String name) {
        var env = ServerProcess.onDatabase(
                DB, root, ADMIN, "ASSETBRIDGE_SYNC_LEASE_SECONDS", "6", "ASSETBRIDGE_SYNC_POLL_SECONDS", "1");
        return ServerProcess.start(env, root.resolve(name + ".log"));
    }

    static Http api() {
        return new Http(server.baseUrl()).as("admin", ADMIN);
    }

    static Map<String, String> rightValues() {
        return Map.of(
                "site", cw.site(),
                "company-id", "assetbridge",
                "public-key", "SimPublicKey0001",
                "private-key", "SimPrivateKey-demo-0001",
                "client-id", "3f2b1c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d");
    }

    /** An integration with the simulator's values, some replaced; a budget far above these runs. */
    static long integration(String name, Map<String, String> replaced) {
        var config = Json.createObjectBuilder().add("rate-limit-requests", 100_000);
        rightValues().forEach((k, v) -> config.add(k, replaced.getOrDefault(k, v)));
        var reply = api().post(
                        "/api/integrations",
                        Json.createObjectBuilder()
                                .add("name", name)
                                .add("connector", "connectwise")
                                .add("config", config)
                                .build()
                                .toString());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().getJsonNumber("id").longValue();
    }

    static JsonObject sync(long integration) {
        JsonObject run = Runs.awaitEnd(api(), Runs.start(api(), integration));
        assertThat(run.getString("status")).as(run.toString()).isEqualTo("succeeded");
        return run;
    }

    static JsonObject counts(JsonObject run, String type) {
        return run.getJsonObject("countsByType").getJsonObject(type);
    }

    @Test
    @Order(1)
    void aFullSyncFromThePluginJarGivesExactTotalsAndSpotCheckedFieldsAtThePagingMinimum() {
        assertThat(api().get("/api/connectors/connectwise").json().getString("displayName"))
                .isEqualTo("ConnectWise PSA");
        reference = integration("ConnectWise", Map.of());
        cw.resetCounters();
        JsonObject run = sync(reference);

        assertThat(counts(run, "configurations").getInt("created")).isEqualTo(CONFIGURATIONS);
        assertThat(counts(run, "customers").getInt("created")).isEqualTo(COMPANIES);
        assertThat(counts(run, "asset-types").getInt("created")).isEqualTo(TYPES);
        assertThat(api().get("/api/cis?integration=" + reference + "&size=1")
                        .json()
                        .getInt("total"))
                .isEqualTo(CONFIGURATIONS);
        assertThat(api().get("/api/customers?integration=" + reference + "&size=1")
                        .json()
                        .getInt("total"))
                .isEqualTo(COMPANIES);
        JsonObject counters = cw.counters();
        long simulated = counters.getJsonObject("requests").values().stream()
                .mapToLong(v -> ((JsonNumber) v).longValue())
                .sum();
        assertThat(run.getJsonNumber("requests").longValue()).isEqualTo(PAGING_MINIMUM);
        assertThat(simulated).as(counters.toString()).isEqualTo(PAGING_MINIMUM);
        assertThat(counters.getJsonObject("requests").getInt("/company/configurations"))
                .isEqualTo(CONFIGURATIONS / 1_000);
        int sites = counts(run, "sites").getInt("created");
        assertThat(api().get("/api/sites?integration=" + reference + "&size=1")
                        .json()
                        .getInt("total"))
                .isEqualTo(sites)
                .isBetween(COMPANIES, 3 * COMPANIES);
        for (int id : new int[] {1, 777, 12_345, CONFIGURATIONS}) {
            spotCheck(reference, id);
        }
        System.out.printf(
                "ConnectWise full sync of %d configurations: %d requests (paging minimum %d)%n",
                CONFIGURATIONS, run.getJsonNumber("requests").longValue(), PAGING_MINIMUM);

        cw.resetCounters();
        JsonObject again = sync(reference);
        assertThat(counts(again, "configurations").getInt("unchanged")).isEqualTo(CONFIGURATIONS);
        assertThat(again.getJsonObject("counts").getInt("created")
                        + again.getJsonObject("counts").getInt("updated"))
                .isZero();
        assertThat(again.getJsonNumber("requests").longValue()).isEqualTo(PAGING_MINIMUM);
    }

    /** The CI as the simulator shows the configuration: every mapped field and the attributes. */
    static void spotCheck(long integration, int sourceId) {
        JsonObject source = cw.configuration(sourceId);
        var found = api().get("/api/cis?integration=" + integration + "&q=" + source.getString("tagNumber"))
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertThat(found).hasSize(1);
        JsonObject ci =
                api().get("/api/cis/" + found.get(0).getJsonNumber("id")).json();
        assertThat(ci.getString("sourceId")).isEqualTo(String.valueOf(sourceId));
        assertThat(ci.getString("name")).isEqualTo(source.getString("name"));
        assertThat(ci.getString("type")).isEqualTo(source.getJsonObject("type").getString("name"));
        assertThat(ci.getString("serialNumber")).isEqualTo(source.getString("serialNumber"));
        assertThat(ci.getString("assetTag")).isEqualTo(source.getString("tagNumber"));
        assertThat(ci.getString("model")).isEqualTo(source.getString("modelNumber"));
        assertThat(ci.getString("manufacturer"))
                .isEqualTo(source.getJsonObject("manufacturer").getString("name"));
        assertThat(ci.getJsonObject("customer").getString("name"))
                .isEqualTo(source.getJsonObject("company").getString("name"));
        assertThat(ci.getJsonObject("site").getString("name"))
                .isEqualTo(source.getJsonObject("site").getString("name"));
        assertThat(ci.getString("status")).isEqualTo(source.getBoolean("activeFlag") ? "active" : "inactive");
        assertThat(ci.getString("warrantyEnd"))
                .isEqualTo(source.getString("warrantyExpirationDate").substring(0, 10));
        assertThat(ci.getJsonObject("attributes").getString("osType")).isEqualTo(source.getString("osType"));
        assertThat(ci.getJsonObject("attributes").getString("ipAddress")).isEqualTo(source.getString("ipAddress"));
        assertThat(ci.getJsonObject("attributes").getString("macAddress")).isEqualTo(source.getString("macAddress"));
        assertThat(ci.getJsonObject("attributes").getString("lastLoginName"))
                .isEqualTo(source.getString("lastLoginName"));
    }

    @Test
    @Order(2)
    void eachWrongValueGetsItsOwnConnectionTestMessageAndARoleWithoutAccessIsNamed() {
        Map<String, String> wrong = Map.of(
                "private-key", "not-the-private-key",
                "company-id", "someoneelse",
                "client-id", "00000000-0000-0000-0000-000000000000",
                "site", "http://127.0.0.1:" + closedPort());
        Map<String, String> expected = Map.of(
                "private-key", "ConnectWise refused the API keys",
                "company-id", "knows no company id 'someoneelse'",
                "client-id", "refused the clientId header",
                "site", "Cannot reach ConnectWise");
        Set<String> messages = new HashSet<>();
        wrong.forEach((property, value) -> {
            long id = integration("Wrong " + property, Map.of(property, value));
            JsonObject test =
                    api().post("/api/integrations/" + id + "/test", "").json();
            assertThat(test.getBoolean("ok")).isFalse();
            String message = test.getJsonArray("checks").getJsonObject(0).getString("message");
            assertThat(message).as(property).contains(expected.get(property)).doesNotContain("not-the-private-key");
            messages.add(message);
        });
        assertThat(messages).hasSize(4);

        cw.faults("deny=/company/configurations&deny-status=403");
        try {
            long id = integration("Role without configurations", Map.of());
            JsonObject test =
                    api().post("/api/integrations/" + id + "/test", "").json();
            assertThat(test.toString()).contains("Companies › Configurations (Inquire)");
            JsonObject run = Runs.awaitEnd(api(), Runs.start(api(), id));
            assertThat(run.toString()).contains("Companies › Configurations (Inquire)");
        } finally {
            cw.faults("clear=true");
        }
        // Failures log the most: neither private key, nor the Basic credentials made of one, reaches the log.
        String basic = Base64.getEncoder()
                .encodeToString(
                        "assetbridge+SimPublicKey0001:SimPrivateKey-demo-0001".getBytes(StandardCharsets.UTF_8));
        assertThat(server.log())
                .doesNotContain("SimPrivateKey-demo-0001")
                .doesNotContain("not-the-private-key")
                .doesNotContain(basic);
    }

    @Test
    @Order(3)
    void killNineMidSyncWithForwardOnlyPagingResumesToTheSameInventoryWithoutDuplicates() throws Exception {
        long crashed = integration("Crashed", Map.of());
        cw.faults("slow-ms=25");
        long runId = Runs.start(api(), crashed);
        // customers (1 page), sites (13 pages of 25 companies), types (1 page), then configurations
        JsonObject atKill =
                Runs.await(api(), runId, r -> r.getJsonObject("progress").getInt("pages") >= 18, Duration.ofMinutes(3));
        server.kill();
        cw.faults("clear=true");
        server = startServer("after-kill");
        JsonObject resumed = Runs.awaitEnd(api(), runId);

        assertThat(resumed.getString("status")).as(resumed.toString()).isEqualTo("succeeded");
        List<String> actual = TestDatabase.ciDump(DB, crashed);
        assertThat(actual)
                .hasSize(CONFIGURATIONS)
                .doesNotHaveDuplicates()
                .isEqualTo(TestDatabase.ciDump(DB, reference));
        System.out.printf(
                "ConnectWise kill -9 after %d committed pages; resumed run %d ended with %d CIs identical to the"
                        + " reference%n",
                atKill.getJsonObject("progress").getInt("pages"), runId, actual.size());
    }

    static JsonObject incremental(long integration) {
        var started = api().post("/api/integrations/" + integration + "/syncs?mode=incremental", "");
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        JsonObject run = Runs.awaitEnd(api(), started.json().getJsonNumber("id").longValue());
        assertThat(run.getString("status")).as(run.toString()).isEqualTo("succeeded");
        assertThat(run.getString("mode")).isEqualTo("incremental");
        return run;
    }

    static int written(JsonObject run) {
        int written = 0;
        for (var counts : run.getJsonObject("countsByType").values()) {
            written += counts.asJsonObject().getInt("created")
                    + counts.asJsonObject().getInt("updated");
        }
        return written;
    }

    @Test
    @Order(4)
    void incrementalRunsReadOnlyWhatChangedAndMarkNothingMissingUntilTheNextFullRun() {
        cw.resetCounters();
        JsonObject unchanged = incremental(reference);
        long unchangedRequests = unchanged.getJsonNumber("requests").longValue();
        assertThat(written(unchanged))
                .as("an unchanged incremental run writes nothing")
                .isZero();
        JsonObject requests = cw.counters().getJsonObject("requests");
        assertThat(requests.getInt("/company/configurations"))
                .as("one page of configurations")
                .isEqualTo(1);
        assertThat(requests.containsKey("/company/companies/{id}/sites"))
                .as("no site walk")
                .isFalse();
        assertThat(unchangedRequests)
                .as("companyinfo and one page per listed type, at most one more per type")
                .isBetween(4L, 4L + 4);

        JsonObject mutated = cw.mutate("rename=5&add=7");
        assertThat(mutated.getJsonArray("renamed")).hasSize(5);
        cw.resetCounters();
        JsonObject changed = incremental(reference);
        assertThat(counts(changed, "configurations").getInt("updated")).isEqualTo(5);
        assertThat(counts(changed, "configurations").getInt("created")).isEqualTo(7);
        assertThat(cw.counters().getJsonObject("requests").getInt("/company/configurations"))
                .isEqualTo(1);
        for (int id : new int[] {
            mutated.getJsonArray("renamed").getInt(0),
            mutated.getJsonArray("added").getInt(6)
        }) {
            spotCheck(reference, id);
        }

        JsonObject deleted = cw.mutate("delete=10");
        assertThat(deleted.getJsonArray("deleted")).hasSize(10);
        JsonObject afterDelete = incremental(reference);
        assertThat(counts(afterDelete, "configurations").getInt("missing"))
                .as("incremental marks nothing")
                .isZero();
        JsonObject full = sync(reference);
        assertThat(counts(full, "configurations").getInt("missing")).isEqualTo(10);
        assertThat(api().get("/api/cis?integration=" + reference + "&status=missing")
                        .json()
                        .getInt("total"))
                .isEqualTo(10);
        System.out.printf(
                "ConnectWise at %d configurations: full %d requests; unchanged incremental %d requests; incremental"
                        + " after rename 5 + add 7: %d requests; full after delete 10: %d requests%n",
                CONFIGURATIONS,
                PAGING_MINIMUM,
                unchangedRequests,
                changed.getJsonNumber("requests").longValue(),
                full.getJsonNumber("requests").longValue());
    }

    private static int closedPort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
