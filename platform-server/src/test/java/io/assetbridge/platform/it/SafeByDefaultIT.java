package io.assetbridge.platform.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 21, safe by default, with real processes: the packaged server and the Halo simulator each in
 * their own JVM, on PostgreSQL. The mass-missing guard holds a run that would mark too much missing
 * until an admin releases it.
 */
class SafeByDefaultIT {

    static final String DB = TestDatabase.isPostgres() ? TestDatabase.sibling("safe") : null;
    static final String ADMIN = "safe-admin-password";
    static ServerProcess server;
    static Path root;

    @BeforeAll
    static void start() {
        TestDatabase.recreate(DB);
        root = Deployments.emptied(Path.of(System.getProperty("it.target", "target"), "safe-by-default"));
        server = ServerProcess.start(ServerProcess.onDatabase(DB, root, ADMIN), root.resolve("server.log"));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    static Http api() {
        return new Http(server.baseUrl()).as("admin", ADMIN);
    }

    static long integration(String name, SimulatorProcess source) {
        var reply = api().post("/api/integrations", body(name, source));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().getJsonNumber("id").longValue();
    }

    /** An integration's body pointing at {@code source} (the secret again: it is bound to the URLs). */
    static String body(String name, SimulatorProcess source) {
        return source.integrationBody(name, "s3cr3t-halo-simulator-demo");
    }

    static JsonObject sync(long integration) {
        JsonObject run = Runs.awaitEnd(api(), Runs.start(api(), integration));
        assertThat(run.getString("status")).as(run.toString()).isEqualTo("succeeded");
        return run;
    }

    static void settings(long integration, String json) {
        var reply = api().put("/api/integrations/" + integration + "/settings", json);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }

    static List<String> hardwareIds(long integration, String status, int limit) throws SQLException {
        var ids = new ArrayList<String>();
        try (var db = TestDatabase.connect(DB);
                var s = db.prepareStatement("select source_id from configuration_item where integration_id = ?"
                        + " and resource_type = 'hardware' and status = ? order by id")) {
            s.setLong(1, integration);
            s.setString(2, status);
            s.setMaxRows(limit);
            try (var rows = s.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        return ids;
    }

    static Map<String, Long> statuses(long integration) throws SQLException {
        return TestDatabase.ciStatuses(DB, integration);
    }

    /** Deletes {@code n} active hardware CIs' assets at the source; returns their source ids. */
    static List<String> deleteAssets(SimulatorProcess halo, long integration, int n) throws SQLException {
        List<String> ids = hardwareIds(integration, "active", n);
        assertThat(ids).hasSize(n);
        ids.forEach(id -> halo.mutate("op=delete-asset&id=" + id));
        return ids;
    }

    static long missing(JsonObject run) {
        return run.getJsonObject("counts").getJsonNumber("missing").longValue();
    }

    @Test
    void aMassDisappearanceIsHeldUntilAnAdminReleasesExactlyThoseCis() throws Exception {
        try (var halo = SimulatorProcess.start(
                "--assets", "200", "--clients", "5", "--licences", "0", "--seed", "21", "--inactive-ratio", "0")) {
            long id = integration("Guard", halo);
            sync(id);
            long active = statuses(id).get("active");
            assertThat(active).isEqualTo(200);
            List<String> deleted = deleteAssets(halo, id, 120); // 60 %

            JsonObject held = sync(id);
            assertThat(missing(held)).isZero();
            JsonObject hold = held.getJsonObject("held");
            assertThat(hold.getInt("missing")).isEqualTo(120);
            assertThat(hold.getJsonNumber("threshold").doubleValue()).isEqualTo(50.0); // max(50, 20 % of 200)
            assertThat(hold.getJsonObject("byType").getInt("hardware")).isEqualTo(120);
            assertThat(hold.getJsonArray("sample")).hasSize(20);
            assertThat(hold.getJsonArray("byCustomer")).isNotEmpty();
            assertThat(hold.isNull("releasedAt")).isTrue();
            assertThat(statuses(id)).containsEntry("active", 200L).doesNotContainKey("missing");
            JsonObject integration = api().get("/api/integrations/" + id).json();
            assertThat(integration.getJsonObject("held").getJsonNumber("runId").longValue())
                    .isEqualTo(held.getJsonNumber("id").longValue());

            // unreleased, the next run holds again; the earlier hold can no longer be released
            JsonObject again = sync(id);
            assertThat(again.getJsonObject("held").getInt("missing")).isEqualTo(120);
            long runId = again.getJsonNumber("id").longValue();
            assertThat(api().post("/api/syncs/" + held.getInt("id") + "/release-missing", "")
                            .status())
                    .isEqualTo(409);

            var released = api().post("/api/syncs/" + runId + "/release-missing", "");
            assertThat(released.status()).as(released.toString()).isEqualTo(200);
            assertThat(missing(released.json())).isEqualTo(120);
            JsonObject after = released.json().getJsonObject("held");
            assertThat(after.getString("releasedBy")).isEqualTo("admin");
            assertThat(after.getInt("released")).isEqualTo(120);
            assertThat(hardwareIds(id, "missing", 1000)).containsExactlyInAnyOrderElementsOf(deleted);
            assertThat(statuses(id)).containsEntry("active", 80L).containsEntry("missing", 120L);
            assertThat(api().post("/api/syncs/" + runId + "/release-missing", "")
                            .status())
                    .isEqualTo(409);
            assertThat(api().get("/api/integrations/" + id).json().isNull("held"))
                    .isTrue();
            var audit = api().get("/api/audit?size=20").json().getJsonArray("items").stream()
                    .map(JsonObject.class::cast)
                    .filter(e -> e.getString("action").equals("run.missing-released"))
                    .toList();
            assertThat(audit).hasSize(1);
            assertThat(audit.get(0).getString("actor")).isEqualTo("admin");
            assertThat(audit.get(0).getString("target")).isEqualTo("run " + runId);

            // a run that holds nothing has nothing to release
            JsonObject quiet = sync(id);
            assertThat(quiet.isNull("held")).isTrue();
            assertThat(api().post("/api/syncs/" + quiet.getInt("id") + "/release-missing", "")
                            .status())
                    .isEqualTo(409);
        }
    }

    @Test
    void atTheThresholdTheRunMarksAndJustOverItHolds() throws Exception {
        try (var halo = SimulatorProcess.start(
                "--assets", "100", "--clients", "3", "--licences", "0", "--seed", "22", "--inactive-ratio", "0")) {
            long id = integration("Edge", halo);
            sync(id);
            // minimum edge: threshold max(5, 0 %) = 5
            settings(id, "{\"missingGuardMin\":5,\"missingGuardPercent\":0}");
            deleteAssets(halo, id, 5);
            JsonObject marks = sync(id);
            assertThat(marks.isNull("held")).isTrue();
            assertThat(missing(marks)).isEqualTo(5);
            deleteAssets(halo, id, 6);
            JsonObject holds = sync(id);
            assertThat(holds.getJsonObject("held").getInt("missing")).isEqualTo(6);
            assertThat(missing(holds)).isZero();
            assertThat(api().post("/api/syncs/" + holds.getInt("id") + "/release-missing", "")
                            .status())
                    .isEqualTo(200);
            // percentage edge: 95 active, threshold max(0, 10 % of 89) = 8.9 after release; 8 marks, 9 holds
            assertThat(statuses(id)).containsEntry("active", 89L);
            settings(id, "{\"missingGuardMin\":0,\"missingGuardPercent\":10}");
            deleteAssets(halo, id, 8);
            JsonObject underPercent = sync(id);
            assertThat(underPercent.isNull("held")).isTrue();
            assertThat(missing(underPercent)).isEqualTo(8);
            deleteAssets(halo, id, 9); // 81 active: threshold 8.1
            JsonObject overPercent = sync(id);
            assertThat(overPercent.getJsonObject("held").getInt("missing")).isEqualTo(9);
            assertThat(overPercent
                            .getJsonObject("held")
                            .getJsonNumber("threshold")
                            .doubleValue())
                    .isCloseTo(8.1, offset(1e-9));
        }
    }

    static void pointAt(long id, String name, SimulatorProcess source) {
        var reply = api().put("/api/integrations/" + id, body(name, source));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }

    static JsonObject changes(JsonObject run, String kind) {
        var reply = api().get(
                        "/api/syncs/" + run.getInt("id") + "/changes?size=500" + (kind == null ? "" : "&kind=" + kind));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    static long ciId(long integration, String sourceId) throws SQLException {
        try (var db = TestDatabase.connect(DB);
                var s = db.prepareStatement("select id from configuration_item where integration_id = ?"
                        + " and resource_type = 'hardware' and source_id = ?")) {
            s.setLong(1, integration);
            s.setString(2, sourceId);
            try (var rows = s.executeQuery()) {
                assertThat(rows.next()).isTrue();
                return rows.getLong(1);
            }
        }
    }

    static long historyRows(long integration) throws SQLException {
        try (var db = TestDatabase.connect(DB);
                var rows = db.createStatement()
                        .executeQuery("select count(*) from ci_change h join configuration_item ci on ci.id = h.ci_id"
                                + " where ci.integration_id = " + integration)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** A run's change list has as many entries of each kind as its counts say. */
    static void changesMatchCounts(JsonObject run) {
        JsonObject counts = run.getJsonObject("counts");
        assertThat(changes(run, "updated").getInt("total")
                        + changes(run, "reactivated").getInt("total"))
                .isEqualTo(counts.getInt("updated"));
        for (String kind : List.of("missing", "retired", "excluded")) {
            assertThat(changes(run, kind).getInt("total")).as(kind).isEqualTo(counts.getInt(kind));
        }
        assertThat(changes(run, null).getInt("total"))
                .isEqualTo(counts.getInt("updated")
                        + counts.getInt("missing")
                        + counts.getInt("retired")
                        + counts.getInt("excluded"));
    }

    @Test
    void historyRecordsRenamesDisappearanceAndReturnButNotCreationOrUnchangedSyncs() throws Exception {
        try (var full = SimulatorProcess.start(
                        "--assets",
                        "30",
                        "--clients",
                        "3",
                        "--licences",
                        "0",
                        "--seed",
                        "23",
                        "--inactive-ratio",
                        "0");
                var smaller = SimulatorProcess.start(
                        "--assets",
                        "25",
                        "--clients",
                        "3",
                        "--licences",
                        "0",
                        "--seed",
                        "23",
                        "--inactive-ratio",
                        "0")) {
            long id = integration("History", full);
            JsonObject first = sync(id);
            assertThat(first.getJsonObject("counts").getInt("created")).isEqualTo(30);
            assertThat(historyRows(id)).isZero();
            JsonObject unchanged = sync(id);
            assertThat(unchanged.getJsonObject("counts").getInt("unchanged")).isEqualTo(30);
            assertThat(historyRows(id)).isZero();

            pointAt(id, "History", smaller);
            JsonObject gone = sync(id);
            assertThat(missing(gone)).isEqualTo(5);
            changesMatchCounts(gone);
            String goneId = changes(gone, "missing")
                    .getJsonArray("items")
                    .getJsonObject(0)
                    .getJsonObject("ci")
                    .getString("sourceId");

            pointAt(id, "History", full);
            JsonObject back = sync(id);
            assertThat(back.getJsonObject("counts").getInt("updated")).isEqualTo(5);
            changesMatchCounts(back);
            var history = api().get("/api/cis/" + ciId(id, goneId) + "/history").json();
            assertThat(history.getInt("total")).isEqualTo(2);
            JsonObject reactivated = history.getJsonArray("items").getJsonObject(0);
            assertThat(reactivated.getString("kind")).isEqualTo("reactivated");
            assertThat(reactivated.getJsonObject("status").getString("from")).isEqualTo("missing");
            assertThat(reactivated.getJsonObject("status").getString("to")).isEqualTo("active");
            JsonObject missed = history.getJsonArray("items").getJsonObject(1);
            assertThat(missed.getString("kind")).isEqualTo("missing");
            assertThat(missed.getJsonObject("status").getString("from")).isEqualTo("active");

            String renamed = hardwareIds(id, "active", 1).get(0);
            long ci = ciId(id, renamed);
            String oldName = api().get("/api/cis/" + ci).json().getString("name");
            full.mutate("op=change-asset&id=" + renamed + "&field=name&value=Renamed-by-IT");
            JsonObject rename = sync(id);
            assertThat(rename.getJsonObject("counts").getInt("updated")).isEqualTo(1);
            changesMatchCounts(rename);
            JsonObject entry = api().get("/api/cis/" + ci + "/history?size=1")
                    .json()
                    .getJsonArray("items")
                    .getJsonObject(0);
            assertThat(entry.getString("kind")).isEqualTo("updated");
            assertThat(entry.getJsonNumber("runId").longValue())
                    .isEqualTo(rename.getJsonNumber("id").longValue());
            assertThat(entry.isNull("status")).isTrue();
            var nameChange = entry.getJsonArray("fields").stream()
                    .map(JsonObject.class::cast)
                    .filter(f -> f.getString("field").equals("name"))
                    .toList();
            assertThat(nameChange).hasSize(1);
            assertThat(nameChange.get(0).getString("old")).isEqualTo(oldName);
            assertThat(nameChange.get(0).getString("new")).isEqualTo("Renamed-by-IT");

            assertThat(api().get("/api/syncs/" + rename.getInt("id") + "/changes?kind=created")
                            .status())
                    .isEqualTo(400);
            assertThat(api().get("/api/cis/999999999/history").status()).isEqualTo(404);
        }
    }

    static JsonObject preview(long integration) {
        var started = api().post("/api/integrations/" + integration + "/syncs?mode=preview", "");
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        JsonObject run = Runs.awaitEnd(api(), started.json().getJsonNumber("id").longValue());
        assertThat(run.getString("status")).as(run.toString()).isEqualTo("succeeded");
        assertThat(run.getString("mode")).isEqualTo("preview");
        return run;
    }

    /** Every inventory and history row of the integration, comparable. */
    static List<String> stored(long integration) throws SQLException {
        var rows = new ArrayList<>(TestDatabase.ciDump(DB, integration));
        try (var db = TestDatabase.connect(DB)) {
            for (String query : List.of(
                    "select count(*), max(content_hash) from customer where integration_id = ",
                    "select count(*), max(content_hash) from site where integration_id = ",
                    "select count(*), max(content_hash) from asset_type where integration_id = ",
                    "select count(*), max(updated_at) from configuration_item where integration_id = ",
                    "select count(*), max(h.id) from ci_change h join configuration_item ci on ci.id = h.ci_id"
                            + " where ci.integration_id = ")) {
                try (var result = db.createStatement().executeQuery(query + integration)) {
                    result.next();
                    rows.add(query + result.getLong(1) + "|" + result.getString(2));
                }
            }
        }
        return rows;
    }

    static JsonObject hardware(JsonObject run) {
        return run.getJsonObject("countsByType").getJsonObject("hardware");
    }

    @Test
    void aPreviewPredictsTheSyncExactlyAndWritesNothing() throws Exception {
        try (var halo = SimulatorProcess.start(
                "--assets", "80", "--clients", "4", "--licences", "10", "--seed", "24", "--inactive-ratio", "0")) {
            long id = integration("Preview", halo);
            JsonObject fresh = preview(id);
            assertThat(stored(id)).isEqualTo(stored(-1));
            assertThat(fresh.getJsonObject("preview").getJsonArray("created")).hasSize(20);
            JsonObject first = sync(id);
            assertThat(fresh.getJsonObject("countsByType")).isEqualTo(first.getJsonObject("countsByType"));
            assertThat(fresh.getJsonObject("counts")).isEqualTo(first.getJsonObject("counts"));

            List<String> ids = hardwareIds(id, "active", 15);
            ids.subList(0, 5)
                    .forEach(sid -> halo.mutate("op=change-asset&id=" + sid + "&field=name&value=Preview-" + sid));
            ids.subList(5, 15).forEach(sid -> halo.mutate("op=delete-asset&id=" + sid));
            for (int i = 0; i < 7; i++) {
                halo.mutate("op=add-asset");
            }
            List<String> before = stored(id);
            JsonObject predicted = preview(id);
            assertThat(stored(id)).isEqualTo(before);
            assertThat(hardware(predicted).getInt("updated")).isEqualTo(5);
            assertThat(hardware(predicted).getInt("created")).isEqualTo(7);
            assertThat(hardware(predicted).getInt("missing")).isEqualTo(10);
            JsonObject samples = predicted.getJsonObject("preview");
            assertThat(samples.getJsonArray("created")).hasSize(7);
            assertThat(samples.getJsonArray("missing")).hasSize(10);
            assertThat(samples.getJsonArray("updated")).hasSize(5);
            JsonObject renamed = samples.getJsonArray("updated").getJsonObject(0);
            JsonObject field = renamed.getJsonArray("fields").getJsonObject(0);
            assertThat(field.getString("field")).isEqualTo("name");
            assertThat(field.getString("new")).isEqualTo("Preview-" + renamed.getString("sourceId"));
            assertThat(changes(predicted, null).getInt("total")).isZero();

            JsonObject real = sync(id);
            assertThat(real.getJsonObject("countsByType")).isEqualTo(predicted.getJsonObject("countsByType"));
            assertThat(real.isNull("preview")).isTrue();
        }
    }
}
