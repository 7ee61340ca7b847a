package io.assetbridge.platform.inventory.write;

import io.assetbridge.platform.inventory.SqlDialect;
import io.assetbridge.platform.inventory.StatusChanges;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Writes one sync page on the caller's connection, so the page commits with its checkpoint: its
 * records through the one {@link Upsert} their {@link RecordTable} drives, and for configuration items
 * the source ids seen and the ones the settings now leave out.
 */
public final class InventoryWriter {

    private final WriteScope scope;

    public InventoryWriter(Connection connection, long integrationId, Instant now, RunWriteCache cache)
            throws SQLException {
        this(connection, integrationId, now, cache, RowChanges.NONE);
    }

    /** @param changes told about the rows each page changes, before they are changed (see {@link RowChanges}) */
    public InventoryWriter(
            Connection connection, long integrationId, Instant now, RunWriteCache cache, RowChanges changes)
            throws SQLException {
        this.scope = new WriteScope(
                connection, SqlDialect.of(connection), integrationId, now.atOffset(ZoneOffset.UTC), cache, changes);
    }

    /** Upserts the page's records by external identity. */
    public PageOutcome write(PageRecords<?> page) throws SQLException {
        return new Upsert(scope).write(page);
    }

    /**
     * Turns the stored CIs among these source ids {@code excluded}: the settings now leave them out
     * (an excluded customer, inactive when inactive is excluded). They are kept, so the change is
     * reversible: seen inside the settings again, a CI returns to its source status as an update. Each
     * change is recorded in the change history with run {@code runId}.
     *
     * @return how many CIs changed to excluded now
     */
    public int exclude(long runId, String resourceType, List<String> sourceIds) throws SQLException {
        List<String> ids = storable(sourceIds);
        if (ids.isEmpty()) {
            return 0;
        }
        String placeholders = String.join(", ", Collections.nCopies(ids.size(), "?"));
        String where = "integration_id = ? AND resource_type = ? AND status <> 'excluded' AND source_id IN ("
                + placeholders + ")";
        var params = new ArrayList<Object>(List.of(scope.integrationId(), resourceType));
        params.addAll(ids);
        StatusChanges.record(scope.connection(), runId, scope.now(), "excluded", where, params.toArray());
        try (var s = scope.connection()
                .prepareStatement("UPDATE configuration_item SET status = 'excluded', missing_syncs = 0,"
                        + " updated_at = ? WHERE " + where)) {
            s.setObject(1, scope.now());
            s.setLong(2, scope.integrationId());
            s.setString(3, resourceType);
            for (int i = 0; i < ids.size(); i++) {
                s.setString(4 + i, ids.get(i));
            }
            return s.executeUpdate();
        }
    }

    /** Records that this run saw these source ids (whether stored, unchanged or skipped). */
    public void recordSeen(long runId, String resourceType, Collection<String> sourceIds) throws SQLException {
        // Once per id, however often the source repeats it (a row that moved between pages while paging).
        List<String> ids = storable(sourceIds);
        if (!ids.isEmpty()) {
            scope.dialect().insertSeen(scope.connection(), runId, resourceType, ids);
        }
    }

    private static List<String> storable(Collection<String> sourceIds) {
        return new LinkedHashSet<>(sourceIds)
                .stream().filter(id -> id.length() <= Upsert.MAX_SOURCE_ID).toList();
    }
}
