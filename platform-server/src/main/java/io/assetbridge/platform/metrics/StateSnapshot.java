package io.assetbridge.platform.metrics;

import io.assetbridge.platform.integration.SyncSettings;
import io.assetbridge.platform.json.JsonText;
import io.assetbridge.platform.sync.RunStatus;
import jakarta.json.JsonNumber;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the database says now, in three queries: each integration with its schedule and last success,
 * the active runs, and the inventory's size by class and status. Shared by every node.
 */
record StateSnapshot(List<IntegrationRow> integrations, List<ActiveRow> active, List<InventoryRow> inventory) {

    /** One integration: its last successful sync's end, else its creation, and its schedule (null: manual). */
    record IntegrationRow(long id, String connector, Instant lastSuccessOrCreated, Integer scheduleMinutes) {}

    /** Active runs of one connector type in one state ({@code queued}, {@code running}, {@code waiting}). */
    record ActiveRow(String connector, String state, long runs) {}

    record InventoryRow(long integrationId, String connector, String ciClass, String status, long cis) {}

    static StateSnapshot read(Connection c, Instant now) throws SQLException {
        return new StateSnapshot(integrations(c), active(c, now), inventory(c));
    }

    private static List<IntegrationRow> integrations(Connection c) throws SQLException {
        var rows = new ArrayList<IntegrationRow>();
        try (var s = c.prepareStatement("SELECT i.id, i.connector_type, i.created_at, i.settings_json,"
                + " (SELECT MAX(r.finished_at) FROM sync_run r WHERE r.integration_id = i.id AND r.status = ?)"
                + " FROM integration i ORDER BY i.id")) {
            s.setString(1, RunStatus.SUCCEEDED.name());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Instant success = instant(r.getObject(5, OffsetDateTime.class));
                    Instant created = instant(r.getObject(3, OffsetDateTime.class));
                    rows.add(new IntegrationRow(
                            r.getLong(1),
                            r.getString(2),
                            success != null ? success : created,
                            schedule(r.getString(4))));
                }
            }
        }
        return rows;
    }

    /** The stored settings' {@code scheduleMinutes}: absent means the default (daily), null manual. */
    private static Integer schedule(String settingsJson) {
        var settings = JsonText.parse(settingsJson);
        if (!settings.containsKey("scheduleMinutes")) {
            return SyncSettings.DEFAULT_SCHEDULE_MINUTES;
        }
        var value = settings.get("scheduleMinutes");
        return value instanceof JsonNumber n ? n.intValue() : null;
    }

    private static List<ActiveRow> active(Connection c, Instant now) throws SQLException {
        long queued = 0;
        var rows = new ArrayList<ActiveRow>();
        try (var s = c.prepareStatement("SELECT i.connector_type, r.status,"
                + " SUM(CASE WHEN r.waiting_until > ? THEN 1 ELSE 0 END), COUNT(*)"
                + " FROM sync_run r JOIN integration i ON i.id = r.integration_id WHERE r.status IN (?, ?)"
                + " GROUP BY i.connector_type, r.status")) {
            s.setObject(1, now.atOffset(ZoneOffset.UTC));
            s.setString(2, RunStatus.QUEUED.name());
            s.setString(3, RunStatus.RUNNING.name());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String connector = r.getString(1);
                    String state = r.getString(2).toLowerCase(Locale.ROOT);
                    rows.add(new ActiveRow(connector, state, r.getLong(4)));
                    if (state.equals("running")) {
                        rows.add(new ActiveRow(connector, "waiting", r.getLong(3)));
                    }
                }
            }
        }
        return rows;
    }

    private static List<InventoryRow> inventory(Connection c) throws SQLException {
        var rows = new ArrayList<InventoryRow>();
        try (var s = c.prepareStatement("SELECT ci.integration_id, i.connector_type, ci.ci_class, ci.status, COUNT(*)"
                        + " FROM configuration_item ci JOIN integration i ON i.id = ci.integration_id"
                        + " GROUP BY ci.integration_id, i.connector_type, ci.ci_class, ci.status");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                rows.add(new InventoryRow(
                        r.getLong(1),
                        r.getString(2),
                        r.getString(3).toLowerCase(Locale.ROOT),
                        r.getString(4).toLowerCase(Locale.ROOT),
                        r.getLong(5)));
            }
        }
        return rows;
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
