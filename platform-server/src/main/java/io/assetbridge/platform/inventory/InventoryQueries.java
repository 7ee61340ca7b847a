package io.assetbridge.platform.inventory;

import io.assetbridge.platform.integration.JsonText;
import io.assetbridge.platform.inventory.InventoryViews.CiDetail;
import io.assetbridge.platform.inventory.InventoryViews.CiItem;
import io.assetbridge.platform.inventory.InventoryViews.CiPage;
import io.assetbridge.platform.inventory.InventoryViews.CustomerItem;
import io.assetbridge.platform.inventory.InventoryViews.Ref;
import io.assetbridge.platform.inventory.InventoryViews.SiteItem;
import io.assetbridge.platform.persistence.ApplicationDataSource;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the inventory for the API: one count and one page query per CI listing, bound parameters throughout. */
@ApplicationScoped
public class InventoryQueries {

    private static final String CI_COLUMNS = "SELECT ci.id, ci.integration_id, ci.source_id, ci.ci_class, ci.name, ci.type_name,"
            + " ci.status, ci.serial_number, ci.asset_tag, ci.manufacturer, ci.model, c.id, c.name, s.id, s.name,"
            + " ci.warranty_start, ci.warranty_end, ci.updated_at, ci.attributes_json"
            + " FROM configuration_item ci LEFT JOIN customer c ON c.id = ci.customer_id LEFT JOIN site s ON s.id = ci.site_id";

    private static final Map<String, String> ORDER = Map.of(
            "name", " ORDER BY ci.name, ci.id", "-name", " ORDER BY ci.name DESC, ci.id DESC",
            "updatedAt", " ORDER BY ci.updated_at, ci.id", "-updatedAt", " ORDER BY ci.updated_at DESC, ci.id DESC");

    @Resource(lookup = ApplicationDataSource.JNDI_NAME)
    DataSource dataSource;

    public CiPage cis(CiQuery q) throws SQLException {
        var where = new Where()
                .when(q.ciClass(), "ci.ci_class = ?")
                .when(q.integrationId(), "ci.integration_id = ?")
                .when(q.customerId(), "ci.customer_id = ?")
                .when(q.siteId(), "ci.site_id = ?")
                .when(q.status(), "ci.status = ?");
        if (q.text() != null && !q.text().isEmpty()) {
            String like = Where.containing(q.text());
            where.condition("(LOWER(ci.name) LIKE ? ESCAPE '\\' OR LOWER(ci.serial_number) LIKE ? ESCAPE '\\'"
                    + " OR LOWER(ci.asset_tag) LIKE ? ESCAPE '\\')", like, like, like);
        }
        try (var c = dataSource.getConnection()) {
            long total;
            try (var s = c.prepareStatement("SELECT count(*) FROM configuration_item ci" + where.sql())) {
                where.bind(s);
                try (var rows = s.executeQuery()) {
                    rows.next();
                    total = rows.getLong(1);
                }
            }
            var items = new ArrayList<CiItem>();
            try (var s = c.prepareStatement(CI_COLUMNS + where.sql() + ORDER.get(q.sort()) + " LIMIT ? OFFSET ?")) {
                int next = where.bind(s);
                s.setInt(next, q.size());
                s.setLong(next + 1, (long) q.page() * q.size());
                try (var rows = s.executeQuery()) {
                    while (rows.next()) {
                        items.add(ci(rows));
                    }
                }
            }
            return new CiPage(total, q.page(), q.size(), items);
        }
    }

    public Optional<CiDetail> ci(long id) throws SQLException {
        try (var c = dataSource.getConnection(); var s = c.prepareStatement(CI_COLUMNS + " WHERE ci.id = ?")) {
            s.setLong(1, id);
            try (var rows = s.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(CiDetail.of(ci(rows), JsonText.values(JsonText.parse(rows.getString(19)))));
            }
        }
    }

    public List<CustomerItem> customers(Long integrationId) throws SQLException {
        var where = new Where().when(integrationId, "c.integration_id = ?");
        String sql = "SELECT c.id, c.integration_id, c.source_id, c.name, c.active,"
                + " SUM(CASE WHEN ci.ci_class = 'hardware' AND ci.status <> 'retired' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN ci.ci_class = 'software' AND ci.status <> 'retired' THEN 1 ELSE 0 END)"
                + " FROM customer c LEFT JOIN configuration_item ci ON ci.customer_id = c.id" + where.sql()
                + " GROUP BY c.id, c.integration_id, c.source_id, c.name, c.active ORDER BY c.name, c.id";
        var customers = new ArrayList<CustomerItem>();
        try (var c = dataSource.getConnection(); var s = c.prepareStatement(sql)) {
            where.bind(s);
            try (var rows = s.executeQuery()) {
                while (rows.next()) {
                    customers.add(new CustomerItem(rows.getLong(1), rows.getLong(2), rows.getString(3), rows.getString(4),
                            rows.getBoolean(5), rows.getLong(6), rows.getLong(7)));
                }
            }
        }
        return customers;
    }

    public List<SiteItem> sites(Long integrationId, Long customerId) throws SQLException {
        var where = new Where().when(integrationId, "s.integration_id = ?").when(customerId, "s.customer_id = ?");
        String sql = "SELECT s.id, s.integration_id, s.source_id, s.name, c.id, c.name, s.active FROM site s"
                + " LEFT JOIN customer c ON c.id = s.customer_id" + where.sql() + " ORDER BY s.name, s.id";
        var sites = new ArrayList<SiteItem>();
        try (var c = dataSource.getConnection(); var s = c.prepareStatement(sql)) {
            where.bind(s);
            try (var rows = s.executeQuery()) {
                while (rows.next()) {
                    sites.add(new SiteItem(rows.getLong(1), rows.getLong(2), rows.getString(3), rows.getString(4),
                            ref(rows, 5), rows.getBoolean(7)));
                }
            }
        }
        return sites;
    }

    private static CiItem ci(ResultSet r) throws SQLException {
        return new CiItem(r.getLong(1), r.getLong(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6),
                r.getString(7), r.getString(8), r.getString(9), r.getString(10), r.getString(11), ref(r, 12), ref(r, 14),
                date(r.getDate(16)), date(r.getDate(17)), r.getObject(18, OffsetDateTime.class).toInstant());
    }

    private static Ref ref(ResultSet r, int idColumn) throws SQLException {
        long id = r.getLong(idColumn);
        return r.wasNull() ? null : new Ref(id, r.getString(idColumn + 1));
    }

    private static java.time.LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
