package io.assetbridge.platform.sync;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where incremental reads start: per integration and resource type, the highest source last-modified
 * time of its complete runs. A run tracks its own highest time per type in its checkpoints (so a resumed
 * run keeps it); only a run that succeeds moves the watermark. A full run sets it to what it read, an
 * incremental run only raises it.
 */
final class Watermarks {

    private Watermarks() {}

    static Map<String, Instant> load(Connection c, long integrationId) throws SQLException {
        return byType(
                c, "SELECT resource_type, modified_at FROM sync_watermark WHERE integration_id = ?", integrationId);
    }

    /** A query's (resource type, time) rows by resource type; its one parameter is {@code id}. */
    private static Map<String, Instant> byType(Connection c, String sql, long id) throws SQLException {
        var found = new HashMap<String, Instant>();
        try (var s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            try (var rows = s.executeQuery()) {
                while (rows.next()) {
                    found.put(
                            rows.getString(1),
                            rows.getObject(2, OffsetDateTime.class).toInstant());
                }
            }
        }
        return found;
    }

    /** Raises the run's highest last-modified time of a type to {@code max}, in the page's transaction. */
    static void track(Connection c, long runId, String type, Instant max) throws SQLException {
        if (max == null) {
            return;
        }
        try (var s = c.prepareStatement("UPDATE sync_checkpoint SET max_modified_at = ? WHERE run_id = ?"
                + " AND resource_type = ? AND (max_modified_at IS NULL OR max_modified_at < ?)")) {
            var at = max.atOffset(ZoneOffset.UTC);
            s.setObject(1, at);
            s.setLong(2, runId);
            s.setString(3, type);
            s.setObject(4, at);
            s.executeUpdate();
        }
    }

    /**
     * Moves the integration's watermarks after its run succeeded, in the run's closing transaction. A type
     * read by last change whose records carry no last-modified time (Halo's asset list rows, say) gets the
     * time the run started: what changed after it is read by the next incremental run, and the type's
     * overlap covers the skew between the two clocks.
     *
     * @param changeTypes the types the run read that can be read by last change
     * @param startedAt   when the run first started
     */
    static void advance(
            Connection c, long integrationId, long runId, RunMode mode, List<String> changeTypes, Instant startedAt)
            throws SQLException {
        Map<String, Instant> read = byType(
                c,
                "SELECT resource_type, max_modified_at FROM sync_checkpoint WHERE run_id = ?"
                        + " AND max_modified_at IS NOT NULL",
                runId);
        for (String type : changeTypes) {
            read.putIfAbsent(type, startedAt);
        }
        Map<String, Instant> current = load(c, integrationId);
        for (var entry : read.entrySet()) {
            Instant before = current.get(entry.getKey());
            if (before == null) {
                insert(c, integrationId, entry.getKey(), entry.getValue(), runId);
            } else if (mode == RunMode.FULL || entry.getValue().isAfter(before)) {
                update(c, integrationId, entry.getKey(), entry.getValue(), runId);
            }
        }
    }

    private static void insert(Connection c, long integrationId, String type, Instant at, long runId)
            throws SQLException {
        try (var s = c.prepareStatement("INSERT INTO sync_watermark (integration_id, resource_type, modified_at,"
                + " run_id) VALUES (?, ?, ?, ?)")) {
            s.setLong(1, integrationId);
            s.setString(2, type);
            s.setObject(3, at.atOffset(ZoneOffset.UTC));
            s.setLong(4, runId);
            s.executeUpdate();
        }
    }

    private static void update(Connection c, long integrationId, String type, Instant at, long runId)
            throws SQLException {
        try (var s = c.prepareStatement("UPDATE sync_watermark SET modified_at = ?, run_id = ?"
                + " WHERE integration_id = ? AND resource_type = ?")) {
            s.setObject(1, at.atOffset(ZoneOffset.UTC));
            s.setLong(2, runId);
            s.setLong(3, integrationId);
            s.setString(4, type);
            s.executeUpdate();
        }
    }
}
