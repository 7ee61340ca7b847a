package io.assetbridge.platform.inventory;

import io.assetbridge.platform.inventory.InventoryViews.CiDetail;
import io.assetbridge.platform.inventory.InventoryViews.CiItem;
import io.assetbridge.platform.inventory.InventoryViews.CiPage;
import io.assetbridge.platform.inventory.InventoryViews.Ref;
import io.assetbridge.platform.json.JsonText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Reads the inventory for the API, bound parameters throughout.
 *
 * <p>A CI listing returns exactly what {@code SELECT … WHERE filters ORDER BY sort, id LIMIT size OFFSET
 * page·size} and {@code SELECT count(*) … WHERE filters} return, but faster on large inventories:
 * <ul>
 * <li>the total is exact and cached per filter set until the {@link InventoryVersion} changes (one
 * primary-key read per request tells);</li>
 * <li>a page at offset {@value CiPageIndex#STRIDE} or deeper starts from a cached sort key of the row
 * at the nearest multiple of that stride ({@link CiPageIndex}) instead of walking every row before it;</li>
 * <li>a text search ({@code q}) finds and sorts its matches once per inventory version and keeps their ids
 * in order: its total is their number, a page is a primary-key lookup of a slice of them;</li>
 * <li>on PostgreSQL, {@code q} adds a prefilter the trigram index answers ({@link SearchIndex}).</li>
 * </ul>
 * Every writer of CI rows bumps the version in its transaction, so nothing cached outlives a change.
 */
@ApplicationScoped
public class InventoryQueries {

    private static final String CI_COLUMNS =
            "SELECT ci.id, ci.integration_id, ci.source_id, ci.ci_class, ci.name, ci.type_name,"
                    + " ci.status, ci.serial_number, ci.asset_tag, ci.manufacturer, ci.model, c.id, c.name, s.id, s.name,"
                    + " ci.warranty_start, ci.warranty_end, ci.updated_at, ci.attributes_json"
                    + " FROM configuration_item ci LEFT JOIN customer c ON c.id = ci.customer_id LEFT JOIN site s ON s.id = ci.site_id";

    /** Columns 20 to 25: the stored fields only the single-CI read returns. */
    private static final String DETAIL_COLUMNS = ", ci.resource_type, ci.type_source_id, ci.assigned_user,"
            + " ci.purchase_date, ci.source_modified_at, ci.created_at";

    private static final int STREAM_FETCH_SIZE = 500;

    private final DataSource dataSource;
    private final CiPageIndex index;
    private volatile SqlDialect dialect;

    @Inject
    public InventoryQueries(DataSource dataSource) {
        this.dataSource = dataSource;
        this.index = new CiPageIndex();
    }

    /** Required by CDI for the client proxy of a normal-scoped bean. */
    protected InventoryQueries() {
        this(null);
    }

    /** For tests: a data source of their own, without the container, and a page index stride of their choice. */
    InventoryQueries(DataSource dataSource, int stride) {
        this.dataSource = dataSource;
        this.index = new CiPageIndex(stride);
    }

    public CiPage cis(CiQuery q) throws SQLException {
        try (var c = dataSource.getConnection()) {
            var where = filters(c, q, dialect(c));
            var sort = CiSort.of(q.sort());
            long offset = (long) q.page() * q.size();
            long version = InventoryVersion.read(c); // before anything cached is computed or trusted
            var items = q.text() != null && !q.text().isEmpty()
                    ? searchPage(c, version, where, sort, offset, q.size())
                    : listingPage(c, version, where, sort, offset, q.size());
            return new CiPage(items.total(), q.page(), q.size(), items.items());
        }
    }

    /**
     * Every CI matching the query's filters and search, in its sort order, handed to the sink row by row
     * (paging ignored). Rows come through a database cursor {@value #STREAM_FETCH_SIZE} at a time, so memory
     * stays flat however many there are: PostgreSQL's driver only keeps a cursor open inside a transaction,
     * hence autocommit off for the read (rolled back, it wrote nothing) unless the caller's transaction is open.
     */
    public void eachCi(CiQuery q, RowSink<CiItem> sink) throws SQLException, IOException {
        try (var c = dataSource.getConnection()) {
            // a connection already in a transaction (autocommit off) is read as it is and left alone:
            // rolling it back would throw away its owner's uncommitted work
            boolean ownTransaction = c.getAutoCommit();
            if (ownTransaction) {
                c.setAutoCommit(false);
            }
            try {
                var where = filters(c, q, dialect(c));
                try (var s = c.prepareStatement(
                        CI_COLUMNS + where.sql() + CiSort.of(q.sort()).orderBy(),
                        ResultSet.TYPE_FORWARD_ONLY,
                        ResultSet.CONCUR_READ_ONLY)) {
                    where.bind(s);
                    s.setFetchSize(STREAM_FETCH_SIZE);
                    try (var rows = s.executeQuery()) {
                        while (rows.next()) {
                            sink.accept(ci(rows));
                        }
                    }
                }
            } finally {
                if (ownTransaction) {
                    c.rollback();
                    c.setAutoCommit(true);
                }
            }
        }
    }

    private record Items(long total, List<CiItem> items) {}

    /** A search's ids in order are cached: the page is a slice of them. */
    private Items searchPage(Connection c, long version, Where where, CiSort sort, long offset, int size)
            throws SQLException {
        long[] ids = index.ids(c, version, where, sort);
        int from = (int) Math.min(offset, ids.length);
        int to = (int) Math.min(ids.length, from + (long) size);
        return new Items(ids.length, byIds(c, Arrays.copyOfRange(ids, from, to), sort));
    }

    /** The cached total; a deep page starts from the nearest cached sort key at or before it. */
    private Items listingPage(Connection c, long version, Where where, CiSort sort, long offset, int size)
            throws SQLException {
        long total = index.total(c, version, where);
        if (offset >= total) { // past the end the page is empty: no need to ask
            return new Items(total, List.of());
        }
        var anchor = index.anchor(c, version, where, sort, offset);
        var pageWhere = where;
        if (anchor != null) {
            pageWhere = where.copy().condition(sort.fromKey(), anchor.key());
            offset -= anchor.offset();
        }
        var items = new ArrayList<CiItem>();
        // the rows skipped by OFFSET are found in the sort index alone (an index-only scan once vacuumed);
        // only the page's own rows are read from the table and joined
        try (var s = c.prepareStatement(CI_COLUMNS + " WHERE ci.id IN (SELECT ci.id FROM configuration_item ci"
                + pageWhere.sql() + sort.orderBy() + " LIMIT ? OFFSET ?)" + sort.orderBy())) {
            int next = pageWhere.bind(s);
            s.setInt(next, size);
            s.setLong(next + 1, offset);
            try (var rows = s.executeQuery()) {
                while (rows.next()) {
                    items.add(ci(rows));
                }
            }
        }
        return new Items(total, items);
    }

    /** The rows of these ids, in the sort's order (the ids are a slice of the listing, so already in it). */
    private static List<CiItem> byIds(Connection c, long[] ids, CiSort sort) throws SQLException {
        if (ids.length == 0) {
            return List.of();
        }
        var items = new ArrayList<CiItem>(ids.length);
        String marks = String.join(", ", Collections.nCopies(ids.length, "?"));
        try (var s = c.prepareStatement(CI_COLUMNS + " WHERE ci.id IN (" + marks + ")" + sort.orderBy())) {
            for (int i = 0; i < ids.length; i++) {
                s.setLong(i + 1, ids[i]);
            }
            try (var rows = s.executeQuery()) {
                while (rows.next()) {
                    items.add(ci(rows));
                }
            }
        }
        return items;
    }

    private static Where filters(Connection c, CiQuery q, SqlDialect dialect) throws SQLException {
        var where = new Where()
                .when(q.ciClass(), "ci.ci_class = ?")
                .when(q.integrationId(), "ci.integration_id = ?")
                .when(q.customerId(), "ci.customer_id = ?")
                .when(q.siteId(), "ci.site_id = ?")
                .when(q.status(), "ci.status = ?");
        if (q.text() != null && !q.text().isEmpty()) {
            String like = Where.containing(q.text());
            // the customers whose name matches, as literal ids (from the database, so safe in the SQL):
            // the cache key then changes with them, and PostgreSQL can OR two index scans
            String customers = matchingCustomerIds(c, like);
            String ofCustomers = customers.isEmpty() ? "" : " OR ci.customer_id IN (" + customers + ")";
            if (dialect == SqlDialect.POSTGRESQL) {
                // implied by the exact condition below (each column is a substring of the expression):
                // it changes no result, it only lets the trigram index narrow the rows first
                where.condition("(" + SearchIndex.EXPRESSION + " LIKE ? ESCAPE '\\'" + ofCustomers + ")", like);
            }
            where.condition(
                    "(LOWER(ci.name) LIKE ? ESCAPE '\\' OR LOWER(ci.serial_number) LIKE ? ESCAPE '\\'"
                            + " OR LOWER(ci.asset_tag) LIKE ? ESCAPE '\\' OR LOWER(ci.model) LIKE ? ESCAPE '\\'"
                            + " OR LOWER(ci.manufacturer) LIKE ? ESCAPE '\\' OR LOWER(ci.type_name) LIKE ? ESCAPE '\\'"
                            + ofCustomers + ")",
                    like,
                    like,
                    like,
                    like,
                    like,
                    like);
        }
        return where;
    }

    /** Ids of the customers whose name contains the search text, comma-separated ("" for none). */
    private static String matchingCustomerIds(Connection c, String like) throws SQLException {
        var ids = new ArrayList<String>();
        try (var s = c.prepareStatement("SELECT id FROM customer WHERE LOWER(name) LIKE ? ESCAPE '\\' ORDER BY id")) {
            s.setString(1, like);
            try (var rows = s.executeQuery()) {
                while (rows.next()) {
                    ids.add(Long.toString(rows.getLong(1)));
                }
            }
        }
        return String.join(", ", ids);
    }

    private SqlDialect dialect(Connection c) throws SQLException {
        SqlDialect known = dialect;
        if (known == null) {
            known = SqlDialect.of(c);
            dialect = known;
        }
        return known;
    }

    public Optional<CiDetail> ci(long id) throws SQLException {
        try (var c = dataSource.getConnection();
                var s = c.prepareStatement(
                        CI_COLUMNS.replace(" FROM ", DETAIL_COLUMNS + " FROM ") + " WHERE ci.id = ?")) {
            s.setLong(1, id);
            try (var rows = s.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                var extra = new CiDetail.Extra(
                        rows.getString(20),
                        rows.getString(21),
                        rows.getString(22),
                        date(rows.getDate(23)),
                        instant(rows.getObject(24, OffsetDateTime.class)),
                        instant(rows.getObject(25, OffsetDateTime.class)));
                return Optional.of(CiDetail.of(ci(rows), extra, JsonText.values(JsonText.parse(rows.getString(19)))));
            }
        }
    }

    private static CiItem ci(ResultSet r) throws SQLException {
        return new CiItem(
                r.getLong(1),
                r.getLong(2),
                r.getString(3),
                r.getString(4),
                r.getString(5),
                r.getString(6),
                r.getString(7),
                r.getString(8),
                r.getString(9),
                r.getString(10),
                r.getString(11),
                ref(r, 12),
                ref(r, 14),
                date(r.getDate(16)),
                date(r.getDate(17)),
                r.getObject(18, OffsetDateTime.class).toInstant());
    }

    static Ref ref(ResultSet r, int idColumn) throws SQLException {
        long id = r.getLong(idColumn);
        return r.wasNull() ? null : new Ref(id, r.getString(idColumn + 1));
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
