package io.assetbridge.platform.inventory.write;

import io.assetbridge.platform.inventory.Statistics;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one upsert, driven by a {@link RecordTable}: one lookup finds the page's existing rows by
 * external identity, new rows are batch-inserted, changed rows (another content hash, or another
 * status) batch-updated, and unchanged rows not written at all.
 */
final class Upsert {

    static final int MAX_SOURCE_ID = 200;
    private static final int IN_LIST = 500;

    private final WriteScope scope;

    Upsert(WriteScope scope) {
        this.scope = scope;
    }

    /** An existing row: its id, content hash and (for tables with one) status. */
    private record Existing(long id, String hash, String status) {}

    /**
     * Writes a page of one kind. The last record per source id wins (a source that repeats a row within
     * a page counts it once); a source id too long to store fails its record, not the page.
     */
    <T> PageOutcome write(PageRecords<T> page) throws SQLException {
        RecordTable<T> table = page.table();
        scope.cache().forget(table.name());
        var byId = new LinkedHashMap<String, T>();
        page.records().forEach(r -> byId.put(table.sourceId(r), r));
        List<T> valid = new ArrayList<>();
        int failed = 0;
        for (var entry : byId.entrySet()) {
            if (entry.getKey().length() > MAX_SOURCE_ID) {
                failed++;
            } else {
                valid.add(entry.getValue());
            }
        }
        var byTable = new HashMap<String, Map<String, Long>>();
        for (var reference : table.references()) {
            byTable.put(
                    reference.table(),
                    lookup(
                            reference.table(),
                            valid.stream().map(reference.sourceId()).toList()));
        }
        PageOutcome outcome = upsert(table, page.resourceType(), valid, new References(byTable));
        if (table.inventory() && scope.cache().statisticsDue(outcome.created())) {
            Statistics.refresh(scope.connection(), table.name());
        }
        return new PageOutcome(outcome.created(), outcome.updated(), outcome.unchanged(), failed);
    }

    private <T> PageOutcome upsert(RecordTable<T> table, String resourceType, List<T> records, References refs)
            throws SQLException {
        if (records.isEmpty()) {
            return new PageOutcome(0, 0, 0, 0);
        }
        Map<String, Existing> existing = existing(
                table, records.stream().map(table::sourceId).toList(), table.inventory() ? resourceType : null);
        var ids = scope.cache().ids(scope.dialect(), table.sequence());
        ids.reserve(scope.connection(), (int) records.stream()
                .filter(r -> !existing.containsKey(table.sourceId(r)))
                .count());
        var changed = new ArrayList<RowChanges.Changed<T>>();
        int created = 0;
        int unchanged = 0;
        var connection = scope.connection();
        try (var inserts = connection.prepareStatement(table.insertSql());
                var updates = connection.prepareStatement(table.updateSql())) {
            for (T record : records) {
                String hash = table.hash(record, refs);
                Existing row = existing.get(table.sourceId(record));
                String status = table.status(record, refs);
                if (row == null) {
                    bindInsert(inserts, table, ids.next(), resourceType, record, hash, refs);
                    inserts.addBatch();
                    created++;
                } else if (!row.hash().equals(hash) || (status != null && !status.equals(row.status()))) {
                    bindUpdate(updates, table, row.id(), record, hash, refs);
                    updates.addBatch();
                    changed.add(new RowChanges.Changed<>(row.id(), record, row.status(), status));
                } else {
                    unchanged++;
                }
            }
            if (created > 0) {
                inserts.executeBatch();
            }
            if (!changed.isEmpty()) {
                scope.changes().updating(connection, table, changed, refs);
                updates.executeBatch();
            }
        }
        return new PageOutcome(created, changed.size(), unchanged, 0);
    }

    private <T> void bindInsert(
            PreparedStatement s,
            RecordTable<T> table,
            long id,
            String resourceType,
            T record,
            String hash,
            References refs)
            throws SQLException {
        int p = 1;
        s.setLong(p++, id);
        s.setLong(p++, scope.integrationId());
        if (table.inventory()) {
            s.setString(p++, resourceType);
        }
        s.setString(p++, table.sourceId(record));
        p = bindContent(s, p, table, record, hash, refs);
        if (table.timestamps()) {
            s.setObject(p++, scope.now()); // created_at
            s.setObject(p, scope.now()); // updated_at
        }
    }

    private <T> void bindUpdate(
            PreparedStatement s, RecordTable<T> table, long id, T record, String hash, References refs)
            throws SQLException {
        int p = bindContent(s, 1, table, record, hash, refs);
        if (table.timestamps()) {
            s.setObject(p++, scope.now()); // updated_at
        }
        s.setLong(p, id);
    }

    /** Binds the content columns and the hash from {@code first} on; returns the next parameter index. */
    private static <T> int bindContent(
            PreparedStatement s, int first, RecordTable<T> table, T record, String hash, References refs)
            throws SQLException {
        int p = first;
        for (Column<T> column : table.columns()) {
            column.bind(s, p++, record, refs);
        }
        s.setString(p++, hash);
        return p;
    }

    /**
     * The page's existing rows by source id, as many per statement as the dialect looks up at once
     * (for CIs, of the resource type the page was read as).
     */
    private Map<String, Existing> existing(RecordTable<?> table, List<String> sourceIds, String resourceType)
            throws SQLException {
        String select = "SELECT id, source_id, content_hash" + (table.hasStatus() ? ", status" : "") + " FROM "
                + table.name() + " WHERE integration_id = ? AND ";
        String ofType = resourceType != null ? " AND resource_type = ?" : "";
        var found = new HashMap<String, Existing>();
        for (List<String> chunk : chunks(sourceIds, scope.dialect().identityLookupChunk())) {
            String ids = chunk.size() == 1 ? "source_id = ?" : "source_id IN (" + placeholders(chunk.size()) + ")";
            try (var s = scope.connection().prepareStatement(select + ids + ofType)) {
                s.setLong(1, scope.integrationId());
                for (int i = 0; i < chunk.size(); i++) {
                    s.setString(i + 2, chunk.get(i));
                }
                if (resourceType != null) {
                    s.setString(chunk.size() + 2, resourceType);
                }
                try (var rows = s.executeQuery()) {
                    while (rows.next()) {
                        found.put(
                                rows.getString(2),
                                new Existing(
                                        rows.getLong(1),
                                        rows.getString(3),
                                        table.hasStatus() ? rows.getString(4) : null));
                    }
                }
            }
        }
        return found;
    }

    /**
     * Source id to row id for customers or sites of this integration: from the run's cache, asking the
     * database only for ids the run has not looked up yet (in one query per 500).
     */
    private Map<String, Long> lookup(String table, List<String> sourceIds) throws SQLException {
        var known = scope.cache().rowIds(table);
        var unknown = sourceIds.stream()
                .filter(id -> id != null && id.length() <= MAX_SOURCE_ID && !known.containsKey(id))
                .distinct()
                .toList();
        var found = new HashMap<String, Long>();
        for (List<String> chunk : chunks(unknown, IN_LIST)) {
            try (var s = scope.connection()
                    .prepareStatement("SELECT source_id, id FROM " + table
                            + " WHERE integration_id = ? AND source_id IN (" + placeholders(chunk.size()) + ")")) {
                s.setLong(1, scope.integrationId());
                for (int i = 0; i < chunk.size(); i++) {
                    s.setString(i + 2, chunk.get(i));
                }
                try (var rows = s.executeQuery()) {
                    while (rows.next()) {
                        found.put(rows.getString(1), rows.getLong(2));
                    }
                }
            }
        }
        scope.cache().remember(table, unknown, found);
        return known;
    }

    static List<List<String>> chunks(List<String> all, int size) {
        var chunks = new ArrayList<List<String>>();
        for (int i = 0; i < all.size(); i += size) {
            chunks.add(all.subList(i, Math.min(all.size(), i + size)));
        }
        return chunks;
    }

    private static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }
}
