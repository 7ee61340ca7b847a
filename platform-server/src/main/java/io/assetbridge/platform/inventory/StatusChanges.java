package io.assetbridge.platform.inventory;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/**
 * Change history of set-based status changes (missing, retired, excluded): one INSERT … SELECT with the
 * same condition as the UPDATE that follows it in the same transaction, so the history names exactly the
 * CIs the update changes, with their status before, at the cost of one statement.
 */
public final class StatusChanges {

    private StatusChanges() {}

    /**
     * Records that the CIs matching {@code where} (a condition on {@code configuration_item}, its
     * parameters {@code params}) change to {@code newStatus} in run {@code runId}.
     */
    public static void record(
            Connection c, long runId, OffsetDateTime at, String newStatus, String where, Object... params)
            throws SQLException {
        try (var s = c.prepareStatement("INSERT INTO ci_change (ci_id, run_id, at, kind, old_status, new_status)"
                + " SELECT id, ?, ?, ?, status, ? FROM configuration_item WHERE " + where)) {
            s.setLong(1, runId);
            s.setObject(2, at);
            s.setString(3, newStatus);
            s.setString(4, newStatus);
            for (int i = 0; i < params.length; i++) {
                s.setObject(5 + i, params[i]);
            }
            s.executeUpdate();
        }
    }
}
