package io.assetbridge.platform.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.StringReader;
import java.net.ServerSocket;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Connect now against the Halo simulator running as its own process, on PostgreSQL: the first full
 * sync, an unchanged re-sync, deletions/renames/additions, customer and inactive filters, one run
 * at a time, and the request count against the paging minimum. The tests build on each other.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SyncIT {

    static SimulatorProcess halo;
    static long integrationId;
    static JsonObject firstRun;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.freshBuiltWar();
    }

    @BeforeAll
    static void startHalo() {
        halo = SimulatorProcess.start(
                "--assets", "5000", "--clients", "40", "--licences", "120", "--inactive-ratio", "0.08", "--seed", "7");
    }

    @AfterAll
    static void stopHalo() {
        halo.close();
    }

    private Http http() {
        return new Http(base.toString());
    }

    private long createIntegration(String name) {
        return createIntegration(name, halo);
    }

    private long createIntegration(String name, SimulatorProcess source) {
        return createIntegration(name, source, config -> {});
    }

    private long createIntegration(String name, SimulatorProcess simulator, Consumer<JsonObjectBuilder> extra) {
        var config = Json.createObjectBuilder()
                .add("resource-server-url", simulator.resourceServerUrl())
                .add("authorisation-server-url", simulator.authorisationServerUrl())
                .add("tenant", "assetbridge")
                .add("client-id", "assetbridge-client")
                .add("client-secret", "s3cr3t-halo-simulator-demo")
                // The simulator has no rate limit; the default budget (250 per 5 minutes, shared by
                // every integration of one host) would make later syncs of this class wait it out.
                .add("rate-limit-requests", 100_000);
        extra.accept(config);
        var body = Json.createObjectBuilder()
                .add("name", name)
                .add("connector", "haloitsm")
                .add("config", config)
                .build()
                .toString();
        var reply = http().post("/api/integrations", body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().getJsonNumber("id").longValue();
    }

    private JsonObject syncAndWait(long integration) {
        return Runs.syncAndWait(http(), integration);
    }

    private JsonObject awaitEnd(long runId) {
        return Runs.awaitEnd(http(), runId);
    }

    private static long count(JsonObject run, String type, String what) {
        return run.getJsonObject("countsByType")
                .getJsonObject(type)
                .getJsonNumber(what)
                .longValue();
    }

    private static long total(JsonObject run, String what) {
        return run.getJsonObject("counts").getJsonNumber(what).longValue();
    }

    private long cis(String query) {
        return http().get("/api/cis?integration=" + integrationId + "&" + query)
                .json()
                .getJsonNumber("total")
                .longValue();
    }

    @Test
    @Order(1)
    void connectNowSyncsEveryAssetLicenceCustomerAndSiteAndRefusesASecondRunMeanwhile() {
        integrationId = createIntegration("Simulated Halo");
        halo.resetCounters();
        var started = http().post("/api/integrations/" + integrationId + "/syncs", "");
        assertThat(started.status()).isEqualTo(202);
        long runId = started.json().getJsonNumber("id").longValue();
        assertThat(started.header("Location")).endsWith("/api/syncs/" + runId);
        var second = http().post("/api/integrations/" + integrationId + "/syncs", "");
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.contentType()).startsWith("application/problem+json");
        assertThat(second.json().getJsonNumber("runId").longValue()).isEqualTo(runId);

        firstRun = awaitEnd(runId);
        assertThat(firstRun.getString("status")).as(firstRun.toString()).isEqualTo("succeeded");
        JsonObject sim = halo.summary();
        assertThat(count(firstRun, "hardware", "created")).isEqualTo(sim.getInt("assets"));
        assertThat(count(firstRun, "software", "created")).isEqualTo(sim.getInt("licences"));
        assertThat(count(firstRun, "customers", "created")).isEqualTo(sim.getInt("clients"));
        assertThat(count(firstRun, "sites", "created")).isEqualTo(sim.getInt("sites"));
        assertThat(total(firstRun, "fetched")).isEqualTo(sim.getInt("assets") + sim.getInt("licences"));
        assertThat(cis("class=hardware")).isEqualTo(sim.getInt("assets"));
        assertThat(cis("class=hardware&status=inactive")).isEqualTo(sim.getInt("inactive_assets"));
        assertThat(cis("class=software")).isEqualTo(sim.getInt("licences"));
        JsonObject customers = http().get("/api/customers?integration=" + integrationId + "&size=7")
                .json();
        assertThat(customers.getInt("total")).isEqualTo(sim.getInt("clients"));
        assertThat(customers.getInt("size")).isEqualTo(7);
        assertThat(customers.getJsonArray("items")).hasSize(Math.min(7, sim.getInt("clients")));
        JsonObject firstCustomer = customers.getJsonArray("items").getJsonObject(0);
        String namePart = firstCustomer.getString("name").substring(1).toUpperCase();
        assertThat(http().get("/api/customers?integration=" + integrationId + "&q=" + urlEncoded(namePart))
                        .json()
                        .getJsonArray("items")
                        .getValuesAs(JsonObject.class))
                .as("customers whose name contains " + namePart)
                .extracting(c -> c.getJsonNumber("id").longValue())
                .contains(firstCustomer.getJsonNumber("id").longValue());
        JsonObject sites = http().get("/api/sites?integration=" + integrationId + "&page=1&size=2")
                .json();
        assertThat(sites.getInt("total")).isEqualTo(sim.getInt("sites"));
        assertThat(sites.getInt("page")).isEqualTo(1);
        assertThat(sites.getJsonArray("items")).hasSize(Math.max(0, Math.min(2, sim.getInt("sites") - 2)));
    }

    @Test
    @Order(2)
    void storedCisCarryTheSerialModelManufacturerCustomerAndSiteTheSimulatorHolds() {
        for (int id : new int[] {1, 1234, 2500, 4999}) {
            JsonObject expected = halo.asset(id);
            var page = http().get("/api/cis?integration=" + integrationId + "&q=" + expected.getString("serial_number"))
                    .json();
            assertThat(page.getJsonNumber("total").longValue())
                    .as("CI with serial " + expected)
                    .isEqualTo(1);
            JsonObject ci = page.getJsonArray("items").getJsonObject(0);
            assertThat(ci.getString("sourceId")).isEqualTo(String.valueOf(id));
            assertThat(ci.getString("serialNumber")).isEqualTo(expected.getString("serial_number"));
            assertThat(ci.getString("model")).isEqualTo(expected.getString("model"));
            assertThat(ci.getString("manufacturer")).isEqualTo(expected.getString("manufacturer"));
            assertThat(ci.getJsonObject("customer").getString("name")).isEqualTo(expected.getString("client_name"));
            assertThat(ci.getJsonObject("site").getString("name")).isEqualTo(expected.getString("site_name"));
            assertThat(ci.getString("status")).isEqualTo(expected.getBoolean("inactive") ? "inactive" : "active");
            assertThat(ci.getString("class")).isEqualTo("hardware");
            JsonObject detail =
                    http().get("/api/cis/" + ci.getJsonNumber("id").longValue()).json();
            assertThat(detail.getJsonObject("attributes")).isNotNull();
            assertThat(detail.getString("class")).isEqualTo("hardware");
            assertThat(detail.getString("resourceType")).isEqualTo("hardware");
            assertThat(detail.getString("typeSourceId")).isEqualTo(String.valueOf(expected.getInt("assettype_id")));
            assertThat(detail.getString("purchaseDate"))
                    .isEqualTo(expected.getString("purchase_date").substring(0, 10));
            String user = expected.isNull("username") ? "" : expected.getString("username");
            assertThat(detail.isNull("assignedUser") ? "" : detail.getString("assignedUser"))
                    .isEqualTo(user);
            // the simulator's asset pages carry no last-change time, so it is stored (and shown) as null
            assertThat(detail.keySet()).contains("sourceModifiedAt", "createdAt", "warrantyEnd");
        }
    }

    @Test
    @Order(3)
    void theFirstSyncCostExactlyThePagingMinimumPlusThreeProbesAndTokenRequests() throws SQLException {
        JsonObject sim = halo.summary();
        long probes = 3; // discovery: one row of clients, assets and licences
        long expected =
                probes + pages(sim.getInt("clients")) + pages(sim.getInt("sites")) + 1 + pages(sim.getInt("licences"));
        for (long perType : hardwarePerType().values()) {
            expected += Math.max(1, pages(perType));
        }
        JsonObject counters = halo.counters();
        long tokens = counters.getJsonNumber("token_requests").longValue();
        assertThat(counters.getJsonNumber("total_requests").longValue() - tokens)
                .isEqualTo(expected);
        assertThat(firstRun.getJsonNumber("requests").longValue()).isEqualTo(expected + tokens);
        assertThat(tokens).isEqualTo(1);
        System.out.printf(
                "first sync of %d assets: %d API requests + %d token request%n",
                sim.getInt("assets"), expected, tokens);
    }

    private static String urlEncoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static long pages(long rows) {
        return Math.max(1, (rows + 99) / 100);
    }

    private Map<String, Long> hardwarePerType() throws SQLException {
        var perType = new HashMap<String, Long>();
        try (var db = TestDatabase.connect();
                var rows = db.createStatement()
                        .executeQuery("select type_source_id, count(*) from configuration_item where integration_id = "
                                + integrationId + " and resource_type = 'hardware' group by type_source_id")) {
            while (rows.next()) {
                perType.put(rows.getString(1), rows.getLong(2));
            }
        }
        halo.summary().getJsonArray("asset_type_ids").forEach(id -> perType.putIfAbsent(id.toString(), 0L));
        return perType;
    }

    @Test
    @Order(4)
    void aSecondSyncOfUnchangedDataChangesNothing() {
        JsonObject run = syncAndWait(integrationId);
        assertThat(run.getString("status")).isEqualTo("succeeded");
        assertThat(total(run, "created")).isZero();
        assertThat(total(run, "updated")).isZero();
        assertThat(total(run, "missing")).isZero();
        assertThat(total(run, "unchanged")).isEqualTo(cis("class=hardware") + cis("class=software"));
    }

    @Test
    @Order(5)
    void deletionsRenamesAndAdditionsAtTheSourceAreCountedExactly() {
        // asked before the changes too, so a listing cached across the sync would show here
        assertThat(cis("status=missing")).isZero();
        assertThat(cis("q=Renamed")).isZero();
        long hardwareBefore = cis("class=hardware");
        for (int id = 101; id <= 110; id++) {
            halo.mutate("op=delete-asset&id=" + id);
        }
        for (int id = 201; id <= 205; id++) {
            halo.mutate("op=change-asset&id=" + id + "&field=name&value=Renamed%20" + id);
        }
        for (int i = 0; i < 7; i++) {
            halo.mutate("op=add-asset");
        }
        JsonObject run = syncAndWait(integrationId);
        assertThat(run.getString("status")).isEqualTo("succeeded");
        assertThat(count(run, "hardware", "created")).isEqualTo(7);
        assertThat(count(run, "hardware", "updated")).isEqualTo(5);
        assertThat(count(run, "hardware", "missing")).isEqualTo(10);
        assertThat(cis("status=missing")).isEqualTo(10);
        assertThat(cis("q=Renamed")).isEqualTo(5);
        assertThat(cis("class=hardware")).isEqualTo(hardwareBefore + 7);
    }

    @Test
    @Order(6)
    void excludingACustomerTurnsItsCisExcludedAndIncludingItAgainBringsThemBack() throws SQLException {
        String excluded = "3";
        long ofCustomer = cisOfCustomer(integrationId, excluded);
        assertThat(ofCustomer).isPositive();
        long countedBefore = customerCounts(integrationId, excluded);
        assertThat(countedBefore).isGreaterThanOrEqualTo(ofCustomer);
        long present = cis("status=active") + cis("status=inactive");
        putSettings(integrationId, "{\"customers\":{\"exclude\":[\"" + excluded + "\"]}}");
        JsonObject run = syncAndWait(integrationId);
        assertThat(run.getString("status")).isEqualTo("succeeded");
        assertThat(total(run, "skipped")).isEqualTo(ofCustomer);
        assertThat(total(run, "excluded")).isEqualTo(ofCustomer);
        assertThat(total(run, "missing")).isZero();
        assertThat(cis("status=excluded")).as("kept, listed as excluded").isEqualTo(ofCustomer);
        assertThat(cisOfCustomer(integrationId, excluded))
                .as("out of the inventory")
                .isZero();
        assertThat(customerCounts(integrationId, excluded))
                .as("customer counts leave them out")
                .isEqualTo(countedBefore - ofCustomer);

        var unknown = http().put(
                        "/api/integrations/" + integrationId + "/settings",
                        "{\"customers\":{\"exclude\":[\"" + excluded + "\",\"no-such-customer\"]}}");
        assertThat(unknown.status())
                .as("customers are synced: an unknown id is refused")
                .isEqualTo(400);
        assertThat(unknown.body()).contains("customers.exclude").contains("'no-such-customer'");

        long fresh = createIntegration("Fresh without customer 3");
        putSettings(fresh, "{\"customers\":{\"exclude\":[\"" + excluded + "\"]}}");
        JsonObject freshRun = syncAndWait(fresh);
        assertThat(freshRun.getString("status")).isEqualTo("succeeded");
        assertThat(total(freshRun, "created")).isEqualTo(present - ofCustomer);
        assertThat(total(freshRun, "skipped")).isEqualTo(ofCustomer);
        assertThat(total(freshRun, "excluded"))
                .as("nothing stored, nothing to exclude")
                .isZero();
        assertThat(cisOfCustomer(fresh, "4")).isPositive();

        putSettings(integrationId, "{\"customers\":{\"exclude\":[]}}");
        JsonObject back = syncAndWait(integrationId);
        assertThat(back.getString("status")).isEqualTo("succeeded");
        assertThat(total(back, "updated"))
                .as("back to active counts as updated")
                .isEqualTo(ofCustomer);
        assertThat(cis("status=excluded")).isZero();
        assertThat(cisOfCustomer(integrationId, excluded)).isEqualTo(ofCustomer);
        assertThat(customerCounts(integrationId, excluded)).isEqualTo(countedBefore);
    }

    @Test
    @Order(7)
    void withInactiveExcludedInactiveAssetsAreSkipped() {
        long fresh = createIntegration("Active only");
        putSettings(fresh, "{\"includeInactive\":false,\"resourceTypes\":[\"customers\",\"sites\",\"hardware\"]}");
        JsonObject run = syncAndWait(fresh);
        JsonObject sim = halo.summary();
        assertThat(count(run, "hardware", "skipped")).isEqualTo(sim.getInt("inactive_assets"));
        assertThat(count(run, "hardware", "created")).isEqualTo(sim.getInt("active_assets"));
        var page =
                http().get("/api/cis?integration=" + fresh + "&status=inactive").json();
        assertThat(page.getJsonNumber("total").longValue()).isZero();
    }

    /**
     * 40 runs started together (as schedules firing at once, or recovery after a restart) all finish:
     * runs beyond the node's cap wait queued, and a run's fetch and map workers never wait behind
     * other runs for a thread. A small instance keeps it cheap; the budget never binds.
     */
    @Test
    @Order(8)
    void fortyRunsStartedAtOnceAllFinish() throws Exception {
        var starters = Executors.newFixedThreadPool(40);
        try (var small =
                SimulatorProcess.start("--assets", "150", "--clients", "3", "--licences", "5", "--seed", "17")) {
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                ids.add(createIntegration("Crowd " + i, small));
            }
            var started = new ArrayList<Future<Long>>();
            for (long id : ids) {
                started.add(starters.submit(() -> Runs.start(http(), id)));
            }
            Map<Long, JsonObject> ended = new HashMap<>();
            Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
            List<Long> runIds = new ArrayList<>();
            for (var start : started) {
                runIds.add(start.get());
            }
            while (ended.size() < runIds.size() && Instant.now().isBefore(deadline)) {
                for (long runId : runIds) {
                    JsonObject run = ended.containsKey(runId)
                            ? null
                            : http().get("/api/syncs/" + runId).json();
                    if (run != null && !List.of("queued", "running").contains(run.getString("status"))) {
                        ended.put(runId, run);
                    }
                }
                Runs.sleep(500);
            }
            assertThat(ended).as("runs that ended within 3 minutes").hasSize(40);
            assertThat(ended.values())
                    .allSatisfy(run -> assertThat(run.getString("status"))
                            .as(run.toString())
                            .isEqualTo("succeeded"))
                    .allSatisfy(
                            run -> assertThat(count(run, "hardware", "created")).isEqualTo(150));
        } finally {
            starters.shutdownNow();
        }
    }

    @Test
    @Order(9)
    void withOnlyTheTwoScopesHalosSetupGrantsHardwareSyncsAndLicencesAreSkippedWithAWarning() {
        try (var limited = SimulatorProcess.start(
                "--assets",
                "300",
                "--clients",
                "6",
                "--licences",
                "25",
                "--seed",
                "11",
                "--permissions",
                "read:assets read:customers",
                "--refuse-unpermitted-scopes")) {
            long id = createIntegration("Two scopes only", limited, config -> {});
            JsonObject test =
                    http().post("/api/integrations/" + id + "/test", "").json();
            assertThat(test.getBoolean("ok")).as(test.toString()).isTrue();
            JsonObject testWarning = onlyWarning(test);
            assertThat(testWarning.getString("resourceType")).isEqualTo("software");
            assertThat(testWarning.getString("reason")).isEqualTo("permission");
            assertThat(testWarning.getString("permission")).isEqualTo("read:software");
            assertThat(testWarning.getString("message"))
                    .startsWith("Software licences will be skipped: grant read:software")
                    .contains("classified as software");

            JsonObject run = syncAndWait(id);
            JsonObject sim = limited.summary();
            assertThat(run.getString("status")).as(run.toString()).isEqualTo("succeeded");
            assertThat(count(run, "hardware", "created")).isEqualTo(sim.getInt("assets"));
            assertThat(count(run, "software", "fetched")).isZero();
            assertThat(total(run, "missing")).isZero();
            JsonObject warning = onlyWarning(run);
            assertThat(warning.getString("resourceType")).isEqualTo("software");
            assertThat(warning.getString("reason")).isEqualTo("permission");
            assertThat(warning.getString("permission")).isEqualTo("read:software");
            JsonObject again = syncAndWait(id);
            assertThat(total(again, "missing"))
                    .as("nothing unread becomes missing")
                    .isZero();
            assertThat(again.getJsonObject("progress").getInt("percent")).isEqualTo(100);

            // granted in Halo now: the cached token lacks it, so the licence probe's 403 earns a fresh token
            limited.settings("permissions=read:assets%20read:customers%20read:software%20read:softwarelicensing");
            JsonObject granted = syncAndWait(id);
            assertThat(granted.getJsonArray("warnings")).as(granted.toString()).isEmpty();
            assertThat(count(granted, "software", "created")).isEqualTo(sim.getInt("licences"));

            long installed = createIntegration(
                    "Installed software walk", limited, config -> config.add("include-installed-software", true));
            putSettings(installed, "{\"resourceTypes\":[\"customers\",\"sites\",\"installed-software\"]}");
            JsonObject walk = syncAndWait(installed);
            assertThat(walk.getString("status")).as(walk.toString()).isEqualTo("succeeded");
            assertThat(count(walk, "installed-software", "created"))
                    .isEqualTo(limited.summary()
                            .getJsonNumber("installed_software")
                            .longValue())
                    .isPositive();
            assertThat(http().get("/api/cis?integration=" + installed + "&q=Google%20Chrome")
                            .json()
                            .getJsonNumber("total")
                            .longValue())
                    .isPositive();
        }
    }

    @Test
    @Order(10)
    void aRunWaitingOnItsBudgetShowsTheWaitAndMovingPercentages() {
        long id = createIntegration(
                "Five per ten seconds",
                halo,
                config -> config.add("rate-limit-requests", 5).add("rate-limit-window-seconds", 10));
        long runId = Runs.start(http(), id);
        var percentages = new TreeSet<Integer>();
        JsonObject waiting = Runs.await(
                http(),
                runId,
                run -> {
                    JsonObject progress = run.getJsonObject("progress");
                    if (!progress.isNull("percent")) {
                        percentages.add(progress.getInt("percent"));
                    }
                    return percentages.size() >= 2
                            && "rate-budget".equals(run.isNull("waitingFor") ? null : run.getString("waitingFor"))
                            && Instant.parse(run.getString("waitingUntil")).isAfter(Instant.now());
                },
                Duration.ofSeconds(90));
        assertThat(waiting.getString("waitingMessage")).contains("5 requests per 10 s for 127.0.0.1:");
        assertThat(waiting.getJsonNumber("requests").longValue()).isGreaterThanOrEqualTo(5);
        JsonObject progress = waiting.getJsonObject("progress");
        assertThat(progress.getJsonNumber("total").longValue()).isGreaterThan(5000);
        assertThat(progress.getJsonNumber("etaSeconds").longValue())
                .as("the budget allows 5 requests per 10 s; about 60 pages are left")
                .isGreaterThan(60);
        assertThat(http().post("/api/syncs/" + runId + "/cancel", "").status()).isEqualTo(200);
        assertThat(Runs.awaitEnd(http(), runId).getString("status")).isEqualTo("cancelled");
    }

    @Test
    @Order(11)
    void httpsPointedAtThePlainPortIsNamedWithinSecondsAndANeverConnectedSyncFailsAsConfiguration() {
        String https = halo.resourceServerUrl().replace("http://", "https://");
        long id = createIntegration(
                "Wrong scheme",
                halo,
                config -> config.add("resource-server-url", https)
                        .add(
                                "authorisation-server-url",
                                halo.authorisationServerUrl().replace("http://", "https://")));
        Instant asked = Instant.now();
        JsonObject test = http().post("/api/integrations/" + id + "/test", "").json();
        assertThat(Duration.between(asked, Instant.now())).isLessThan(Duration.ofSeconds(5));
        assertThat(test.getBoolean("ok")).isFalse();
        assertThat(test.getJsonArray("checks").getJsonObject(0).getString("message"))
                .contains("answers plain http")
                .contains("use http://");

        Instant started = Instant.now();
        JsonObject run = syncAndWait(id);
        assertThat(Duration.between(started, Instant.now())).isLessThan(Duration.ofSeconds(15));
        assertThat(run.getString("status")).isEqualTo("failed");
        assertThat(run.getJsonObject("failure").getString("kind")).isEqualTo("configuration");
        assertThat(run.getJsonObject("failure").getString("message")).contains("answers plain http");
    }

    @Test
    @Order(12)
    void aRefusedConnectionFailsTheTestWithinTenSeconds() throws IOException {
        int closed;
        try (var socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        String dead = "http://127.0.0.1:" + closed;
        long id = createIntegration(
                "Nothing listening",
                halo,
                config -> config.add("resource-server-url", dead + "/api")
                        .add("authorisation-server-url", dead + "/auth"));
        Instant asked = Instant.now();
        JsonObject test = http().post("/api/integrations/" + id + "/test", "").json();
        assertThat(Duration.between(asked, Instant.now())).isLessThan(Duration.ofSeconds(10));
        assertThat(test.getJsonArray("checks").getJsonObject(0).getString("message"))
                .contains("127.0.0.1:" + closed)
                .contains("refused the connection");
        JsonObject run = syncAndWait(id);
        assertThat(run.getJsonObject("failure").getString("kind")).isEqualTo("configuration");
    }

    @Test
    @Order(13)
    void requestsShowWhileTheFirstPageIsStillBeingRead() {
        long id = createIntegration("Slow source");
        halo.faults("slow-ms=1200"); // sign-in, three probes and the first page: about 6 s before a commit
        try {
            long runId = Runs.start(http(), id);
            JsonObject live = Runs.await(
                    http(),
                    runId,
                    run -> run.getJsonObject("progress").getInt("pages") == 0
                            && run.getJsonNumber("requests").longValue() >= 2,
                    Duration.ofSeconds(30));
            assertThat(live.getString("status")).isEqualTo("running");
            http().post("/api/syncs/" + runId + "/cancel", "");
            Runs.awaitEnd(http(), runId);
        } finally {
            halo.faults("clear=true");
        }
    }

    private static JsonObject onlyWarning(JsonObject withWarnings) {
        var warnings = withWarnings.getJsonArray("warnings");
        assertThat(warnings).as(withWarnings.toString()).hasSize(1);
        return warnings.getJsonObject(0);
    }

    @Test
    @Order(14)
    void theCsvExportHasOneRowPerCiTheFilteredListingCountsAndNamesItsCustomerAndSite() throws IOException {
        for (String filter : List.of("", "&class=hardware&status=active", "&class=software", "&q=Renamed")) {
            String query = "?integration=" + integrationId + filter;
            long total = cis(filter.isEmpty() ? "" : filter.substring(1));
            var negotiated = http().accepting("text/csv").get("/api/cis" + query);
            assertThat(negotiated.status()).as(negotiated.toString()).isEqualTo(200);
            assertThat(negotiated.contentType()).startsWith("text/csv");
            List<CSVRecord> rows = csv(negotiated.body());
            assertThat(rows).as(filter).hasSize((int) total);
            assertThat(csv(http().get("/api/cis.csv" + query).body()))
                    .as("the .csv path gives the same rows")
                    .hasSize((int) total);
        }
        JsonObject first = http().get("/api/cis?integration=" + integrationId + "&class=hardware&size=1")
                .json()
                .getJsonArray("items")
                .getJsonObject(0);
        CSVRecord row = csv(http().get("/api/cis.csv?integration=" + integrationId + "&class=hardware")
                        .body())
                .get(0);
        assertThat(row.get("id"))
                .as("same order as the listing")
                .isEqualTo(first.get("id").toString());
        assertThat(row.get("customer"))
                .isEqualTo(first.getJsonObject("customer").getString("name"));
        assertThat(row.get("site")).isEqualTo(first.getJsonObject("site").getString("name"));

        assertThat(http().accepting("*/*").get("/api/cis?size=1").contentType())
                .as("a client taking anything still gets JSON")
                .startsWith("application/json");
        var viewer = http().as("viewer", System.getenv("ASSETBRIDGE_VIEWER_PASSWORD"))
                .get("/api/customers.csv?integration=" + integrationId);
        assertThat(viewer.status()).as("a viewer may export").isEqualTo(200);
        assertThat(csv(viewer.body())).hasSize(halo.summary().getInt("clients"));
        var invalid = http().accepting("text/csv").get("/api/cis?status=lost");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.contentType()).startsWith("application/problem+json");
        assertThat(invalid.body()).contains("status");
    }

    @Test
    @Order(15)
    void aNameWithACommaQuoteLineBreakAndLeadingEqualsSurvivesTheCsvRoundTripDefused() throws IOException {
        String hostile = "=HYPERLINK(\"http://evil.example\",\"Müller, \"\"x\"\"\")\nsecond line";
        halo.mutate("op=change-asset&id=301&field=name&value=" + encoded(hostile));
        halo.mutate("op=change-client&id=5&field=name&value=" + encoded(hostile));
        assertThat(syncAndWait(integrationId).getString("status")).isEqualTo("succeeded");

        var cis = csv(http().get("/api/cis.csv?integration=" + integrationId).body());
        assertThat(cis.stream().filter(r -> r.get("sourceId").equals("301")))
                .singleElement()
                .satisfies(r -> assertThat(r.get("name")).isEqualTo("'" + hostile));
        assertThat(cis.stream().filter(r -> r.get("customer").equals("'" + hostile)))
                .as("the customer's name on its CIs")
                .isNotEmpty();
        var customers = csv(http().accepting("text/csv")
                .get("/api/customers?integration=" + integrationId)
                .body());
        assertThat(customers.stream().filter(r -> r.get("sourceId").equals("5")))
                .singleElement()
                .satisfies(r -> assertThat(r.get("name")).isEqualTo("'" + hostile));
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Parsed by Apache Commons CSV as RFC 4180 with the header row naming the columns. */
    private static List<CSVRecord> csv(String body) throws IOException {
        try (var parser = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .build()
                .parse(new StringReader(body))) {
            return parser.getRecords();
        }
    }

    @Test
    @Order(16)
    void incrementalRunsReadOnlyWhatChangedAndMarkNothingMissingWhileFullRunsDo() {
        try (var source = SimulatorProcess.start(
                "--assets",
                "300",
                "--clients",
                "5",
                "--licences",
                "10",
                "--seed",
                "11",
                "--modified-since-filter",
                "true")) {
            long id = createIntegration("Incremental", source, c -> c.add("incremental-assets", true));
            var unknown = http().post("/api/integrations/" + id + "/syncs?mode=partial", "");
            assertThat(unknown.status()).as(unknown.toString()).isEqualTo(400);
            assertThat(unknown.body()).contains("mode").contains("incremental");

            JsonObject first = awaitEnd(Runs.start(http(), id, "incremental"));
            assertThat(first.getString("status")).isEqualTo("succeeded");
            assertThat(first.getString("mode"))
                    .as("the first run is full whatever is asked")
                    .isEqualTo("full");
            assertThat(reasons(first)).contains("full-sync");
            long hardware = count(first, "hardware", "fetched");
            long software = count(first, "software", "fetched");

            source.mutate("op=change-asset&id=5&field=name&value=Changed%205");
            source.mutate("op=bump-asset&id=6");
            source.mutate("op=delete-asset&id=7");
            JsonObject incremental = awaitEnd(Runs.start(http(), id, "incremental"));
            assertThat(incremental.getString("status"))
                    .as(incremental.toString())
                    .isEqualTo("succeeded");
            assertThat(incremental.getString("mode")).isEqualTo("incremental");
            assertThat(reasons(incremental)).doesNotContain("full-sync");
            assertThat(count(incremental, "hardware", "fetched"))
                    .as("only what changed since the watermark (the first run's start: Halo's list rows carry no"
                            + " last-update time) minus the overlap is read")
                    .isEqualTo(2);
            assertThat(count(incremental, "hardware", "updated")).isEqualTo(1);
            assertThat(count(incremental, "hardware", "unchanged"))
                    .as("a record read whose content did not change")
                    .isEqualTo(count(incremental, "hardware", "fetched") - 1);
            assertThat(count(incremental, "software", "fetched"))
                    .as("licences cannot be read by last change: read whole")
                    .isEqualTo(software);
            assertThat(total(incremental, "missing"))
                    .as("an incremental run marks nothing")
                    .isZero();

            JsonObject full = awaitEnd(Runs.start(http(), id, "full"));
            assertThat(full.getString("mode")).isEqualTo("full");
            assertThat(count(full, "hardware", "missing")).isEqualTo(1);
            assertThat(count(full, "hardware", "fetched")).isEqualTo(hardware - 1);

            putSettings(id, "{\"fullSyncEvery\": 6}");
            JsonObject afterChange = awaitEnd(Runs.start(http(), id, "incremental"));
            assertThat(afterChange.getString("mode"))
                    .as("the first run after a settings change is full")
                    .isEqualTo("full");
            assertThat(reasons(afterChange)).contains("full-sync");
            assertThat(awaitEnd(Runs.start(http(), id, "incremental")).getString("mode"))
                    .isEqualTo("incremental");

            long plain = createIntegration("Incremental in vain", source);
            assertThat(awaitEnd(Runs.start(http(), plain, "full")).getString("status"))
                    .isEqualTo("succeeded");
            JsonObject vain = awaitEnd(Runs.start(http(), plain, "incremental"));
            assertThat(vain.getString("mode"))
                    .as("no CI type of this integration can be read by last change")
                    .isEqualTo("full");
            assertThat(vain.getJsonArray("warnings").toString()).contains("none of its resource types");
        }
    }

    private static List<String> reasons(JsonObject run) {
        return run.getJsonArray("warnings").getValuesAs(JsonObject.class).stream()
                .map(w -> w.getString("reason"))
                .toList();
    }

    private void putSettings(long integration, String json) {
        var reply = http().put("/api/integrations/" + integration + "/settings", json);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }

    /** Hardware plus software count of one customer, as {@code GET /api/customers} reports it. */
    private long customerCounts(long integration, String customerSourceId) {
        var reply = http().get("/api/customers?integration=" + integration + "&size=500");
        // a plain list today; the paged shape {"items":[…]} of the API contract once it lands
        var items = reply.body().strip().startsWith("[")
                ? reply.array().getValuesAs(JsonObject.class)
                : reply.json().getJsonArray("items").getValuesAs(JsonObject.class);
        return items.stream()
                .filter(c -> c.getString("sourceId").equals(customerSourceId))
                .mapToLong(c -> c.getJsonNumber("hardwareCount").longValue()
                        + c.getJsonNumber("softwareCount").longValue())
                .sum();
    }

    private static long cisOfCustomer(long integration, String customerSourceId) throws SQLException {
        try (var db = TestDatabase.connect();
                var s = db.prepareStatement("select count(*) from configuration_item ci"
                        + " join customer c on c.id = ci.customer_id where ci.integration_id = ? and c.source_id = ?"
                        + " and ci.status in ('active', 'inactive')")) {
            s.setLong(1, integration);
            s.setString(2, customerSourceId);
            try (var rows = s.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
