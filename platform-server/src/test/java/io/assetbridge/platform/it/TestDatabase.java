package io.assetbridge.platform.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The database the server under test uses, named by the same {@code ASSETBRIDGE_DB_URL} failsafe
 * hands the server; unset means the embedded H2 database. A PostgreSQL database is dropped and
 * created afresh before each deployment.
 */
public final class TestDatabase {

    private TestDatabase() {}

    public static boolean isPostgres() {
        String url = System.getenv("ASSETBRIDGE_DB_URL");
        return url != null && url.startsWith("jdbc:postgresql:");
    }

    /** Drops and creates the PostgreSQL database named in the URL (connections to it are closed first). */
    public static void recreate() {
        if (isPostgres()) {
            recreate(System.getenv("ASSETBRIDGE_DB_URL"));
        }
    }

    /**
     * The URL of another database on the same PostgreSQL server, for tests that run their own server
     * process; named after this build's database so that it is dropped with it.
     */
    public static String sibling(String name) {
        String url = System.getenv("ASSETBRIDGE_DB_URL");
        return url + "_" + name;
    }

    /** Drops this build's database and its siblings, if any exist. */
    public static void dropAll() {
        if (!isPostgres()) {
            return;
        }
        String url = System.getenv("ASSETBRIDGE_DB_URL");
        String name = nameOf(url);
        try (Connection c = DriverManager.getConnection(adminUrl(url), System.getenv("ASSETBRIDGE_DB_USER"), "");
                var s = c.createStatement();
                var rows = c.prepareStatement("SELECT datname FROM pg_database WHERE datname = ? OR datname LIKE ?")) {
            rows.setString(1, name);
            rows.setString(2, name + "\\_%");
            var names = new ArrayList<String>();
            try (var r = rows.executeQuery()) {
                while (r.next()) {
                    names.add(r.getString(1));
                }
            }
            for (String db : names) {
                s.execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
            }
        } catch (SQLException e) {
            System.err.println("Could not drop the test databases of " + name + ": " + e.getMessage());
        }
    }

    private static String nameOf(String url) {
        return url.substring(url.lastIndexOf('/') + 1).replaceAll("[?].*", "");
    }

    private static String adminUrl(String url) {
        return url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
    }

    public static void recreate(String url) {
        String name = nameOf(url);
        try (Connection c = DriverManager.getConnection(adminUrl(url), System.getenv("ASSETBRIDGE_DB_USER"), "");
                var s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Cannot prepare the PostgreSQL test database " + name
                            + " (is PostgreSQL running on 127.0.0.1:5432?)",
                    e);
        }
    }

    public static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(
                url, System.getenv("ASSETBRIDGE_DB_USER"), System.getenv("ASSETBRIDGE_DB_PASSWORD"));
    }

    /** A connection to the server's database, for reading what it stored. */
    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(
                System.getenv("ASSETBRIDGE_DB_URL"),
                System.getenv("ASSETBRIDGE_DB_USER"),
                System.getenv("ASSETBRIDGE_DB_PASSWORD"));
    }

    /** How many CIs of the integration have each status. */
    public static Map<String, Long> ciStatuses(String url, long integration) throws SQLException {
        var counts = new TreeMap<String, Long>();
        try (var db = connect(url);
                var s = db.prepareStatement(
                        "select status, count(*) from configuration_item where integration_id = ? group by status")) {
            s.setLong(1, integration);
            try (var rows = s.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return counts;
    }

    /**
     * Every CI of the integration in a comparable form: identity and content, with customers and sites
     * by source id — no database ids, times or hashes (which cover database ids), as those differ
     * between integrations.
     */
    public static List<String> ciDump(String url, long integration) throws SQLException {
        var lines = new ArrayList<String>();
        try (var db = connect(url);
                var rows = db.createStatement()
                        .executeQuery(
                                "select ci.resource_type, ci.source_id, ci.ci_class, ci.status, ci.name, ci.type_name, ci.serial_number,"
                                        + " ci.asset_tag, ci.manufacturer, ci.model, c.source_id, s.source_id, ci.warranty_start, ci.warranty_end,"
                                        + " ci.attributes_json from configuration_item ci"
                                        + " left join customer c on c.id = ci.customer_id left join site s on s.id = ci.site_id"
                                        + " where ci.integration_id = " + integration
                                        + " order by ci.resource_type, ci.source_id")) {
            while (rows.next()) {
                var line = new StringBuilder();
                for (int i = 1; i <= 15; i++) {
                    line.append(rows.getString(i)).append('|');
                }
                lines.add(line.toString());
            }
        }
        return lines;
    }
}
