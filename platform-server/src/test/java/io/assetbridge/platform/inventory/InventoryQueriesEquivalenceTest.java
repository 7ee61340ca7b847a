package io.assetbridge.platform.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * {@link InventoryQueries#cis} against the plain query it replaces ({@code count(*)} and
 * {@code ORDER BY … LIMIT … OFFSET …} with the exact conditions only), on a throwaway PostgreSQL
 * database (with the trigram index) and on in-memory H2, both migrated by the real Flyway scripts: the
 * same total and the same ids in the same order for every page, sort and filter, and nothing stale
 * once the inventory version has been bumped.
 */
class InventoryQueriesEquivalenceTest {

    private static final String ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";
    private static final String PG_NAME =
            "assetbridge_qtest_" + Long.toHexString(new Random().nextLong() & 0xffffffffL);
    private static final Instant BASE = Instant.parse("2026-01-01T00:00:00Z");
    private static final List<String> SORTS = List.of("name", "-name", "updatedAt", "-updatedAt");

    private static DataSource postgres;
    private static DataSource h2;

    @BeforeAll
    static void createDatabases() throws SQLException {
        try (Connection c = DriverManager.getConnection(ADMIN_URL, "postgres", "");
                var s = c.createStatement()) {
            s.execute("CREATE DATABASE " + PG_NAME);
        }
        var pg = new PGSimpleDataSource();
        pg.setURL("jdbc:postgresql://127.0.0.1:5432/" + PG_NAME);
        pg.setUser("postgres");
        postgres = oneConnection(pg);
        var mem = new JdbcDataSource();
        mem.setURL("jdbc:h2:mem:" + PG_NAME + ";DB_CLOSE_DELAY=-1");
        mem.setUser("sa");
        h2 = oneConnection(mem);
        for (DataSource ds : List.of(postgres, h2)) {
            Flyway.configure()
                    .dataSource(ds)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            seed(ds);
        }
        assertThat(SearchIndex.ensure(postgres))
                .as("pg_trgm search index created")
                .isTrue();
        assertThat(SearchIndex.ensure(h2)).as("no search index on H2").isFalse();
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        try (Connection c = DriverManager.getConnection(ADMIN_URL, "postgres", "");
                var s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + PG_NAME + " WITH (FORCE)");
        }
        try (Connection c = h2.getConnection();
                var s = c.createStatement()) {
            s.execute("SHUTDOWN");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "h2"})
    void everyPageOfEverySortAndFilterIsThePlainQuerys(String database) throws SQLException {
        DataSource ds = ds(database);
        var queries = new InventoryQueries(ds, 100); // a key every 100 rows: many anchors in a few thousand CIs
        var random = new Random(7);
        int compared = 0;
        for (Filter f : filters()) {
            for (String sort : SORTS) {
                long total = reference(ds, f.query(0, 50, sort)).total();
                for (int page = 0; page <= total / 50 + 1; page++) { // every page, and one past the end
                    assertSame(ds, queries, f.query(page, 50, sort));
                    compared++;
                }
                for (int i = 0; i < 15; i++) { // odd sizes: pages that straddle index keys
                    int size = 1 + random.nextInt(230);
                    assertSame(ds, queries, f.query(random.nextInt((int) (total / size) + 2), size, sort));
                }
            }
        }
        assertThat(compared).isGreaterThan(1000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "h2"})
    void theExportStreamsEveryRowOfEveryFilterAndSortInTheListingsOrder(String database)
            throws SQLException, IOException {
        DataSource ds = ds(database);
        var queries = new InventoryQueries(ds, 100);
        for (Filter f : filters()) {
            for (String sort : SORTS) {
                var all = f.query(0, Integer.MAX_VALUE, sort);
                var streamed = new ArrayList<Long>();
                queries.eachCi(all, ci -> streamed.add(ci.id()));
                assertThat(streamed)
                        .as("export of %s", all)
                        .isEqualTo(reference(ds, all).ids());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "h2"})
    void qFindsModelManufacturerTypeAndCustomerName(String database) throws SQLException {
        var queries = new InventoryQueries(ds(database), 100);
        assertThat(queries.cis(new Filter("q").text("LENOV").query(0, 500, "name"))
                        .items())
                .isNotEmpty()
                .allSatisfy(ci -> assertThat(ci.manufacturer()).isEqualTo("Lenovo"));
        assertThat(queries.cis(new Filter("q").text("thinkpad").query(0, 500, "name"))
                        .items())
                .isNotEmpty()
                .allSatisfy(ci -> assertThat(ci.model()).isEqualTo("ThinkPad X1"));
        assertThat(queries.cis(new Filter("q").text("plotter").query(0, 500, "name"))
                        .items())
                .isNotEmpty()
                .allSatisfy(ci -> assertThat(ci.type()).isEqualTo("Plotter"));
        var ofCustomer7 = queries.cis(new Filter("customer 7").customer(7).query(0, 500, "name"));
        var named = queries.cis(new Filter("q").text("Customer 7").query(0, 500, "name"));
        assertThat(ofCustomer7.total()).isPositive();
        assertThat(named.total()).as("every CI of customer 7 matches its name").isEqualTo(ofCustomer7.total());
    }

    @Test
    void theDefaultStrideMatchesToo() throws SQLException {
        var queries = new InventoryQueries(postgres, CiPageIndex.STRIDE);
        for (String sort : SORTS) {
            for (int page = 0; page < 170; page += 3) {
                assertSame(postgres, queries, new Filter("all").query(page, 27, sort));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "h2"})
    void aBumpedVersionDropsCachedTotalsAndPageKeys(String database) throws SQLException {
        DataSource ds = ds(database);
        var queries = new InventoryQueries(ds, 100);
        var all = new Filter("all");
        var hardware = new Filter("hardware").ciClass("hardware");
        var search = new Filter("q").text("LAP");
        List<CiQuery> probes = new ArrayList<>();
        for (String sort : SORTS) {
            for (int page : new int[] {0, 3, 11, 30, 57}) {
                probes.add(all.query(page, 50, sort));
                probes.add(hardware.query(page, 40, sort));
                probes.add(search.query(page / 3, 30, sort));
            }
        }
        assertAllSame(ds, queries, probes); // caches warm

        // rows sorting first by name and by updatedAt: every later row moves
        insert(
                ds,
                ci(900_001, 1, "AAA first", "hardware", "active", "SNFIRST1", null, null, BASE.minusSeconds(10)),
                ci(900_002, 1, "AAA first", "hardware", "active", null, "TAG-X", null, BASE.minusSeconds(10)),
                ci(900_003, 1, "aaa laptop", "software", "retired", null, null, null, BASE.minusSeconds(5)));
        // without a bump the cache is (on purpose) not consulted about it: this is what the bump is for
        CiQuery deep = all.query(30, 50, "name");
        assertThat(queries.cis(deep).total()).isEqualTo(reference(ds, deep).total() - 3);
        assertThat(ids(queries.cis(deep).items()))
                .isNotEqualTo(reference(ds, deep).ids());
        CiQuery found = search.query(0, 30, "name");
        assertThat(queries.cis(found).total()).isEqualTo(reference(ds, found).total() - 1);
        bump(ds);
        assertAllSame(ds, queries, probes);

        // deletions (as when an integration goes, with its CIs) and status changes
        execute(
                ds,
                "DELETE FROM configuration_item WHERE id IN (SELECT id FROM configuration_item WHERE MOD(id, 9) = 0)",
                "UPDATE configuration_item SET ci_class = 'software' WHERE MOD(id, 7) = 1");
        bump(ds);
        assertAllSame(ds, queries, probes);
        assertThat(queries.cis(hardware.query(0, 1, "name")).total())
                .isEqualTo(reference(ds, hardware.query(0, 1, "name")).total());
    }

    @Test
    void withoutTheExtensionTheServerWarnsAndSearchesStillMatch() throws SQLException {
        String db = PG_NAME + "_noext";
        String role = PG_NAME + "_reader";
        try (Connection c = DriverManager.getConnection(ADMIN_URL, "postgres", "");
                var s = c.createStatement()) {
            s.execute("CREATE DATABASE " + db);
            s.execute("CREATE ROLE " + role + " LOGIN"); // may not create extensions (no CREATE on the database)
        }
        try {
            var owner = new PGSimpleDataSource();
            owner.setURL("jdbc:postgresql://127.0.0.1:5432/" + db);
            owner.setUser("postgres");
            Flyway.configure()
                    .dataSource(owner)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            seed(owner);
            try (Connection c = owner.getConnection();
                    var s = c.createStatement()) {
                s.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO " + role);
            }
            var reader = new PGSimpleDataSource();
            reader.setURL("jdbc:postgresql://127.0.0.1:5432/" + db);
            reader.setUser(role);
            DataSource ds = oneConnection(reader);
            assertThat(SearchIndex.ensure(ds)).isFalse();
            var queries = new InventoryQueries(ds, 100);
            for (String text : List.of("lap", "sn1", "%", "zzzqqq")) {
                for (int page : new int[] {0, 4, 25}) {
                    assertSame(ds, queries, new Filter("q").text(text).query(page, 20, "name"));
                }
            }
            ds.getConnection().unwrap(Connection.class).close();
        } finally {
            try (Connection c = DriverManager.getConnection(ADMIN_URL, "postgres", "");
                    var s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
                s.execute("DROP ROLE IF EXISTS " + role);
            }
        }
    }

    // ---- the plain query, as InventoryQueries ran it before the caches (exact conditions only) ----

    record Plain(long total, List<Long> ids) {}

    static Plain reference(DataSource ds, CiQuery q) throws SQLException {
        var conditions = new ArrayList<String>();
        var values = new ArrayList<Object>();
        if (q.ciClass() != null) {
            conditions.add("ci.ci_class = ?");
            values.add(q.ciClass());
        }
        if (q.integrationId() != null) {
            conditions.add("ci.integration_id = ?");
            values.add(q.integrationId());
        }
        if (q.customerId() != null) {
            conditions.add("ci.customer_id = ?");
            values.add(q.customerId());
        }
        if (q.siteId() != null) {
            conditions.add("ci.site_id = ?");
            values.add(q.siteId());
        }
        if (q.status() != null) {
            conditions.add("ci.status = ?");
            values.add(q.status());
        }
        if (q.text() != null && !q.text().isEmpty()) {
            String like = "%"
                    + q.text()
                            .toLowerCase()
                            .replace("\\", "\\\\")
                            .replace("%", "\\%")
                            .replace("_", "\\_") + "%";
            conditions.add("(LOWER(ci.name) LIKE ? ESCAPE '\\' OR LOWER(ci.serial_number) LIKE ? ESCAPE '\\'"
                    + " OR LOWER(ci.asset_tag) LIKE ? ESCAPE '\\' OR LOWER(ci.model) LIKE ? ESCAPE '\\'"
                    + " OR LOWER(ci.manufacturer) LIKE ? ESCAPE '\\' OR LOWER(ci.type_name) LIKE ? ESCAPE '\\'"
                    + " OR ci.customer_id IN (SELECT id FROM customer WHERE LOWER(name) LIKE ? ESCAPE '\\'))");
            values.addAll(List.of(like, like, like, like, like, like, like));
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        String order = switch (q.sort()) {
            case "name" -> " ORDER BY ci.name, ci.id";
            case "-name" -> " ORDER BY ci.name DESC, ci.id DESC";
            case "updatedAt" -> " ORDER BY ci.updated_at, ci.id";
            default -> " ORDER BY ci.updated_at DESC, ci.id DESC";
        };
        try (Connection c = ds.getConnection()) {
            long total;
            try (var s = c.prepareStatement("SELECT count(*) FROM configuration_item ci" + where)) {
                for (int i = 0; i < values.size(); i++) {
                    s.setObject(i + 1, values.get(i));
                }
                try (var rows = s.executeQuery()) {
                    rows.next();
                    total = rows.getLong(1);
                }
            }
            var ids = new ArrayList<Long>();
            try (var s = c.prepareStatement(
                    "SELECT ci.id FROM configuration_item ci LEFT JOIN customer c ON c.id = ci.customer_id"
                            + " LEFT JOIN site s ON s.id = ci.site_id" + where + order + " LIMIT ? OFFSET ?")) {
                int i = 0;
                for (; i < values.size(); i++) {
                    s.setObject(i + 1, values.get(i));
                }
                s.setInt(i + 1, q.size());
                s.setLong(i + 2, (long) q.page() * q.size());
                try (var rows = s.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                }
            }
            return new Plain(total, ids);
        }
    }

    private static void assertSame(DataSource ds, InventoryQueries queries, CiQuery q) throws SQLException {
        var expected = reference(ds, q);
        var actual = queries.cis(q);
        assertThat(actual.total()).as("total of %s", q).isEqualTo(expected.total());
        assertThat(ids(actual.items())).as("ids of %s", q).isEqualTo(expected.ids());
        assertThat(actual.page()).isEqualTo(q.page());
        assertThat(actual.size()).isEqualTo(q.size());
    }

    private static void assertAllSame(DataSource ds, InventoryQueries queries, List<CiQuery> probes)
            throws SQLException {
        for (CiQuery q : probes) {
            assertSame(ds, queries, q);
        }
    }

    private static List<Long> ids(List<InventoryViews.CiItem> items) {
        return items.stream().map(InventoryViews.CiItem::id).toList();
    }

    // ---- filters ----

    record Filter(
            String label,
            String ciClass,
            Long integrationId,
            Long customerId,
            Long siteId,
            String status,
            String text) {
        Filter(String label) {
            this(label, null, null, null, null, null, null);
        }

        Filter ciClass(String v) {
            return new Filter(label, v, integrationId, customerId, siteId, status, text);
        }

        Filter integration(long v) {
            return new Filter(label, ciClass, v, customerId, siteId, status, text);
        }

        Filter customer(long v) {
            return new Filter(label, ciClass, integrationId, v, siteId, status, text);
        }

        Filter site(long v) {
            return new Filter(label, ciClass, integrationId, customerId, v, status, text);
        }

        Filter status(String v) {
            return new Filter(label, ciClass, integrationId, customerId, siteId, v, text);
        }

        Filter text(String v) {
            return new Filter(label, ciClass, integrationId, customerId, siteId, status, v);
        }

        CiQuery query(int page, int size, String sort) {
            return new CiQuery(ciClass, integrationId, customerId, siteId, status, text, page, size, sort);
        }
    }

    private static List<Filter> filters() {
        return List.of(
                new Filter("all"),
                new Filter("hardware").ciClass("hardware"),
                new Filter("active").status("active"),
                new Filter("software retired").ciClass("software").status("retired"),
                new Filter("integration 2").integration(2),
                new Filter("customer 3").customer(3),
                new Filter("site 5 hardware").site(5).ciClass("hardware"),
                new Filter("q lap").text("lap"),
                new Filter("q LaPtOp mixed case").text("LaPtOp"),
                new Filter("q serial").text("sn1"),
                new Filter("q asset tag").text("tag-00"),
                new Filter("q manufacturer").text("LENOV"),
                new Filter("q model").text("elitebook"),
                new Filter("q type").text("plott"),
                new Filter("q customer name").text("customer 1"),
                new Filter("q customer name, hardware").text("Customer 7").ciClass("hardware"),
                new Filter("q percent").text("%"),
                new Filter("q underscore").text("_x"),
                new Filter("q backslash").text("\\"),
                new Filter("q across columns").text("5 sn"), // only the search expression has it: must not match
                new Filter("q nothing").text("zzzqqq"),
                new Filter("q with filters")
                        .text("dell")
                        .ciClass("hardware")
                        .status("active")
                        .integration(1));
    }

    // ---- data: duplicate names in several cases, nulls, tied timestamps, LIKE's own characters ----

    private static final String[] NAMES = {
        "LAPTOP-%03d Dell Latitude",
        "laptop-%03d dell latitude",
        "Laptop-%03d",
        "Server_x %03d",
        "printer 100%% %03d",
        "Back\\slash %03d",
        "Zebra %03d",
        "ärger %03d",
        "Ω %03d"
    };

    private static void seed(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try (var s = c.createStatement()) {
                for (int i = 1; i <= 2; i++) {
                    s.execute(
                            "INSERT INTO integration (id, name, connector_type, config_json, secrets_json, settings_json,"
                                    + " created_at, updated_at, version) VALUES (" + i + ", 'i" + i
                                    + "', 'haloitsm', '{}', '{}', '{}',"
                                    + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)");
                }
                for (int i = 1; i <= 20; i++) {
                    s.execute(
                            "INSERT INTO customer (id, integration_id, source_id, name, active, content_hash, created_at, updated_at)"
                                    + " VALUES (" + i + ", " + (1 + i % 2) + ", 'c" + i + "', 'Customer " + i
                                    + "', TRUE, 'h',"
                                    + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
                    s.execute(
                            "INSERT INTO site (id, integration_id, source_id, name, customer_id, active, content_hash, created_at,"
                                    + " updated_at) VALUES (" + i + ", " + (1 + i % 2) + ", 's" + i + "', 'Site " + i
                                    + "', " + i
                                    + ", TRUE, 'h', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
                }
            }
            var random = new Random(42);
            String[] statuses = {"active", "active", "active", "inactive", "missing", "retired"};
            try (var s = c.prepareStatement(INSERT)) {
                for (int id = 1; id <= 3000; id++) {
                    int n = random.nextInt(60); // few distinct numbers: many duplicate names
                    String name = String.format(NAMES[random.nextInt(NAMES.length)], n);
                    String serial = random.nextInt(5) == 0
                            ? null
                            : "SN"
                                    + Integer.toHexString(random.nextInt(1 << 16))
                                            .toUpperCase();
                    String tag = random.nextInt(3) == 0 ? null : "TAG-" + String.format("%05d", random.nextInt(5000));
                    Long customer = random.nextInt(6) == 0 ? null : (long) (1 + random.nextInt(20));
                    // 40 distinct instants with microseconds: ties that the id must break
                    Instant updated = BASE.plusNanos(random.nextInt(40) * 1_234_567_000L + 123_000L);
                    bind(
                            s,
                            ci(
                                    id,
                                    1 + random.nextInt(2),
                                    name,
                                    random.nextInt(4) == 0 ? "software" : "hardware",
                                    statuses[random.nextInt(statuses.length)],
                                    serial,
                                    tag,
                                    customer,
                                    updated));
                    s.addBatch();
                }
                s.executeBatch();
            }
            try (var s = c.createStatement()) { // for q: model, manufacturer and type, some missing
                s.execute("UPDATE configuration_item SET"
                        + " manufacturer = CASE MOD(id, 3) WHEN 0 THEN 'Lenovo' WHEN 1 THEN 'HP Inc' ELSE NULL END,"
                        + " model = CASE MOD(id, 5) WHEN 0 THEN 'ThinkPad X1' WHEN 1 THEN NULL ELSE 'EliteBook 840' END,"
                        + " type_name = CASE MOD(id, 4) WHEN 0 THEN 'Plotter' ELSE 'Workstation' END");
            }
            c.commit();
        }
    }

    private static final String INSERT =
            "INSERT INTO configuration_item (id, integration_id, resource_type, source_id, ci_class,"
                    + " status, name, serial_number, asset_tag, customer_id, site_id, attributes_json, content_hash, missing_syncs,"
                    + " created_at, updated_at) VALUES (?, ?, 'asset', ?, ?, ?, ?, ?, ?, ?, ?, '{}', 'h', 0, ?, ?)";

    private static Object[] ci(
            long id,
            long integration,
            String name,
            String ciClass,
            String status,
            String serial,
            String tag,
            Long customer,
            Instant updated) {
        Long site = customer == null || id % 4 == 0 ? null : customer; // site n belongs to customer n
        return new Object[] {
            id,
            integration,
            "a" + id,
            ciClass,
            status,
            name,
            serial,
            tag,
            customer,
            site,
            Timestamp.from(BASE),
            Timestamp.from(updated)
        };
    }

    private static void bind(PreparedStatement s, Object[] row) throws SQLException {
        for (int i = 0; i < row.length; i++) {
            s.setObject(i + 1, row[i]);
        }
    }

    private static void insert(DataSource ds, Object[]... rows) throws SQLException {
        try (Connection c = ds.getConnection();
                var s = c.prepareStatement(INSERT)) {
            for (Object[] row : rows) {
                bind(s, row);
                s.executeUpdate();
            }
        }
    }

    private static void execute(DataSource ds, String... statements) throws SQLException {
        try (Connection c = ds.getConnection();
                var s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private static void bump(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection()) {
            long before = InventoryVersion.read(c);
            InventoryVersion.bump(c);
            assertThat(InventoryVersion.read(c)).isEqualTo(before + 1);
        }
    }

    /** Hands out one connection again and again (close does nothing): thousands of queries without a pool. */
    private static DataSource oneConnection(DataSource real) throws SQLException {
        Connection shared = real.getConnection();
        Connection handle = (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        return null;
                    }
                    try {
                        return method.invoke(shared, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        return (DataSource) Proxy.newProxyInstance(
                DataSource.class.getClassLoader(),
                new Class<?>[] {DataSource.class},
                (proxy, method, args) -> method.getName().equals("getConnection") ? handle : method.invoke(real, args));
    }

    private static DataSource ds(String database) {
        return database.equals("postgresql") ? postgres : h2;
    }
}
