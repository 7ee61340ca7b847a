package io.assetbridge.platform.inventory.write;

import io.assetbridge.platform.json.Jsonp;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Change history of the CIs a page updates: before the page's update, one query reads the changed rows'
 * stored columns, and one batched insert records per CI the fields that change (old → new, each value cut
 * at 1 KB) and its status change. Nothing is read or written for a page without changed CIs, so an
 * unchanged re-sync costs nothing here.
 */
public final class FieldChanges implements RowChanges {

    static final int MAX_VALUE = 1024;
    private static final int IN_LIST = 500;
    /** Not fields of their own: the status is recorded as such; the source's last-modified time alone is no change. */
    private static final Set<String> NOT_FIELDS = Set.of("status", "source_modified_at");

    private static final Set<String> GONE = Set.of("missing", "retired", "excluded");
    private static final Map<String, String> WIRE_NAMES =
            Map.of("ci_class", "class", "attributes_json", "attributes", "type_name", "type");

    /** Where a preview's updates go instead of the history: each CI that would change, with its fields. */
    public interface Sink {
        void updated(String sourceId, String name, JsonArray fields);
    }

    private final long runId;
    private final OffsetDateTime at;
    private final Sink sink;

    /** Records the changes in the history, with run {@code runId}. */
    public FieldChanges(long runId, Instant at) {
        this.runId = runId;
        this.at = at.atOffset(ZoneOffset.UTC);
        this.sink = null;
    }

    /** Hands the changes to {@code sink} and records nothing (a preview). */
    public FieldChanges(Sink sink) {
        this.runId = 0;
        this.at = null;
        this.sink = sink;
    }

    @Override
    public <T> void updating(Connection c, RecordTable<T> table, List<Changed<T>> rows, References refs)
            throws SQLException {
        if (!table.inventory() || rows.isEmpty()) {
            return;
        }
        Map<Long, Map<String, String>> stored = stored(c, table, rows);
        if (sink != null) {
            for (Changed<T> row : rows) {
                String name = text(table.columns().stream()
                        .filter(col -> col.name().equals("name"))
                        .findFirst()
                        .map(col -> col.value().apply(row.record(), refs))
                        .orElse(null));
                sink.updated(table.sourceId(row.record()), name, fields(table, row, stored, refs));
            }
            return;
        }
        try (var insert = c.prepareStatement("INSERT INTO ci_change (ci_id, run_id, at, kind, old_status, new_status,"
                + " fields_json) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Changed<T> row : rows) {
                boolean back = GONE.contains(row.oldStatus()) && !GONE.contains(row.newStatus());
                boolean statusChanged = !Objects.equals(row.oldStatus(), row.newStatus());
                insert.setLong(1, row.id());
                insert.setLong(2, runId);
                insert.setObject(3, at);
                insert.setString(4, back ? "reactivated" : "updated");
                insert.setString(5, statusChanged ? row.oldStatus() : null);
                insert.setString(6, statusChanged ? row.newStatus() : null);
                insert.setString(7, fields(table, row, stored, refs).toString());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The fields of a row that change, old -> new. */
    private static <T> JsonArray fields(
            RecordTable<T> table, Changed<T> row, Map<Long, Map<String, String>> stored, References refs) {
        Map<String, String> before = stored.getOrDefault(row.id(), Map.of());
        JsonArrayBuilder fields = Jsonp.PROVIDER.createArrayBuilder();
        for (Column<T> column : table.columns()) {
            if (NOT_FIELDS.contains(column.name())) {
                continue;
            }
            String old = before.get(column.name());
            String now = text(column.value().apply(row.record(), refs));
            if (!Objects.equals(old, now)) {
                fields.add(Jsonp.PROVIDER
                        .createObjectBuilder()
                        .add("field", wireName(column.name()))
                        .add("old", json(old))
                        .add("new", json(now)));
            }
        }
        return fields.build();
    }

    private static <T> Map<Long, Map<String, String>> stored(Connection c, RecordTable<T> table, List<Changed<T>> rows)
            throws SQLException {
        var columns = table.columns();
        String select = "SELECT id, "
                + String.join(", ", columns.stream().map(Column::name).toList()) + " FROM " + table.name()
                + " WHERE id IN (";
        var found = new HashMap<Long, Map<String, String>>();
        for (int from = 0; from < rows.size(); from += IN_LIST) {
            var chunk = rows.subList(from, Math.min(rows.size(), from + IN_LIST));
            try (var s = c.prepareStatement(select + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    s.setLong(i + 1, chunk.get(i).id());
                }
                try (var result = s.executeQuery()) {
                    while (result.next()) {
                        var values = new HashMap<String, String>();
                        for (int i = 0; i < columns.size(); i++) {
                            values.put(
                                    columns.get(i).name(),
                                    read(result, i + 2, columns.get(i).sqlType()));
                        }
                        found.put(result.getLong(1), values);
                    }
                }
            }
        }
        return found;
    }

    private static String read(ResultSet row, int index, int sqlType) throws SQLException {
        Object value = switch (sqlType) {
            case Types.DATE -> row.getObject(index, LocalDate.class);
            case Types.TIMESTAMP_WITH_TIMEZONE -> null; // not compared (see NOT_FIELDS)
            case Types.BIGINT -> row.getObject(index) == null ? null : row.getLong(index);
            case Types.BOOLEAN -> row.getObject(index) == null ? null : row.getBoolean(index);
            default -> row.getString(index);
        };
        return text(value);
    }

    private static String text(Object value) {
        return value == null || value instanceof OffsetDateTime ? null : value.toString();
    }

    private static JsonValue json(String value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        return Jsonp.PROVIDER.createValue(value.length() <= MAX_VALUE ? value : value.substring(0, MAX_VALUE));
    }

    /** The API's name of a column: camel case, as the CI is shown. */
    static String wireName(String column) {
        String known = WIRE_NAMES.get(column);
        if (known != null) {
            return known;
        }
        var name = new StringBuilder();
        boolean upper = false;
        for (char ch : column.toCharArray()) {
            if (ch == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(ch) : ch);
                upper = false;
            }
        }
        return name.toString();
    }
}
