package io.assetbridge.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The database side: the throwaway PostgreSQL database, the insert floor, and rows written from
 * pg_stat_user_tables.
 */
final class Db {

    static final String PG_ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";
    static final String PG_BENCH_DB = "assetbridge_bench";
    static final String PG_BENCH_URL = "jdbc:postgresql://127.0.0.1:5432/" + PG_BENCH_DB;
    static final String PG_USER = "postgres";

    private Db() {}

    static void recreatePgDatabase() throws SQLException {
        dropPgDatabase();
        try (var c = DriverManager.getConnection(PG_ADMIN_URL, PG_USER, "");
                var s = c.createStatement()) {
            s.execute("CREATE DATABASE " + PG_BENCH_DB);
        }
    }

    static void dropPgDatabase() throws SQLException {
        try (var c = DriverManager.getConnection(PG_ADMIN_URL, PG_USER, "");
                var s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + PG_BENCH_DB + " WITH (FORCE)");
        }
    }

    static Connection pg() throws SQLException {
        return DriverManager.getConnection(PG_BENCH_URL + "?reWriteBatchedInserts=true", PG_USER, "");
    }

    static Connection h2(Path dataDir) throws SQLException {
        return DriverManager.getConnection(
                "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("db/assetbridge"), "assetbridge", "assetbridge");
    }

    /** Emulates autovacuum's analyze (off on this machine's cluster): ANALYZE the bench database every few seconds. */
    static AutoCloseable analyzeEvery(int seconds) {
        if (seconds <= 0) {
            return noAnalyzer();
        }
        var timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "analyze");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(
                () -> {
                    try (var c = DriverManager.getConnection(PG_BENCH_URL, PG_USER, "");
                            var s = c.createStatement()) {
                        s.execute("ANALYZE");
                    } catch (SQLException e) {
                        // the database may be going away; the next round tries again
                    }
                },
                seconds,
                seconds,
                TimeUnit.SECONDS);
        return timer::shutdownNow;
    }

    static AutoCloseable noAnalyzer() {
        return () -> {};
    }

    // ---- rows written (PostgreSQL) ----

    private static final String STATS = "SELECT COALESCE(SUM(n_tup_ins + n_tup_upd), 0) FROM pg_stat_user_tables"
            + " WHERE relname IN ('configuration_item', 'customer', 'site')";

    /** n_tup_ins + n_tup_upd over configuration_item, customer and site (cumulative, so take deltas). */
    static long pgRowsWrittenCounter() throws SQLException {
        try (var c = DriverManager.getConnection(PG_BENCH_URL, PG_USER, "");
                var s = c.createStatement()) {
            s.execute("SELECT pg_stat_clear_snapshot()");
            try (var r = s.executeQuery(STATS)) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /**
     * The counter once the server's backends have flushed their statistics: PostgreSQL 15 flushes an
     * idle backend's pending counts at most about 10 s after its last transaction, so this waits until
     * the figure has not moved for 11 s (at most 40 s).
     */
    static long pgRowsWrittenSettled() throws Exception {
        long last = pgRowsWrittenCounter();
        long stableSince = System.nanoTime();
        long deadline = System.nanoTime() + 40_000_000_000L;
        while (System.nanoTime() < deadline) {
            Thread.sleep(1000);
            long now = pgRowsWrittenCounter();
            if (now != last) {
                last = now;
                stableSince = System.nanoTime();
            } else if (System.nanoTime() - stableSince >= 11_000_000_000L) {
                break;
            }
        }
        return last;
    }

    // ---- the insert floor ----

    static final String COLUMNS = "id, integration_id, resource_type, source_id, ci_class, status, name, type_name,"
            + " type_source_id, serial_number, asset_tag, manufacturer, model, customer_id, site_id, assigned_user,"
            + " warranty_start, warranty_end, purchase_date, source_modified_at, attributes_json, content_hash,"
            + " missing_syncs, created_at, updated_at";
    private static final int COLUMN_COUNT = 25;

    private static final String[] SCRATCH_DDL = {
        "DROP TABLE IF EXISTS bench_insert_floor",
        "CREATE TABLE bench_insert_floor (id BIGINT PRIMARY KEY, integration_id BIGINT NOT NULL,"
                + " resource_type VARCHAR(40) NOT NULL, source_id VARCHAR(200) NOT NULL, ci_class VARCHAR(10) NOT NULL,"
                + " status VARCHAR(10) NOT NULL, name VARCHAR(1000) NOT NULL, type_name VARCHAR(1000), type_source_id VARCHAR(200),"
                + " serial_number VARCHAR(1000), asset_tag VARCHAR(1000), manufacturer VARCHAR(1000), model VARCHAR(1000),"
                + " customer_id BIGINT, site_id BIGINT, assigned_user VARCHAR(1000), warranty_start DATE, warranty_end DATE,"
                + " purchase_date DATE, source_modified_at TIMESTAMP WITH TIME ZONE, attributes_json VARCHAR NOT NULL,"
                + " content_hash VARCHAR(64) NOT NULL, missing_syncs INTEGER NOT NULL,"
                + " created_at TIMESTAMP WITH TIME ZONE NOT NULL, updated_at TIMESTAMP WITH TIME ZONE NOT NULL,"
                + " CONSTRAINT uq_bench_floor_identity UNIQUE (integration_id, resource_type, source_id))",
        "CREATE INDEX ix_bench_floor_ics ON bench_insert_floor (integration_id, ci_class, status)",
        "CREATE INDEX ix_bench_floor_csn ON bench_insert_floor (ci_class, status, name, id)",
        "CREATE INDEX ix_bench_floor_name ON bench_insert_floor (name, id)",
        "CREATE INDEX ix_bench_floor_updated ON bench_insert_floor (updated_at, id)",
        "CREATE INDEX ix_bench_floor_customer ON bench_insert_floor (customer_id)",
        "CREATE INDEX ix_bench_floor_site ON bench_insert_floor (site_id)",
    };

    /**
     * The real table's trigram search index (PostgreSQL only; the platform builds it at start-up, see
     * docs/operations.md), mirrored on the scratch table when present: every CI insert maintains it.
     */
    private static void mirrorSearchIndex(Statement s) throws SQLException {
        if (!s.getConnection()
                .getMetaData()
                .getDatabaseProductName()
                .toLowerCase(Locale.ROOT)
                .contains("postgres")) {
            return;
        }
        String definition = null;
        try (var rs =
                s.executeQuery("SELECT pg_get_indexdef(c.oid) FROM pg_class c WHERE c.relname = 'ix_ci_search'")) {
            if (rs.next()) {
                definition = rs.getString(1);
            }
        }
        if (definition != null) {
            s.execute(definition
                    .replace("ix_ci_search", "ix_bench_floor_search")
                    .replace(" ON public.configuration_item ", " ON public.bench_insert_floor "));
        }
    }

    /** seconds spent inserting (and committing) and rows inserted. */
    record InsertResult(double seconds, long rows) {}

    /**
     * Copies the CI rows the sync stored into a scratch table shaped like configuration_item (same
     * columns, unique key and indexes including the search index, no foreign keys) with plain JDBC batches of 100 rows, one
     * commit per batch (a page's granularity). The rows are read ahead in chunks of 10,000 on a second
     * connection; only the inserts and commits are timed.
     */
    static InsertResult insertFloor(Connection source, Connection target, long integrationId) throws SQLException {
        target.setAutoCommit(true);
        try (var s = target.createStatement()) {
            for (String ddl : SCRATCH_DDL) {
                s.execute(ddl);
            }
            mirrorSearchIndex(s);
        }
        target.setAutoCommit(false);
        source.setAutoCommit(false);
        long nanos = 0;
        long rows = 0;
        String insert =
                "INSERT INTO bench_insert_floor (" + COLUMNS + ") VALUES (" + "?, ".repeat(COLUMN_COUNT - 1) + "?)";
        try (var read = source.prepareStatement(
                        "SELECT " + COLUMNS + " FROM configuration_item WHERE integration_id = ? ORDER BY id");
                var write = target.prepareStatement(insert)) {
            read.setFetchSize(1000);
            read.setLong(1, integrationId);
            try (var rs = read.executeQuery()) {
                boolean more = true;
                while (more) {
                    List<Object[]> chunk = new ArrayList<>(10_000);
                    while (chunk.size() < 10_000 && (more = rs.next())) {
                        Object[] row = new Object[COLUMN_COUNT];
                        for (int i = 0; i < COLUMN_COUNT; i++) {
                            row[i] = rs.getObject(i + 1);
                        }
                        chunk.add(row);
                    }
                    long start = System.nanoTime();
                    for (int from = 0; from < chunk.size(); from += 100) {
                        for (Object[] row : chunk.subList(from, Math.min(chunk.size(), from + 100))) {
                            for (int i = 0; i < COLUMN_COUNT; i++) {
                                write.setObject(i + 1, row[i]);
                            }
                            write.addBatch();
                        }
                        write.executeBatch();
                        target.commit();
                    }
                    nanos += System.nanoTime() - start;
                    rows += chunk.size();
                }
            }
        }
        source.commit();
        target.setAutoCommit(true);
        try (var s = target.createStatement()) {
            s.execute("DROP TABLE bench_insert_floor");
        }
        return new InsertResult(nanos / 1e9, rows);
    }
}
