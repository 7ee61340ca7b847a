package io.assetbridge.platform.history;

import io.assetbridge.platform.json.Jsonp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Reads the change history (written by the sync, see {@code inventory.write.FieldChanges} and
 * {@code inventory.StatusChanges}): one CI's changes, or one run's, newest first and paged.
 */
@ApplicationScoped
public class ChangeHistory {

    /** The kinds of change: a CI updated, back from missing/retired/excluded, or changed to one of those. */
    public static final Set<String> KINDS = Set.of("updated", "reactivated", "missing", "retired", "excluded");

    private static final String SELECT = "SELECT h.id, h.ci_id, ci.source_id, ci.name, ci.resource_type, h.run_id,"
            + " h.at, h.kind, h.old_status, h.new_status, h.fields_json FROM ci_change h"
            + " JOIN configuration_item ci ON ci.id = h.ci_id WHERE ";

    private final DataSource dataSource;

    @Inject
    public ChangeHistory(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Required by CDI for the client proxy of a normal-scoped bean. */
    protected ChangeHistory() {
        this(null);
    }

    /** The CI a change is about. */
    public record CiRef(long id, String sourceId, String name, String resourceType) {}

    /**
     * One change. {@code fields} lists {@code {"field","old","new"}} for an update (values cut at 1 KB);
     * {@code status} is set when the status changed.
     */
    public record Change(long id, CiRef ci, long runId, Instant at, String kind, StatusView status, JsonArray fields) {}

    /** A status change as the API shows it. */
    public record StatusView(String from, String to) {}

    public record ChangePage(long total, int page, int size, List<Change> items) {}

    /** The CI's changes, newest first; empty when no such CI exists. */
    public Optional<ChangePage> ofCi(long ciId, int page, int size) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            try (var s = c.prepareStatement("SELECT 1 FROM configuration_item WHERE id = ?")) {
                s.setLong(1, ciId);
                try (var rows = s.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.empty();
                    }
                }
            }
            return Optional.of(page(c, "h.ci_id = ?", List.of(ciId), page, size));
        }
    }

    /** What a run changed, newest first, of one kind when {@code kind} is not null. */
    public ChangePage ofRun(long runId, String kind, int page, int size) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return kind == null
                    ? page(c, "h.run_id = ?", List.of(runId), page, size)
                    : page(c, "h.run_id = ? AND h.kind = ?", List.of(runId, kind), page, size);
        }
    }

    private static ChangePage page(Connection c, String where, List<Object> params, int page, int size)
            throws SQLException {
        long total;
        try (var s = c.prepareStatement("SELECT COUNT(*) FROM ci_change h WHERE " + where)) {
            bind(s, params);
            try (var rows = s.executeQuery()) {
                rows.next();
                total = rows.getLong(1);
            }
        }
        var items = new ArrayList<Change>();
        try (var s = c.prepareStatement(SELECT + where + " ORDER BY h.id DESC LIMIT ? OFFSET ?")) {
            int p = bind(s, params);
            s.setInt(p++, size);
            s.setLong(p, (long) page * size);
            try (var rows = s.executeQuery()) {
                while (rows.next()) {
                    items.add(change(rows));
                }
            }
        }
        return new ChangePage(total, page, size, items);
    }

    private static Change change(ResultSet row) throws SQLException {
        String oldStatus = row.getString(9);
        String newStatus = row.getString(10);
        String fields = row.getString(11);
        return new Change(
                row.getLong(1),
                new CiRef(row.getLong(2), row.getString(3), row.getString(4), row.getString(5)),
                row.getLong(6),
                row.getObject(7, OffsetDateTime.class).toInstant(),
                row.getString(8),
                newStatus == null ? null : new StatusView(oldStatus, newStatus),
                fields == null ? JsonArray.EMPTY_JSON_ARRAY : parse(fields));
    }

    private static JsonArray parse(String text) {
        try (var reader = Jsonp.PROVIDER.createReader(new StringReader(text))) {
            return reader.readArray();
        }
    }

    private static int bind(PreparedStatement s, List<Object> params) throws SQLException {
        int p = 1;
        for (Object param : params) {
            s.setObject(p++, param);
        }
        return p;
    }
}
