package io.assetbridge.platform.inventory;

import io.assetbridge.platform.inventory.InventoryViews.CustomerItem;
import io.assetbridge.platform.inventory.InventoryViews.CustomerPage;
import io.assetbridge.platform.inventory.InventoryViews.SiteItem;
import io.assetbridge.platform.inventory.InventoryViews.SitePage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import javax.sql.DataSource;

/** Reads customers (with their CI counts) and sites for the API, a page at a time, bound parameters throughout. */
@ApplicationScoped
public class ReferenceQueries {

    private final DataSource dataSource;

    @Inject
    public ReferenceQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Required by CDI for the client proxy of a normal-scoped bean. */
    protected ReferenceQueries() {
        this(null);
    }

    /**
     * A page of customers by name, optionally of one integration and matching {@code text} in the
     * name (case-insensitive substring); counts leave out retired and excluded CIs.
     */
    public CustomerPage customers(Long integrationId, String text, int page, int size) throws SQLException {
        var where = new Where().when(integrationId, "c.integration_id = ?");
        if (text != null && !text.isEmpty()) {
            where.condition("LOWER(c.name) LIKE ? ESCAPE '\\'", Where.containing(text));
        }
        String sql = "SELECT c.id, c.integration_id, c.source_id, c.name, c.active,"
                + " (SELECT COUNT(*) FROM configuration_item ci WHERE ci.customer_id = c.id"
                + " AND ci.ci_class = 'hardware' AND ci.status NOT IN ('retired', 'excluded')),"
                + " (SELECT COUNT(*) FROM configuration_item ci WHERE ci.customer_id = c.id"
                + " AND ci.ci_class = 'software' AND ci.status NOT IN ('retired', 'excluded'))"
                + " FROM customer c" + where.sql() + " ORDER BY c.name, c.id LIMIT ? OFFSET ?";
        var customers = new ArrayList<CustomerItem>();
        try (var c = dataSource.getConnection()) {
            long total = count(c, "SELECT COUNT(*) FROM customer c" + where.sql(), where);
            try (var s = c.prepareStatement(sql)) {
                bindPage(s, where, page, size);
                try (var rows = s.executeQuery()) {
                    while (rows.next()) {
                        customers.add(new CustomerItem(
                                rows.getLong(1),
                                rows.getLong(2),
                                rows.getString(3),
                                rows.getString(4),
                                rows.getBoolean(5),
                                rows.getLong(6),
                                rows.getLong(7)));
                    }
                }
            }
            return new CustomerPage(total, page, size, customers);
        }
    }

    /** A page of sites by name, optionally of one integration and of one customer. */
    public SitePage sites(Long integrationId, Long customerId, int page, int size) throws SQLException {
        var where = new Where().when(integrationId, "s.integration_id = ?").when(customerId, "s.customer_id = ?");
        String sql = "SELECT s.id, s.integration_id, s.source_id, s.name, c.id, c.name, s.active FROM site s"
                + " LEFT JOIN customer c ON c.id = s.customer_id" + where.sql()
                + " ORDER BY s.name, s.id LIMIT ? OFFSET ?";
        var sites = new ArrayList<SiteItem>();
        try (var c = dataSource.getConnection()) {
            long total = count(c, "SELECT COUNT(*) FROM site s" + where.sql(), where);
            try (var s = c.prepareStatement(sql)) {
                bindPage(s, where, page, size);
                try (var rows = s.executeQuery()) {
                    while (rows.next()) {
                        sites.add(new SiteItem(
                                rows.getLong(1),
                                rows.getLong(2),
                                rows.getString(3),
                                rows.getString(4),
                                InventoryQueries.ref(rows, 5),
                                rows.getBoolean(7)));
                    }
                }
            }
            return new SitePage(total, page, size, sites);
        }
    }

    private static long count(Connection c, String sql, Where where) throws SQLException {
        try (var s = c.prepareStatement(sql)) {
            where.bind(s);
            try (var rows = s.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static void bindPage(PreparedStatement s, Where where, int page, int size) throws SQLException {
        int next = where.bind(s);
        s.setInt(next, size);
        s.setLong(next + 1, (long) page * size);
    }
}
