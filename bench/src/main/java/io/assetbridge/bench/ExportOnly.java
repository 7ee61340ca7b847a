package io.assetbridge.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code --export-only}: the CSV export of N CIs without syncing them first. The platform starts on a
 * fresh PostgreSQL database (its migrations make the schema), one integration is created through the
 * API, and 5,000 customers and N hardware CIs (names with a comma and quotes, each linked to a customer)
 * are inserted with SQL; then {@link ExportBench} times {@code GET /api/cis.csv}. Minutes instead of the
 * hour a 1,000,000-asset sync takes on a busy two-core machine; the export reads the same table either way.
 */
final class ExportOnly {

    private ExportOnly() {}

    static String run(Path serverJar, Path work, long n) throws Exception {
        Path dir = work.resolve("export-only-" + n).toAbsolutePath();
        Files.createDirectories(dir.resolve("data"));
        Files.createDirectories(dir.resolve("plugins"));
        Files.deleteIfExists(dir.resolve("gc.log"));
        Db.recreatePgDatabase();
        int port = Procs.freePort();
        var cmd = Procs.list(Procs.java(), "-Xmx512m", "-Xlog:gc:file=" + dir.resolve("gc.log"));
        cmd.addAll(List.of("-jar", serverJar.toAbsolutePath().toString(), "--port", Integer.toString(port)));
        Map<String, String> env = new HashMap<>();
        env.put("ASSETBRIDGE_DATA_DIR", dir.resolve("data").toString());
        env.put("ASSETBRIDGE_PLUGINS_DIR", dir.resolve("plugins").toString());
        env.put("ASSETBRIDGE_ADMIN_PASSWORD", "bench");
        env.put("ASSETBRIDGE_DB_URL", Db.PG_BENCH_URL);
        env.put("ASSETBRIDGE_DB_USER", Db.PG_USER);
        env.put("ASSETBRIDGE_DB_PASSWORD", "trust-auth-ignores-it");
        String base = "http://127.0.0.1:" + port;
        try (var server = Procs.start(cmd, env, dir.resolve("server.log"), null, null, Duration.ZERO)) {
            Api.awaitReady(base, Duration.ofMinutes(5), server);
            long integration = Api.createIntegration(base, "Export bench", 1, null, null);
            long seeded = System.nanoTime();
            seed(integration, n);
            Bench.log(String.format("seeded %,d CIs with SQL in %.1f s", n, (System.nanoTime() - seeded) / 1e9));
            return ExportBench.measure(base, dir.resolve("gc.log"), server.pid(), "postgresql, seeded by SQL", n);
        } finally {
            Db.dropPgDatabase();
        }
    }

    private static void seed(long integration, long n) throws Exception {
        try (var c = Db.pg();
                var s = c.createStatement()) {
            s.execute("INSERT INTO customer (id, integration_id, source_id, name, active, content_hash, created_at,"
                    + " updated_at) SELECT g, " + integration + ", 'c' || g, 'Customer ' || g || ', \"Ltd\"', TRUE,"
                    + " 'seed', now(), now() FROM generate_series(1, 5000) g");
            s.execute("INSERT INTO configuration_item (id, integration_id, resource_type, source_id, ci_class, status,"
                    + " name, type_name, serial_number, asset_tag, manufacturer, model, customer_id, attributes_json,"
                    + " content_hash, missing_syncs, created_at, updated_at) SELECT g, " + integration
                    + ", 'hardware', 'a' || g, 'hardware', 'active', 'Laptop ' || g || ', \"spare\"', 'Laptop',"
                    + " 'SN' || lpad(g::text, 9, '0'), 'AT' || g, 'Dell', 'Latitude 7440', 1 + g % 5000, '{}', 'seed', 0,"
                    + " now(), now() FROM generate_series(1, " + n + ") g");
            s.execute("ANALYZE customer");
            s.execute("ANALYZE configuration_item");
        }
    }
}
