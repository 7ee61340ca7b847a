package io.assetbridge.bench;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The end-to-end benchmark of issue 9: the simulator (process) → assetbridge.jar (process) → the
 * database, for each N and database, against the fetch and insert floors measured in the same run.
 *
 * <pre>
 * java -jar bench/target/bench.jar [--n 10000,100000] [--db postgresql,h2] [--million] [--jfr]
 *      [--rate-limit-assets 20000] [--no-rate-limit] [--query-latency] [--query-requests 50] [--export]
 *      [--export-only]
 *      [--chart docs/performance-chart.png] [--out bench/target/bench-results.md]
 * </pre>
 */
public final class Bench {

    private static final Pattern SIM_READY = Pattern.compile("Halo simulator ready on port (\\d+)");
    private int simLimit = 60;
    private int window = 10;

    // ---- options ----
    private final List<Long> sizes = new ArrayList<>(List.of(10_000L, 100_000L));
    private final List<String> dbs = new ArrayList<>(List.of("postgresql", "h2"));
    private boolean million;
    private boolean jfr;
    private boolean rateLimited = true;
    private boolean queryLatency;
    private boolean export;
    private boolean exportOnly;
    private long rateLimitAssets = 20_000;
    /** Assets of the warm-up sync; -1: as many as the measured sync, up to 100,000 (as the fetch floor's warm-up pass). */
    private long warmUpAssets = -1;

    private int queryClients = 10;
    private int queryRequests = 50;
    private int analyzeEvery = 20;
    private int resyncCap = 3 * 3600;
    private Path serverJar = Path.of("platform-server/target/assetbridge.jar");
    private Path simJar = Path.of("halo-simulator/target/halo-simulator.jar");
    private Path chart = Path.of("docs/performance-chart.png");
    private Path out = Path.of("bench/target/bench-results.md");
    private Path work = Path.of("bench/target/runs");

    // ---- results ----
    private record Row(
            String db,
            long n,
            long cis,
            double syncSeconds,
            long requests,
            long minRequests,
            long simRequests,
            long simTokens,
            Map<String, Long> perEndpoint,
            long rowsWritten,
            double fetchSeconds,
            long fetchRequests,
            double insertSeconds,
            long insertRows,
            double heapMb,
            double rssMb,
            long peakBeforeGcMb,
            long peakAfterGcMb,
            String xmx,
            double resyncSeconds,
            long resyncRows,
            long resyncUnchanged,
            String status,
            double engineSeconds,
            double resyncEngineSeconds,
            boolean resyncCancelled) {}

    private final List<Row> rows = new ArrayList<>();
    private final List<String> lines = new ArrayList<>();
    private String rateLimitedLine;
    private final List<String> queryLines = new ArrayList<>();
    private final List<String> cpuLines = new ArrayList<>();
    private final String loadAtStart = Procs.loadAverage();

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        var bench = new Bench();
        bench.parse(args);
        bench.run();
    }

    private void parse(String[] args) {
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--n" -> {
                    sizes.clear();
                    for (String s : args[++i].split(",")) {
                        sizes.add(Long.parseLong(s.replace("_", "").trim()));
                    }
                }
                case "--db" -> {
                    dbs.clear();
                    dbs.addAll(List.of(args[++i].toLowerCase(Locale.ROOT).split(",")));
                }
                case "--million" -> million = true;
                case "--chart-only" -> chartOnly = true;
                case "--chart-note" -> chartNote = args[++i];
                case "--jfr" -> jfr = true;
                case "--no-rate-limit" -> rateLimited = false;
                case "--rate-limit-assets" -> rateLimitAssets = Long.parseLong(args[++i]);
                case "--query-latency" -> queryLatency = true;
                case "--export" -> export = true;
                case "--export-only" -> exportOnly = true;
                case "--rate-limit" -> simLimit = Integer.parseInt(args[++i]);
                case "--rate-window" -> window = Integer.parseInt(args[++i]);
                case "--resync-cap" -> resyncCap = Integer.parseInt(args[++i]);
                case "--analyze-every" -> analyzeEvery = Integer.parseInt(args[++i]);
                case "--warm-up" -> warmUpAssets = Long.parseLong(args[++i]);
                case "--query-clients" -> queryClients = Integer.parseInt(args[++i]);
                case "--query-requests" -> queryRequests = Integer.parseInt(args[++i]);
                case "--server-jar" -> serverJar = Path.of(args[++i]);
                case "--sim-jar" -> simJar = Path.of(args[++i]);
                case "--chart" -> chart = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--work" -> work = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("Unknown option " + args[i]);
            }
        }
        if (million && !sizes.contains(1_000_000L)) {
            sizes.add(1_000_000L);
        }
        sizes.sort(null);
    }

    private boolean chartOnly;
    private String chartNote;

    private void run() throws Exception {
        System.setProperty("java.awt.headless", "true");
        if (chartOnly) { // redraw the chart from <work>/points.csv (db,N,CIs/s,floor CIs/s per line)
            Files.createDirectories(work);
            report();
            return;
        }
        log("PostgreSQL emulated autovacuum: " + (analyzeEvery > 0 ? "ANALYZE every " + analyzeEvery + " s" : "off"));
        log("load average at start: " + loadAtStart + " ("
                + Runtime.getRuntime().availableProcessors() + " CPUs)");
        Files.createDirectories(work);
        // a private copy: other builds may replace platform-server/target/assetbridge.jar while this runs
        Path copy = work.resolve("assetbridge.jar").toAbsolutePath();
        Files.copy(serverJar, copy, StandardCopyOption.REPLACE_EXISTING);
        log("platform jar " + serverJar.toAbsolutePath() + " (" + Files.size(copy) + " bytes, modified "
                + Files.getLastModifiedTime(serverJar) + ") copied to " + copy);
        serverJar = copy;
        if (exportOnly) {
            for (long n : sizes) {
                String line = ExportOnly.run(serverJar, work, n);
                log(line);
                Files.writeString(out, line + System.lineSeparator());
            }
            return;
        }
        long largestPg = sizes.get(sizes.size() - 1);
        for (long n : sizes) {
            for (String db : dbs) {
                boolean latencyHere = db.equals("postgresql") && n == largestPg && (million || queryLatency);
                one(db, n, latencyHere);
                report();
            }
        }
        report();
        log("done; results in " + out.toAbsolutePath());
    }

    private void one(String db, long n, boolean latencyHere) throws Exception {
        boolean pg = db.equals("postgresql");
        Path dir = work.resolve(db + "-" + n).toAbsolutePath();
        deleteTree(dir);
        Files.createDirectories(dir.resolve("data"));
        Files.createDirectories(dir.resolve("plugins"));
        long clients = Math.max(40, n / 200);
        long licences = Math.max(200, n / 100);
        log("== " + db + " N=" + n + " (clients " + clients + ", licences " + licences + ") in " + dir);
        try (var sim = startSimulator(dir.resolve("simulator.log"), n, clients, licences, null)) {
            int simPort = simPortOf(sim);
            long simPid = sim.pid();
            if (n <= 100_000) {
                FetchFloor.measure(simPort); // warm the simulator (and this JVM) once
            }
            var fetch = FetchFloor.measure(simPort);
            log(String.format(
                    "fetch floor: %.2f s, %d requests (+1 token), %d rows",
                    fetch.seconds(), fetch.requests(), fetch.rows()));

            if (pg) {
                Db.recreatePgDatabase();
            }
            String xmx = n >= 1_000_000 ? "512m" : "256m";
            int port = Procs.freePort();
            var cmd = Procs.list(Procs.java(), "-Xmx" + xmx, "-Xlog:gc:file=" + dir.resolve("gc.log"));
            if (jfr) {
                cmd.add("-XX:StartFlightRecording=filename=" + dir.resolve("server.jfr") + ",settings=" + jfc()
                        + ",dumponexit=true");
            }
            cmd.addAll(List.of("-jar", serverJar.toAbsolutePath().toString(), "--port", Integer.toString(port)));
            Map<String, String> env = new HashMap<>();
            env.put("ASSETBRIDGE_DATA_DIR", dir.resolve("data").toString());
            env.put("ASSETBRIDGE_PLUGINS_DIR", dir.resolve("plugins").toString());
            env.put("ASSETBRIDGE_ADMIN_PASSWORD", "bench");
            if (pg) {
                env.put("ASSETBRIDGE_DB_URL", Db.PG_BENCH_URL);
                env.put("ASSETBRIDGE_DB_USER", Db.PG_USER);
                env.put("ASSETBRIDGE_DB_PASSWORD", "trust-auth-ignores-it");
            }
            String base = "http://127.0.0.1:" + port;
            Row row;
            long integrationId;
            try (var server = Procs.start(cmd, env, dir.resolve("server.log"), null, null, Duration.ZERO);
                    var analyzer = pg ? Db.analyzeEvery(analyzeEvery) : Db.noAnalyzer()) {
                Instant t0 = Instant.now();
                Api.awaitReady(base, Duration.ofMinutes(4), server);
                log("platform pid " + server.pid() + " ready in "
                        + Duration.between(t0, Instant.now()).toSeconds() + " s");
                long warmUp = warmUpAssets >= 0 ? warmUpAssets : Math.min(n, 100_000);
                if (warmUp > 0) {
                    warmUp(dir, base, server.pid(), warmUp);
                }
                long integration = Api.createIntegration(base, "Bench " + db + " " + n, simPort, null, null);
                integrationId = integration;
                Api.simResetCounters(simPort);
                long before = pg ? Db.pgRowsWrittenSettled() : 0;

                double[] cpuBefore = Procs.cpuSeconds(server.pid(), simPid);
                Api.Synced synced = Api.timedSync(base, integration, Duration.ofHours(3));
                String cpu = Procs.cpuBetween(cpuBefore, Procs.cpuSeconds(server.pid(), simPid), synced.wallSeconds());
                JsonObject run = synced.run();
                String status = run.getString("status");
                double seconds = synced.wallSeconds();
                double engineSeconds = Api.seconds(run);
                long cis = run.getJsonObject("counts").getJsonNumber("fetched").longValue();
                long requests = run.getJsonNumber("requests").longValue();
                log(String.format(
                        "sync %s in %.2f s wall (run's startedAt→finishedAt %.2f s): %d CIs, %d requests; counts %s",
                        status, seconds, engineSeconds, cis, requests, run.getJsonObject("countsByType")));
                log("sync " + cpu);
                cpuLines.add(String.format("%s, N = %,d: sync %s", db, n, cpu));
                if (!status.equals("succeeded")) {
                    log("run failed: " + run.get("failure"));
                }
                JsonObject counters = Api.simCounters(simPort);
                double rss = Procs.rssHighWaterMb(server.pid());
                double heap = Procs.heapAfterGcMb(server.pid());
                long[] peaks = Procs.gcLogPeaks(dir.resolve("gc.log"));
                long written = pg ? Db.pgRowsWrittenSettled() - before : Api.applicationRowsWritten(run);
                log(String.format(
                        "rows written %d; heap after GC %.1f MB; RSS high-water %.1f MB; GC-log peak %d MB before / %d MB after GC",
                        written, heap, rss, peaks[0], peaks[1]));

                // unchanged re-sync
                long before2 = pg ? Db.pgRowsWrittenCounter() : 0;
                double[] cpuBefore2 = Procs.cpuSeconds(server.pid(), simPid);
                Api.Capped resynced = Api.cappedSync(base, integration, Duration.ofSeconds(resyncCap));
                String cpu2 =
                        Procs.cpuBetween(cpuBefore2, Procs.cpuSeconds(server.pid(), simPid), resynced.wallSeconds());
                log("re-sync " + cpu2);
                cpuLines.add(String.format("%s, N = %,d: unchanged re-sync %s", db, n, cpu2));
                JsonObject again = resynced.run();
                double resync = resynced.wallSeconds();
                if (resynced.cancelled()) {
                    log(String.format(
                            "unchanged re-sync cancelled after the %d s cap (progress %s)",
                            resyncCap, again.get("progress")));
                }
                double resyncEngine = Api.seconds(again);
                long resyncRows = pg ? Db.pgRowsWrittenSettled() - before2 : Api.applicationRowsWritten(again);
                long unchanged =
                        again.getJsonObject("counts").getJsonNumber("unchanged").longValue();
                log(String.format(
                        "unchanged re-sync %s in %.2f s wall (run's startedAt→finishedAt %.2f s), rows written %d (unchanged %d)",
                        again.getString("status"), resync, resyncEngine, resyncRows, unchanged));
                if (!again.getString("status").equals("succeeded")) {
                    log("re-sync failed: " + again.get("failure"));
                }

                Map<String, Long> perEndpoint = new HashMap<>();
                counters.getJsonObject("requests_per_endpoint")
                        .forEach((k, v) -> perEndpoint.put(k, ((JsonNumber) v).longValue()));
                row = new Row(
                        db,
                        n,
                        cis,
                        seconds,
                        requests,
                        fetch.requests() + 1,
                        counters.getJsonNumber("total_requests").longValue(),
                        counters.getJsonNumber("token_requests").longValue(),
                        perEndpoint,
                        written,
                        fetch.seconds(),
                        fetch.requests(),
                        0,
                        0,
                        heap,
                        rss,
                        peaks[0],
                        peaks[1],
                        xmx,
                        resync,
                        resyncRows,
                        unchanged,
                        status,
                        engineSeconds,
                        resyncEngine,
                        resynced.cancelled());

                if (rateLimited && rateLimitedLine == null) {
                    rateLimitedRun(dir, base);
                }
                if (latencyHere) {
                    queryLatency(base, db, n);
                }
                if (export) {
                    String line = ExportBench.measure(base, dir.resolve("gc.log"), server.pid(), db, n);
                    log(line);
                    queryLines.add(line);
                }
            }
            // the insert floor, with the platform stopped: the same rows into the same database
            Db.InsertResult insert;
            if (pg) {
                try (var source = Db.pg();
                        var target = Db.pg()) {
                    insert = Db.insertFloor(source, target, integrationId);
                }
            } else {
                try (var source = Db.h2(dir.resolve("data"));
                        var target = Db.h2(dir.resolve("data"))) {
                    insert = Db.insertFloor(source, target, integrationId);
                }
            }
            log(String.format("insert floor: %.2f s for %d rows", insert.seconds(), insert.rows()));
            rows.add(new Row(
                    row.db(),
                    row.n(),
                    row.cis(),
                    row.syncSeconds(),
                    row.requests(),
                    row.minRequests(),
                    row.simRequests(),
                    row.simTokens(),
                    row.perEndpoint(),
                    row.rowsWritten(),
                    row.fetchSeconds(),
                    row.fetchRequests(),
                    insert.seconds(),
                    insert.rows(),
                    row.heapMb(),
                    row.rssMb(),
                    row.peakBeforeGcMb(),
                    row.peakAfterGcMb(),
                    row.xmx(),
                    row.resyncSeconds(),
                    row.resyncRows(),
                    row.resyncUnchanged(),
                    row.status(),
                    row.engineSeconds(),
                    row.resyncEngineSeconds(),
                    row.resyncCancelled()));
        } finally {
            if (pg) {
                Db.dropPgDatabase();
            }
            deleteTree(dir.resolve("data"));
        }
    }

    /**
     * One sync of a separate integration against its own small simulator, then the integration is
     * deleted: the JIT compiles the platform's sync path before the measured sync, as the fetch floor
     * is measured after a warm-up pass. The cold figure is logged and reported on its own line.
     */
    private void warmUp(Path dir, String base, long platformPid, long warmUpAssets) throws Exception {
        try (var sim = startSimulator(
                dir.resolve("simulator-warm-up.log"),
                warmUpAssets,
                Math.max(40, warmUpAssets / 200),
                Math.max(200, warmUpAssets / 100),
                null)) {
            long integration = Api.createIntegration(base, "Warm-up", simPortOf(sim), null, null);
            double[] cpuBefore = Procs.cpuSeconds(platformPid, sim.pid());
            Api.Synced synced = Api.timedSync(base, integration, Duration.ofMinutes(30));
            String cpu = Procs.cpuBetween(cpuBefore, Procs.cpuSeconds(platformPid, sim.pid()), synced.wallSeconds());
            long cis = synced.run()
                    .getJsonObject("counts")
                    .getJsonNumber("fetched")
                    .longValue();
            String line = String.format(
                    "cold platform: the warm-up sync of %,d assets (%,d CIs), the first after start, took %.1f s"
                            + " (%,.0f CIs/s), %s; its integration was then deleted",
                    warmUpAssets, cis, synced.wallSeconds(), cis / synced.wallSeconds(), cpu);
            log(line);
            warmUpLines.add(dir.getFileName() + ": " + line);
            Api.delete(base + "/api/integrations/" + integration);
        }
    }

    private final List<String> warmUpLines = new ArrayList<>();

    private Procs.Child startSimulator(Path log, long assets, long clients, long licences, int[] rateLimit)
            throws Exception {
        var cmd = Procs.list(
                Procs.java(),
                "-Xmx256m",
                "-jar",
                simJar.toAbsolutePath().toString(),
                "--port",
                "0",
                "--assets",
                Long.toString(assets),
                "--clients",
                Long.toString(clients),
                "--licences",
                Long.toString(licences));
        if (rateLimit != null) {
            cmd.addAll(List.of(
                    "--rate-limit", Integer.toString(rateLimit[0]), "--window", Integer.toString(rateLimit[1])));
        }
        String[] port = new String[1];
        var child = Procs.start(cmd, Map.of(), log, SIM_READY, port, Duration.ofMinutes(3));
        simPorts.put(child, Integer.parseInt(port[0]));
        return child;
    }

    private final Map<Procs.Child, Integer> simPorts = new HashMap<>();

    private int simPortOf(Procs.Child sim) {
        return simPorts.get(sim);
    }

    /** A sync against a simulator limited to 60 requests per rolling 10 s, with the connector's budget at 54. */
    private void rateLimitedRun(Path dir, String base) throws Exception {
        final int SIM_LIMIT = simLimit;
        final int WINDOW = window;
        final int BUDGET = simLimit * 9 / 10; // the connector's budget at 90 % of the limit
        long clients = 40;
        try (var sim = startSimulator(
                dir.resolve("simulator-rate-limited.log"), rateLimitAssets, clients, 200, new int[] {SIM_LIMIT, WINDOW
                })) {
            int simPort = simPortOf(sim);
            long integration = Api.createIntegration(base, "Bench rate-limited", simPort, BUDGET, WINDOW);
            Api.simResetCounters(simPort);
            Api.Synced synced = Api.timedSync(base, integration, Duration.ofHours(1));
            JsonObject run = synced.run();
            double seconds = synced.wallSeconds();
            if (!run.getString("status").equals("succeeded")) {
                log("rate-limited run failed: " + run.get("failure"));
            }
            JsonObject counters = Api.simCounters(simPort);
            long total = counters.getJsonNumber("total_requests").longValue();
            long limited = counters.getJsonNumber("rate_limited").longValue();
            long served = total - limited;
            long minimum = ((served - 1) / BUDGET) * WINDOW;
            rateLimitedLine = String.format(
                    "**rate-limited run:** simulator at %d requests per rolling %d s, connector budget %d per %d s,"
                            + " N = %,d assets (%s): %.1f s for R = %d requests (%d token) against the minimum floor((R−1)/b)·W"
                            + " = floor(%d/%d)·%d = %d s → **%s**; 429s received: **%d**",
                    SIM_LIMIT,
                    WINDOW,
                    BUDGET,
                    WINDOW,
                    rateLimitAssets,
                    run.getString("status"),
                    seconds,
                    served,
                    counters.getJsonNumber("token_requests").longValue(),
                    served - 1,
                    BUDGET,
                    WINDOW,
                    minimum,
                    minimum == 0 ? "n/a" : ratio(seconds / minimum),
                    limited);
            log(rateLimitedLine);
        }
    }

    private void queryLatency(String base, String db, long n) throws Exception {
        long total =
                Api.getObject(base + "/api/cis?size=1").getJsonNumber("total").longValue();
        var plain = QueryLatency.measure(base, queryClients, queryRequests, null, total);
        var terms = QueryLatency.searchTerms(base, total, 20, new Random(42));
        var withQ = QueryLatency.measure(base, queryClients, queryRequests, terms, total);
        String where = String.format("%s, %,d CIs (N = %,d)", db, total, n);
        queryLines.add(String.format(
                "**query latency** (%s) `GET /api/cis?size=50&page=<random>` under %d concurrent clients:"
                        + " p50 **%.0f ms**, p95 **%.0f ms**, max %.0f ms (%d samples, %d failures)",
                where, plain.clients(), plain.p50(), plain.p95(), plain.max(), plain.samples(), plain.failures()));
        queryLines.add(String.format(
                "**query latency** (%s) `GET /api/cis?size=50&page=<random within the result>&q=<term>` (20 terms:"
                        + " substrings of stored names and serials) under %d concurrent clients: p50 **%.0f ms**, p95 **%.0f ms**,"
                        + " max %.0f ms (%d samples, %d failures)",
                where, withQ.clients(), withQ.p50(), withQ.p95(), withQ.max(), withQ.samples(), withQ.failures()));
        queryLines.forEach(Bench::log);
    }

    // ---- output ----

    private void report() throws Exception {
        var md = new StringBuilder();
        md.append(
                "| db | N | sync s | CIs/s | requests | rows written | sync/(fetch+insert) | sync/max(fetch,insert) | heap after GC MB | RSS MB |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(Row::db).reversed().thenComparing(Row::n));
        for (Row r : sorted) {
            md.append(String.format(
                    "| %s | %,d | %.1f | %,.0f | %,d | %,d | %s | %s | %.1f | %.0f |%n",
                    r.db(),
                    r.n(),
                    r.syncSeconds(),
                    r.cis() / r.syncSeconds(),
                    r.requests(),
                    r.rowsWritten(),
                    ratio(r.syncSeconds() / (r.fetchSeconds() + r.insertSeconds())),
                    ratio(r.syncSeconds() / Math.max(r.fetchSeconds(), r.insertSeconds())),
                    r.heapMb(),
                    r.rssMb()));
        }
        md.append('\n');
        for (Row r : sorted) {
            md.append(String.format(
                    "- **floors** (%s, N = %,d, %,d CIs): fetch %.2f s (%,d API requests + 1 token), insert %.2f s (%,d rows);"
                            + " sync %s in %.1f s wall from Connect now to finishedAt, of which the run's own startedAt→finishedAt"
                            + " (missing marking included) is %.1f s (the rest is queueing); platform -Xmx%s%n",
                    r.db(),
                    r.n(),
                    r.cis(),
                    r.fetchSeconds(),
                    r.fetchRequests(),
                    r.insertSeconds(),
                    r.insertRows(),
                    r.status(),
                    r.syncSeconds(),
                    r.engineSeconds(),
                    r.xmx()));
        }
        for (Row r : sorted) {
            md.append(String.format(
                    "- **requests** (%s, N = %,d): the run counted %,d; the simulator saw %,d (%,d token) %s;"
                            + " paging minimum %,d + token → %s%n",
                    r.db(),
                    r.n(),
                    r.requests(),
                    r.simRequests(),
                    r.simTokens(),
                    new TreeMap<>(r.perEndpoint()),
                    r.fetchRequests(),
                    r.simRequests() - r.simTokens() == r.fetchRequests()
                            ? "exactly the minimum"
                            : (r.simRequests() - r.simTokens() - r.fetchRequests()) + " above the minimum"));
        }
        for (Row r : sorted) {
            md.append(String.format(
                    "- **unchanged re-sync** (%s, N = %,d): %s%.1f s wall (run's own %.1f s), **%,d rows written** (%,d CIs unchanged)%s%n",
                    r.db(),
                    r.n(),
                    r.resyncCancelled() ? "NOT finished — cancelled at the cap, stopped after " : "",
                    r.resyncSeconds(),
                    r.resyncEngineSeconds(),
                    r.resyncRows(),
                    r.resyncUnchanged(),
                    r.db().equals("h2")
                            ? " — application counter (created + updated + missing + retired)"
                            : " — pg_stat_user_tables"));
        }
        if (rateLimitedLine != null) {
            md.append("- ").append(rateLimitedLine).append('\n');
        }
        for (Row r : sorted) {
            if (r.n() >= 100_000) {
                md.append(String.format(
                        "- **memory** (%s, N = %,d, -Xmx%s): %s; heap after GC %.1f MB, highest heap before a GC %d MB"
                                + " and after a GC %d MB (GC log), RSS high-water %.0f MB%n",
                        r.db(),
                        r.n(),
                        r.xmx(),
                        r.status().equals("succeeded") ? "completed" : "did NOT complete (" + r.status() + ")",
                        r.heapMb(),
                        r.peakBeforeGcMb(),
                        r.peakAfterGcMb(),
                        r.rssMb()));
            }
        }
        for (String q : queryLines) {
            md.append("- ").append(q).append('\n');
        }
        for (String w : warmUpLines) {
            md.append("- **warm-up** (").append(w).append(")\n");
        }
        for (String c : cpuLines) {
            md.append("- **CPU** (").append(c).append(")\n");
        }
        md.append(String.format(
                "- PostgreSQL statistics: this machine's cluster runs with autovacuum=off; %s%n",
                analyzeEvery > 0
                        ? "the bench ran ANALYZE on the bench database every " + analyzeEvery
                                + " s during the PostgreSQL runs (as autovacuum would)"
                        : "the bench did not analyze (--analyze-every 0): the planner sees the tables as empty"));
        md.append(String.format(
                "- load average (1/5/15 min, runnable/total, last pid): at start %s, at end %s%n",
                loadAtStart, Procs.loadAverage()));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, md.toString());
        System.out.println();
        System.out.println(md);
        // chart points: this process's rows merged with earlier invocations' (bench/target/runs/points.csv; same db and
        // N: newest wins)
        Path csv = work.resolve("points.csv");
        var merged = new TreeMap<String, Chart.Point>();
        if (Files.exists(csv)) {
            for (String line : Files.readAllLines(csv)) {
                String[] f = line.split(",");
                merged.put(
                        f[0] + "/" + f[1],
                        new Chart.Point(
                                f[0], Long.parseLong(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3])));
            }
        }
        for (Row r : rows) {
            merged.put(
                    r.db() + "/" + r.n(),
                    new Chart.Point(
                            r.db(),
                            r.n(),
                            r.cis() / r.syncSeconds(),
                            r.cis() / (r.fetchSeconds() + r.insertSeconds())));
        }
        var csvText = new StringBuilder();
        merged.values()
                .forEach(p -> csvText.append(p.db())
                        .append(',')
                        .append(p.n())
                        .append(',')
                        .append(p.cisPerSecond())
                        .append(',')
                        .append(p.floorPerSecond())
                        .append('\n'));
        Files.writeString(csv, csvText);
        if (!merged.isEmpty()) {
            var points = new ArrayList<>(merged.values());
            Chart.write(
                    points,
                    chart,
                    chartNote != null
                            ? chartNote
                            : "2-core shared machine, JDK " + Runtime.version().feature()
                                    + ", simulator and platform as separate processes; load average at start "
                                    + loadAtStart.split(" ")[0]);
        }
    }

    /** JDK's profile settings with every socket read and write recorded (threshold 0), to see round trips. */
    private Path jfc() throws Exception {
        Path target = work.resolve("bench.jfc").toAbsolutePath();
        String profile = Files.readString(Path.of(System.getProperty("java.home"), "lib", "jfr", "profile.jfc"));
        profile = profile.replaceAll(
                "(?s)(<event name=\"jdk.Socket(Read|Write)\">.*?<setting name=\"threshold\"[^>]*>)[^<]*(</setting>)",
                "$10 ms$3");
        Files.writeString(target, profile);
        return target;
    }

    static String ratio(double r) {
        return String.format("%.2f×", r);
    }

    static void log(String message) {
        System.out.println("[bench " + LocalTime.now().withNano(0) + "] " + message);
    }

    private static void deleteTree(Path dir) throws Exception {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
