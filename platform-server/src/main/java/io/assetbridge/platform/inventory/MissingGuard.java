package io.assetbridge.platform.inventory;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The mass-missing guard: before a complete full run marks unseen CIs missing, it counts them. More
 * than max({@code min}, {@code percent} % of the active in-scope CIs) is more likely a lost permission or
 * a changed filter than real disappearance, so the marking is held: the CIs are remembered in
 * {@code missing_hold} and stay as they are until an admin releases the hold.
 */
public final class MissingGuard {

    /** Samples shown with a hold. */
    static final int SAMPLE = 20;

    private static final String IN_SCOPE = " FROM configuration_item ci WHERE ci.integration_id = ?"
            + " AND ci.status IN ('active', 'inactive') AND ci.resource_type IN (%s)";
    private static final String NOT_SEEN = " AND NOT EXISTS (SELECT 1 FROM sync_seen s WHERE s.run_id = ?"
            + " AND s.resource_type = ci.resource_type AND s.source_id = ci.source_id)";

    /** The guard's two settings. */
    public record Limits(int min, int percent) {
        public double threshold(long activeInScope) {
            return Math.max(min, activeInScope * percent / 100.0);
        }
    }

    private MissingGuard() {}

    /**
     * Holds the run's missing marking when it would mark more than the threshold: the CIs are stored as
     * the run's hold and the hold's summary returned; otherwise nothing is written and null returned.
     */
    public static JsonObject holdIfMassive(
            Connection c, long integrationId, List<String> ciTypes, long runId, Limits limits) throws SQLException {
        if (ciTypes.isEmpty()) {
            return null;
        }
        String types = String.join(", ", Collections.nCopies(ciTypes.size(), "?"));
        String scope = IN_SCOPE.formatted(types);
        long active = count(c, "SELECT COUNT(*)" + scope, integrationId, ciTypes, null);
        long unseen = count(c, "SELECT COUNT(*)" + scope + NOT_SEEN, integrationId, ciTypes, runId);
        double threshold = limits.threshold(active);
        if (unseen <= threshold) {
            return null;
        }
        try (var s =
                c.prepareStatement("INSERT INTO missing_hold (run_id, ci_id) SELECT ?, ci.id" + scope + NOT_SEEN)) {
            s.setLong(1, runId);
            int p = bind(s, 2, integrationId, ciTypes);
            s.setLong(p, runId);
            s.executeUpdate();
        }
        return HeldSummary.of(c, runId, unseen, threshold);
    }

    /**
     * Applies a hold: its CIs still active or inactive become missing (or retired at once when one sync is
     * the retirement threshold), recorded in the change history with the held run, and the hold's rows are
     * dropped.
     *
     * @return per resource type, how many CIs changed status
     */
    public static Map<String, Integer> release(Connection c, long runId, int retireAfterSyncs, Instant now)
            throws SQLException {
        var changed = new TreeMap<String, Integer>();
        try (var s = c.prepareStatement("SELECT ci.resource_type, COUNT(*) FROM configuration_item ci"
                + " JOIN missing_hold h ON h.ci_id = ci.id WHERE h.run_id = ? AND ci.status IN ('active', 'inactive')"
                + " GROUP BY ci.resource_type")) {
            s.setLong(1, runId);
            try (var rows = s.executeQuery()) {
                while (rows.next()) {
                    changed.put(rows.getString(1), rows.getInt(2));
                }
            }
        }
        String held = "status IN ('active', 'inactive') AND id IN (SELECT ci_id FROM missing_hold WHERE run_id = ?)";
        String becomes = retireAfterSyncs <= 1 ? "retired" : "missing";
        var at = now.atOffset(ZoneOffset.UTC);
        StatusChanges.record(c, runId, at, becomes, held, runId);
        try (var s = c.prepareStatement(
                "UPDATE configuration_item SET status = ?, missing_syncs = 1, updated_at = ? WHERE " + held)) {
            s.setString(1, becomes);
            s.setObject(2, at);
            s.setLong(3, runId);
            s.executeUpdate();
        }
        try (var s = c.prepareStatement("DELETE FROM missing_hold WHERE run_id = ?")) {
            s.setLong(1, runId);
            s.executeUpdate();
        }
        return changed;
    }

    /** The active or inactive CIs of {@code ciTypes} the run did not see: what a full run would mark missing. */
    public static long unseen(Connection c, long integrationId, List<String> ciTypes, long runId) throws SQLException {
        if (ciTypes.isEmpty()) {
            return 0;
        }
        String scope = IN_SCOPE.formatted(String.join(", ", Collections.nCopies(ciTypes.size(), "?")));
        return count(c, "SELECT COUNT(*)" + scope + NOT_SEEN, integrationId, ciTypes, runId);
    }

    /** Up to {@code max} of those, by source id and name. */
    public static List<Map.Entry<String, String>> unseenSample(
            Connection c, long integrationId, List<String> ciTypes, long runId, int max) throws SQLException {
        var sample = new ArrayList<Map.Entry<String, String>>();
        if (ciTypes.isEmpty()) {
            return sample;
        }
        String scope = IN_SCOPE.formatted(String.join(", ", Collections.nCopies(ciTypes.size(), "?")));
        try (var s = c.prepareStatement("SELECT ci.source_id, ci.name" + scope + NOT_SEEN + " ORDER BY ci.id")) {
            int p = bind(s, 1, integrationId, ciTypes);
            s.setLong(p, runId);
            s.setMaxRows(max);
            try (var rows = s.executeQuery()) {
                while (rows.next()) {
                    sample.add(new AbstractMap.SimpleImmutableEntry<>(rows.getString(1), rows.getString(2)));
                }
            }
        }
        return sample;
    }

    private static long count(Connection c, String sql, long integrationId, List<String> ciTypes, Long runId)
            throws SQLException {
        try (var s = c.prepareStatement(sql)) {
            int p = bind(s, 1, integrationId, ciTypes);
            if (runId != null) {
                s.setLong(p, runId);
            }
            try (var rows = s.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static int bind(PreparedStatement s, int first, long integrationId, List<String> ciTypes)
            throws SQLException {
        int p = first;
        s.setLong(p++, integrationId);
        for (String type : ciTypes) {
            s.setString(p++, type);
        }
        return p;
    }
}
