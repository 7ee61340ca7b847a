package io.assetbridge.platform.inventory;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * After a complete, successful full sync: CIs of a resource type that the run did not see become
 * missing, and after {@code retireAfterSyncs} consecutive such syncs, retired. Set-based statements
 * against the run's seen ids; CI rows of seen records are not touched. Each status change is recorded in
 * the change history ({@link StatusChanges}) by the statement before the one that makes it.
 */
public final class MissingMarker {

    private static final String NOT_SEEN = " AND NOT EXISTS (SELECT 1 FROM sync_seen s WHERE s.run_id = ?"
            + " AND s.resource_type = configuration_item.resource_type AND s.source_id = configuration_item.source_id)";
    private static final String SCOPE = " WHERE integration_id = ? AND resource_type = ?";

    /** CIs that changed status in one resource type. */
    public record Marked(int missing, int retired) {}

    private MissingMarker() {}

    /**
     * Refreshes PostgreSQL's statistics of the CIs and the seen ids before marking: without them
     * (autovacuum off, or not yet run on tables that just grew) the planner expects one row and
     * plans the anti-join below as a nested loop, quadratic in the number of CIs (figures in
     * docs/performance.md). ANALYZE samples, so it stays cheap on big tables.
     */
    public static void prepare(Connection connection) throws SQLException {
        Statistics.refresh(connection, "configuration_item", "sync_seen");
    }

    public static Marked mark(
            Connection connection,
            long integrationId,
            String resourceType,
            long runId,
            int retireAfterSyncs,
            Instant now)
            throws SQLException {
        var at = now.atOffset(ZoneOffset.UTC);
        // Already missing, still unseen: one more sync; retired once the count reaches the threshold.
        String retiring = SCOPE + " AND status = 'missing' AND missing_syncs + 1 >= ?" + NOT_SEEN;
        StatusChanges.record(
                connection,
                runId,
                at,
                "retired",
                where(retiring),
                integrationId,
                resourceType,
                retireAfterSyncs,
                runId);
        int retiredFromMissing = update(
                connection,
                "UPDATE configuration_item SET status = 'retired', missing_syncs = missing_syncs + 1,"
                        + " updated_at = ?" + retiring,
                at,
                integrationId,
                resourceType,
                retireAfterSyncs,
                runId);
        update(
                connection,
                "UPDATE configuration_item SET missing_syncs = missing_syncs + 1" + SCOPE + " AND status = 'missing'"
                        + NOT_SEEN,
                null,
                integrationId,
                resourceType,
                null,
                runId);
        // Present before, unseen now: missing (or retired at once when one sync is the threshold).
        String present = SCOPE + " AND status IN ('active', 'inactive')" + NOT_SEEN;
        String becomes = retireAfterSyncs <= 1 ? "retired" : "missing";
        StatusChanges.record(connection, runId, at, becomes, where(present), integrationId, resourceType, runId);
        int changed = update(
                connection,
                "UPDATE configuration_item SET status = ?, missing_syncs = 1, updated_at = ?" + present,
                at,
                integrationId,
                resourceType,
                null,
                runId,
                becomes);
        return retireAfterSyncs <= 1
                ? new Marked(0, retiredFromMissing + changed)
                : new Marked(changed, retiredFromMissing);
    }

    /** A scope clause without its leading WHERE. */
    private static String where(String scope) {
        return scope.substring(" WHERE ".length());
    }

    private static int update(
            Connection connection,
            String sql,
            Object updatedAt,
            long integrationId,
            String resourceType,
            Integer threshold,
            long runId,
            String... leading)
            throws SQLException {
        try (var s = connection.prepareStatement(sql)) {
            int p = 1;
            for (String value : leading) {
                s.setString(p++, value);
            }
            if (updatedAt != null) {
                s.setObject(p++, updatedAt);
            }
            s.setLong(p++, integrationId);
            s.setString(p++, resourceType);
            if (threshold != null) {
                s.setInt(p++, threshold);
            }
            s.setLong(p, runId);
            return s.executeUpdate();
        }
    }
}
