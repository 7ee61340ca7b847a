package io.assetbridge.platform.inventory;

import io.assetbridge.platform.json.JsonText;
import io.assetbridge.spi.AssetTypeRecord;
import io.assetbridge.spi.CanonicalRecord;
import io.assetbridge.spi.ConfigurationItem;
import io.assetbridge.spi.CustomerRecord;
import io.assetbridge.spi.SiteRecord;
import io.assetbridge.spi.SourceStatus;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Upserts one page of canonical records by external identity, on the caller's connection (so the
 * page commits with its checkpoint): one query finds the page's existing rows, new rows are
 * batch-inserted, changed rows batch-updated, and unchanged rows (same content hash) not written.
 */
public final class InventoryWriter {

    static final int MAX_SOURCE_ID = 200;
    private static final int MAX_TEXT = 1000;

    private final Connection connection;
    private final SqlDialect dialect;
    private final long integrationId;
    private final OffsetDateTime now;
    private final RunWriteCache cache;

    public InventoryWriter(Connection connection, long integrationId, Instant now, RunWriteCache cache)
            throws SQLException {
        this.connection = connection;
        this.dialect = SqlDialect.of(connection);
        this.integrationId = integrationId;
        this.now = now.atOffset(ZoneOffset.UTC);
        this.cache = cache;
    }

    /** An existing row: its id, content hash and status. */
    private record Existing(long id, String hash, String status) {}

    public PageOutcome writeCustomers(List<CustomerRecord> records) throws SQLException {
        cache.forget("customer");
        return upsert(
                "customer",
                "customer_seq",
                unique(records, CustomerRecord::sourceId),
                c -> ContentHash.start().add(c.name()).add(c.active()).hex(),
                "INSERT INTO customer (id, integration_id, source_id, name, active, content_hash, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (s, id, c, hash) -> {
                    s.setLong(1, id);
                    s.setLong(2, integrationId);
                    s.setString(3, c.sourceId());
                    s.setString(4, clip(c.name()));
                    s.setBoolean(5, c.active());
                    s.setString(6, hash);
                    s.setObject(7, now);
                    s.setObject(8, now);
                },
                "UPDATE customer SET name = ?, active = ?, content_hash = ?, updated_at = ? WHERE id = ?",
                (s, id, c, hash) -> {
                    s.setString(1, clip(c.name()));
                    s.setBoolean(2, c.active());
                    s.setString(3, hash);
                    s.setObject(4, now);
                    s.setLong(5, id);
                },
                (c, existing) -> true);
    }

    public PageOutcome writeSites(List<SiteRecord> records) throws SQLException {
        cache.forget("site");
        var customers = lookup(
                "customer", records.stream().map(SiteRecord::customerSourceId).toList());
        return upsert(
                "site",
                "site_seq",
                unique(records, SiteRecord::sourceId),
                s -> ContentHash.start()
                        .add(s.name())
                        .add(s.customerSourceId())
                        .add(s.active())
                        .add(customers.get(s.customerSourceId()))
                        .hex(),
                "INSERT INTO site (id, integration_id, source_id, name, customer_id, active, content_hash, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (st, id, s, hash) -> {
                    st.setLong(1, id);
                    st.setLong(2, integrationId);
                    st.setString(3, s.sourceId());
                    st.setString(4, clip(s.name()));
                    setLong(st, 5, customers.get(s.customerSourceId()));
                    st.setBoolean(6, s.active());
                    st.setString(7, hash);
                    st.setObject(8, now);
                    st.setObject(9, now);
                },
                "UPDATE site SET name = ?, customer_id = ?, active = ?, content_hash = ?, updated_at = ? WHERE id = ?",
                (st, id, s, hash) -> {
                    st.setString(1, clip(s.name()));
                    setLong(st, 2, customers.get(s.customerSourceId()));
                    st.setBoolean(3, s.active());
                    st.setString(4, hash);
                    st.setObject(5, now);
                    st.setLong(6, id);
                },
                (s, existing) -> true);
    }

    public PageOutcome writeAssetTypes(List<AssetTypeRecord> records) throws SQLException {
        return upsert(
                "asset_type",
                "asset_type_seq",
                unique(records, AssetTypeRecord::sourceId),
                t -> ContentHash.start().add(t.name()).add(t.groupName()).hex(),
                "INSERT INTO asset_type (id, integration_id, source_id, name, group_name, content_hash) VALUES (?, ?, ?, ?, ?, ?)",
                (s, id, t, hash) -> {
                    s.setLong(1, id);
                    s.setLong(2, integrationId);
                    s.setString(3, t.sourceId());
                    s.setString(4, clip(t.name()));
                    s.setString(5, clip(t.groupName()));
                    s.setString(6, hash);
                },
                "UPDATE asset_type SET name = ?, group_name = ?, content_hash = ? WHERE id = ?",
                (s, id, t, hash) -> {
                    s.setString(1, clip(t.name()));
                    s.setString(2, clip(t.groupName()));
                    s.setString(3, hash);
                    s.setLong(4, id);
                },
                (t, existing) -> true);
    }

    /**
     * Upserts CIs of one resource type, each already classified. A CI that was missing or retired
     * and is seen again returns to its source status (an update).
     */
    public PageOutcome writeCis(String resourceType, List<ClassifiedItem> items) throws SQLException {
        List<ClassifiedItem> valid = new ArrayList<>();
        int failed = 0;
        for (ClassifiedItem item : unique(items, i -> i.item().sourceId())) {
            if (item.item().sourceId().length() > MAX_SOURCE_ID) {
                failed++;
            } else {
                valid.add(item);
            }
        }
        var customers = lookup(
                "customer", valid.stream().map(i -> i.item().customerSourceId()).toList());
        var sites =
                lookup("site", valid.stream().map(i -> i.item().siteSourceId()).toList());
        PageOutcome outcome = upsertWithType(resourceType, valid, customers, sites);
        if (cache.statisticsDue(outcome.created())) {
            Statistics.refresh(connection, "configuration_item");
        }
        return new PageOutcome(outcome.created(), outcome.updated(), outcome.unchanged(), outcome.failed() + failed);
    }

    private PageOutcome upsertWithType(
            String resourceType, List<ClassifiedItem> items, Map<String, Long> customers, Map<String, Long> sites)
            throws SQLException {
        return upsert(
                "configuration_item",
                resourceType,
                "configuration_item_seq",
                items,
                i -> ciHash(i, customers, sites),
                "INSERT INTO configuration_item (id, integration_id, resource_type, source_id, ci_class, status, name, type_name,"
                        + " type_source_id, serial_number, asset_tag, manufacturer, model, customer_id, site_id, assigned_user,"
                        + " warranty_start, warranty_end, purchase_date, source_modified_at, attributes_json, content_hash,"
                        + " missing_syncs, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)",
                (s, id, i, hash) -> {
                    s.setLong(1, id);
                    s.setLong(2, integrationId);
                    s.setString(3, resourceType);
                    s.setString(4, i.item().sourceId());
                    int next = ciColumns(s, 5, i, customers, sites);
                    s.setString(next, hash);
                    s.setObject(next + 1, now);
                    s.setObject(next + 2, now);
                },
                "UPDATE configuration_item SET ci_class = ?, status = ?, name = ?, type_name = ?, type_source_id = ?,"
                        + " serial_number = ?, asset_tag = ?, manufacturer = ?, model = ?, customer_id = ?, site_id = ?,"
                        + " assigned_user = ?, warranty_start = ?, warranty_end = ?, purchase_date = ?, source_modified_at = ?,"
                        + " attributes_json = ?, content_hash = ?, missing_syncs = 0, updated_at = ? WHERE id = ?",
                (s, id, i, hash) -> {
                    int next = ciColumns(s, 1, i, customers, sites);
                    s.setString(next, hash);
                    s.setObject(next + 1, now);
                    s.setLong(next + 2, id);
                },
                (i, existing) -> existing.status().equals(sourceStatus(i.item())));
    }

    private String ciHash(ClassifiedItem i, Map<String, Long> customers, Map<String, Long> sites) {
        ConfigurationItem c = i.item();
        return ContentHash.start()
                .add(i.ciClass())
                .add(c.status())
                .add(c.name())
                .add(c.typeName())
                .add(c.typeSourceId())
                .add(c.serialNumber())
                .add(c.assetTag())
                .add(c.manufacturer())
                .add(c.model())
                .add(c.customerSourceId())
                .add(customers.get(c.customerSourceId()))
                .add(c.siteSourceId())
                .add(sites.get(c.siteSourceId()))
                .add(c.assignedUser())
                .add(c.warrantyStart())
                .add(c.warrantyEnd())
                .add(c.purchaseDate())
                .add(c.attributes())
                .hex();
    }

    /** Sets the CI's content columns from {@code first} on; returns the next parameter index. */
    private int ciColumns(
            PreparedStatement s, int first, ClassifiedItem i, Map<String, Long> customers, Map<String, Long> sites)
            throws SQLException {
        ConfigurationItem c = i.item();
        int p = first;
        s.setString(p++, i.ciClass().wireName());
        s.setString(p++, sourceStatus(c));
        s.setString(p++, clip(c.name()));
        s.setString(p++, clip(c.typeName()));
        s.setString(p++, clipId(c.typeSourceId()));
        s.setString(p++, clip(c.serialNumber()));
        s.setString(p++, clip(c.assetTag()));
        s.setString(p++, clip(c.manufacturer()));
        s.setString(p++, clip(c.model()));
        setLong(s, p++, customers.get(c.customerSourceId()));
        setLong(s, p++, sites.get(c.siteSourceId()));
        s.setString(p++, clip(c.assignedUser()));
        setDate(s, p++, c.warrantyStart());
        setDate(s, p++, c.warrantyEnd());
        setDate(s, p++, c.purchaseDate());
        s.setObject(
                p++,
                c.sourceModifiedAt() == null ? null : c.sourceModifiedAt().atOffset(ZoneOffset.UTC),
                Types.TIMESTAMP_WITH_TIMEZONE);
        s.setString(p++, JsonText.write(c.attributes()));
        return p;
    }

    static String sourceStatus(ConfigurationItem item) {
        return item.status() == SourceStatus.ACTIVE ? "active" : "inactive";
    }

    /**
     * Turns the stored CIs among these source ids {@code excluded}: the settings now leave them out
     * (an excluded customer, inactive when inactive is excluded). They are kept, so the change is
     * reversible: seen inside the settings again, a CI returns to its source status as an update.
     *
     * @return how many CIs changed to excluded now
     */
    public int exclude(String resourceType, List<String> sourceIds) throws SQLException {
        List<String> ids = new LinkedHashSet<>(sourceIds)
                .stream().filter(id -> id.length() <= MAX_SOURCE_ID).toList();
        if (ids.isEmpty()) {
            return 0;
        }
        String placeholders = String.join(", ", Collections.nCopies(ids.size(), "?"));
        try (var s = connection.prepareStatement("UPDATE configuration_item SET status = 'excluded', missing_syncs = 0,"
                + " updated_at = ? WHERE integration_id = ? AND resource_type = ? AND status <> 'excluded'"
                + " AND source_id IN (" + placeholders + ")")) {
            s.setObject(1, now);
            s.setLong(2, integrationId);
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
        List<String> ids = new LinkedHashSet<>(sourceIds)
                .stream().filter(id -> id.length() <= MAX_SOURCE_ID).toList();
        if (ids.isEmpty()) {
            return;
        }
        if (dialect == SqlDialect.POSTGRESQL) {
            // One statement per page; the primary key skips ids an earlier page recorded. (An anti-join
            // against sync_seen instead was planned from stale statistics as a scan per page: quadratic.)
            try (var s = connection.prepareStatement("INSERT INTO sync_seen (run_id, resource_type, source_id)"
                    + " SELECT ?, ?, unnest(?) ON CONFLICT DO NOTHING")) {
                s.setLong(1, runId);
                s.setString(2, resourceType);
                s.setArray(3, connection.createArrayOf("varchar", ids.toArray()));
                s.executeUpdate();
            }
            return;
        }
        // H2 runs in-process, so a batch costs no round trips; each row is a primary-key probe (MERGE scanned).
        try (var s = connection.prepareStatement(
                "INSERT INTO sync_seen (run_id, resource_type, source_id) SELECT ?, ?, ?"
                        + " WHERE NOT EXISTS (SELECT 1 FROM sync_seen WHERE run_id = ? AND resource_type = ? AND source_id = ?)")) {
            for (String id : ids) {
                s.setLong(1, runId);
                s.setString(2, resourceType);
                s.setString(3, id);
                s.setLong(4, runId);
                s.setString(5, resourceType);
                s.setString(6, id);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    // ---- the generic upsert ----

    @FunctionalInterface
    private interface Binder<T> {
        void bind(PreparedStatement statement, long id, T record, String hash) throws SQLException;
    }

    @FunctionalInterface
    private interface StatusCheck<T> {
        boolean statusUnchanged(T record, Existing existing);
    }

    private <T> PageOutcome upsert(
            String table,
            String sequence,
            List<T> records,
            Function<T, String> hasher,
            String insertSql,
            Binder<T> insert,
            String updateSql,
            Binder<T> update,
            StatusCheck<T> statusCheck)
            throws SQLException {
        return upsert(table, null, sequence, records, hasher, insertSql, insert, updateSql, update, statusCheck);
    }

    /** @param resourceType for CIs, the resource type the rows belong to; null for other tables */
    private <T> PageOutcome upsert(
            String table,
            String resourceType,
            String sequence,
            List<T> records,
            Function<T, String> hasher,
            String insertSql,
            Binder<T> insert,
            String updateSql,
            Binder<T> update,
            StatusCheck<T> statusCheck)
            throws SQLException {
        if (records.isEmpty()) {
            return new PageOutcome(0, 0, 0, 0);
        }
        Function<T, String> sourceId = sourceIdOf(records);
        Map<String, Existing> existing =
                existing(table, records.stream().map(sourceId).toList(), resourceType);
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        var ids = cache.ids(dialect, sequence);
        ids.reserve(connection, (int) records.stream()
                .filter(r -> !existing.containsKey(sourceId.apply(r)))
                .count());
        try (var inserts = connection.prepareStatement(insertSql);
                var updates = connection.prepareStatement(updateSql)) {
            for (T record : records) {
                String hash = hasher.apply(record);
                Existing row = existing.get(sourceId.apply(record));
                if (row == null) {
                    insert.bind(inserts, ids.next(), record, hash);
                    inserts.addBatch();
                    created++;
                } else if (!row.hash().equals(hash) || !statusCheck.statusUnchanged(record, row)) {
                    update.bind(updates, row.id(), record, hash);
                    updates.addBatch();
                    updated++;
                } else {
                    unchanged++;
                }
            }
            if (created > 0) {
                inserts.executeBatch();
            }
            if (updated > 0) {
                updates.executeBatch();
            }
        }
        return new PageOutcome(created, updated, unchanged, 0);
    }

    private <T> Function<T, String> sourceIdOf(List<T> records) {
        Object first = records.get(0);
        if (first instanceof ClassifiedItem) {
            return r -> ((ClassifiedItem) r).item().sourceId();
        }
        return r -> ((CanonicalRecord) r).sourceId();
    }

    /**
     * The page's existing rows: one query per 500 ids, or on H2 one probe per id (the resource type is
     * fixed by the caller for CIs).
     */
    private Map<String, Existing> existing(String table, List<String> sourceIds, String resourceType)
            throws SQLException {
        boolean withStatus = resourceType != null;
        String select = "SELECT id, source_id, content_hash, " + (withStatus ? "status" : "'active'") + " FROM " + table
                + " WHERE integration_id = ? AND ";
        String ofType = withStatus ? " AND resource_type = ?" : "";
        var found = new HashMap<String, Existing>();
        if (dialect == SqlDialect.H2) {
            // H2 does not look up an IN list in the identity index (it scanned the integration's rows, per
            // page); in-process, one probe per id by the whole key costs no round trip.
            try (var s = connection.prepareStatement(select + "source_id = ?" + ofType)) {
                for (String id : sourceIds) {
                    readExisting(s, List.of(id), resourceType, found);
                }
            }
            return found;
        }
        for (List<String> chunk : chunks(sourceIds)) {
            try (var s = connection.prepareStatement(
                    select + "source_id IN (" + placeholders(chunk.size()) + ")" + ofType)) {
                readExisting(s, chunk, resourceType, found);
            }
        }
        return found;
    }

    /** Binds the integration, the source ids and (for CIs) the resource type, and collects the rows found. */
    private void readExisting(
            PreparedStatement s, List<String> sourceIds, String resourceType, Map<String, Existing> found)
            throws SQLException {
        s.setLong(1, integrationId);
        for (int i = 0; i < sourceIds.size(); i++) {
            s.setString(i + 2, sourceIds.get(i));
        }
        if (resourceType != null) {
            s.setString(sourceIds.size() + 2, resourceType);
        }
        try (var rows = s.executeQuery()) {
            while (rows.next()) {
                found.put(rows.getString(2), new Existing(rows.getLong(1), rows.getString(3), rows.getString(4)));
            }
        }
    }

    /**
     * Source id to row id for customers or sites of this integration: from the run's cache, asking the
     * database only for ids the run has not looked up yet (in one query per 500).
     */
    private Map<String, Long> lookup(String table, List<String> sourceIds) throws SQLException {
        var known = cache.rowIds(table);
        var unknown = sourceIds.stream()
                .filter(id -> id != null && id.length() <= MAX_SOURCE_ID && !known.containsKey(id))
                .distinct()
                .toList();
        var found = new HashMap<String, Long>();
        for (List<String> chunk : chunks(unknown)) {
            try (var s = connection.prepareStatement("SELECT source_id, id FROM " + table
                    + " WHERE integration_id = ? AND source_id IN (" + placeholders(chunk.size()) + ")")) {
                s.setLong(1, integrationId);
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
        cache.remember(table, unknown, found);
        return known;
    }

    private static List<List<String>> chunks(List<String> all) {
        var chunks = new ArrayList<List<String>>();
        for (int i = 0; i < all.size(); i += 500) {
            chunks.add(all.subList(i, Math.min(all.size(), i + 500)));
        }
        return chunks;
    }

    private static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    /** The last record per source id wins: a source that repeats a row within a page counts it once. */
    private static <T> List<T> unique(List<T> records, Function<T, String> sourceId) {
        var byId = new LinkedHashMap<String, T>();
        records.forEach(r -> byId.put(sourceId.apply(r), r));
        return new ArrayList<>(byId.values());
    }

    private static String clip(String value) {
        return value == null || value.length() <= MAX_TEXT ? value : value.substring(0, MAX_TEXT);
    }

    private static String clipId(String value) {
        return value == null || value.length() <= MAX_SOURCE_ID ? value : value.substring(0, MAX_SOURCE_ID);
    }

    private static void setLong(PreparedStatement s, int index, Long value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.BIGINT);
        } else {
            s.setLong(index, value);
        }
    }

    private static void setDate(PreparedStatement s, int index, LocalDate value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.DATE);
        } else {
            s.setDate(index, Date.valueOf(value));
        }
    }
}
