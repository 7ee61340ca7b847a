package io.assetbridge.platform.inventory.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.assetbridge.platform.inventory.ClassifiedItem;
import io.assetbridge.spi.CiClass;
import io.assetbridge.spi.ConfigurationItem;
import io.assetbridge.spi.CustomerRecord;
import io.assetbridge.spi.SourceStatus;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one upsert on PostgreSQL and H2 (migrated by the real Flyway scripts): exact counts, an unchanged
 * page writes nothing, a changed row is reported to {@link RowChanges} with its old and new status
 * before it is updated, and a source id too long to store fails its record only.
 */
class InventoryWriterTest {

    private static final String ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";
    private static final String NAME = "assetbridge_wtest_" + Long.toHexString(new Random().nextLong() & 0xffffffffL);
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    @BeforeAll
    static void createDatabases() throws SQLException {
        try (Connection c = DriverManager.getConnection(ADMIN_URL, "postgres", "");
                var s = c.createStatement()) {
            s.execute("CREATE DATABASE " + NAME);
        }
        for (String db : List.of("postgresql", "h2")) {
            Flyway.configure()
                    .dataSource(url(db), user(db), "")
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            try (Connection c = connect(db);
                    var s = c.createStatement()) {
                s.execute("INSERT INTO integration (id, name, connector_type, config_json, secrets_json, settings_json,"
                        + " created_at, updated_at, version) VALUES (1, 'i', 'haloitsm', '{}', '{}', '{}',"
                        + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)");
                s.execute("INSERT INTO sync_run (id, integration_id, status, trigger_kind, queued_at, progress_pages,"
                        + " progress_records, counts_json, requests, cancel_requested, version)"
                        + " VALUES (7, 1, 'RUNNING', 'MANUAL', CURRENT_TIMESTAMP, 0, 0, '{}', 0, FALSE, 1)");
            }
        }
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        try (Connection c = DriverManager.getConnection(ADMIN_URL, "postgres", "");
                var s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + NAME + " WITH (FORCE)");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "h2"})
    void writesOnlyWhatChangedAndReportsTheChangedRows(String db) throws SQLException {
        var cache = new RunWriteCache();
        var seen = new ArrayList<RowChanges.Changed<?>>();
        RowChanges recorder = new RowChanges() {
            @Override
            public <T> void updating(
                    Connection connection, RecordTable<T> table, List<Changed<T>> rows, References refs) {
                seen.addAll(rows);
            }
        };
        try (Connection c = connect(db)) {
            var writer = new InventoryWriter(c, 1, NOW, cache, recorder);
            var customers = new PageRecords<>(Tables.CUSTOMERS, "customers");
            customers.add(new CustomerRecord("c1", "Acme", true));
            assertThat(writer.write(customers)).isEqualTo(new PageOutcome(1, 0, 0, 0));

            var first = cis(
                    ci("1", "One", SourceStatus.ACTIVE),
                    ci("2", "Two", SourceStatus.ACTIVE),
                    ci("3", "Three", SourceStatus.ACTIVE));
            assertThat(writer.write(first)).isEqualTo(new PageOutcome(3, 0, 0, 0));
            assertThat(writer.write(first)).isEqualTo(new PageOutcome(0, 0, 3, 0));
            assertThat(seen).isEmpty();

            try (var s = c.createStatement()) {
                s.executeUpdate("UPDATE configuration_item SET status = 'missing' WHERE source_id = '3'");
            }
            var changed = cis(
                    ci("1", "One renamed", SourceStatus.ACTIVE),
                    ci("2", "Two", SourceStatus.INACTIVE),
                    ci("3", "Three", SourceStatus.ACTIVE),
                    ci("x".repeat(201), "Too long", SourceStatus.ACTIVE));
            assertThat(writer.write(changed)).isEqualTo(new PageOutcome(0, 3, 0, 1));
            assertThat(seen)
                    .extracting(
                            r -> ((ClassifiedItem) r.record()).item().sourceId(),
                            RowChanges.Changed::oldStatus,
                            RowChanges.Changed::newStatus)
                    .containsExactly(
                            tuple("1", "active", "active"),
                            tuple("2", "active", "inactive"),
                            tuple("3", "missing", "active"));
            try (var s = c.createStatement();
                    var rows = s.executeQuery("SELECT name, status, customer_id IS NOT NULL FROM configuration_item"
                            + " WHERE source_id = '1'")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("One renamed");
                assertThat(rows.getString(2)).isEqualTo("active");
                assertThat(rows.getBoolean(3)).isTrue();
            }

            writer.recordSeen(7, "hardware", List.of("1", "2", "1"));
            writer.recordSeen(7, "hardware", List.of("2", "3"));
            try (var s = c.createStatement();
                    var rows = s.executeQuery("SELECT COUNT(*) FROM sync_seen WHERE run_id = 7")) {
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(3);
            }
            assertThat(writer.exclude(1L, "hardware", List.of("2", "9"))).isEqualTo(1);
        }
    }

    private static PageRecords<ClassifiedItem> cis(ClassifiedItem... items) {
        var page = new PageRecords<>(Tables.CIS, "hardware");
        List.of(items).forEach(page::add);
        return page;
    }

    private static ClassifiedItem ci(String id, String name, SourceStatus status) {
        return new ClassifiedItem(
                ConfigurationItem.builder(id, CiClass.HARDWARE)
                        .name(name)
                        .status(status)
                        .customerSourceId("c1")
                        .build(),
                CiClass.HARDWARE);
    }

    private static Connection connect(String db) throws SQLException {
        return DriverManager.getConnection(url(db), user(db), "");
    }

    private static String url(String db) {
        return db.equals("postgresql")
                ? "jdbc:postgresql://127.0.0.1:5432/" + NAME
                : "jdbc:h2:mem:" + NAME + ";DB_CLOSE_DELAY=-1";
    }

    private static String user(String db) {
        return db.equals("postgresql") ? "postgres" : "sa";
    }
}
