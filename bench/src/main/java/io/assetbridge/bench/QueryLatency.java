package io.assetbridge.bench;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * GET /api/cis?size=50&page=… latency under concurrent clients: random pages over the whole result,
 * without q, and with q terms taken from stored names and serial numbers (random pages of their results).
 */
final class QueryLatency {

    record Result(int clients, int samples, double p50, double p95, double max, long total, int failures) {}

    private QueryLatency() {}

    /** Substrings of names and serials seen on random pages: realistic search terms. */
    static List<String> searchTerms(String base, long total, int count, Random random) throws Exception {
        List<String> terms = new ArrayList<>();
        while (terms.size() < count) {
            long page = (long) (random.nextDouble() * Math.max(1, total / 50));
            JsonObject body = Api.getObject(base + "/api/cis?size=50&page=" + page);
            var items = body.getJsonArray("items");
            if (items.isEmpty()) {
                continue;
            }
            JsonObject item = items.getJsonObject(random.nextInt(items.size()));
            String source = terms.size() % 2 == 0 || item.isNull("serialNumber")
                    ? item.getString("name")
                    : item.getString("serialNumber");
            if (source.length() < 4) {
                continue;
            }
            int from = random.nextInt(source.length() - 3);
            String term = source.substring(from, from + Math.min(source.length() - from, 4 + random.nextInt(3)))
                    .trim();
            if (term.length() >= 3) {
                terms.add(term);
            }
        }
        return terms;
    }

    static Result measure(String base, int clients, int perClient, List<String> terms, long total) throws Exception {
        // the number of pages of each term's result, so random pages stay inside it
        List<Long> termPages = new ArrayList<>();
        for (String term : terms == null ? List.<String>of() : terms) {
            long t = Api.getObject(
                            base + "/api/cis?size=50&page=0&q=" + URLEncoder.encode(term, StandardCharsets.UTF_8))
                    .getJsonNumber("total")
                    .longValue();
            termPages.add(Math.max(1, (t + 49) / 50));
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Double> samples = Collections.synchronizedList(new ArrayList<>());
        int[] failures = new int[1];
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                long seed = 1000 + c;
                done.add(pool.submit(() -> {
                    Random random = new Random(seed);
                    for (int i = 0; i < perClient + 3; i++) {
                        String url;
                        if (terms == null) {
                            long page = (long) (random.nextDouble() * Math.max(1, (total + 49) / 50));
                            url = base + "/api/cis?size=50&page=" + page;
                        } else {
                            int k = random.nextInt(terms.size());
                            long page = (long) (random.nextDouble() * termPages.get(k));
                            url = base + "/api/cis?size=50&page=" + page + "&q="
                                    + URLEncoder.encode(terms.get(k), StandardCharsets.UTF_8);
                        }
                        long start = System.nanoTime();
                        var r = Api.get(url);
                        double ms = (System.nanoTime() - start) / 1e6;
                        if (r.statusCode() != 200) {
                            synchronized (failures) {
                                failures[0]++;
                            }
                        } else if (i >= 3) { // the first three per client warm up
                            samples.add(ms);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        List<Double> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        return new Result(
                clients,
                sorted.size(),
                percentile(sorted, 50),
                percentile(sorted, 95),
                sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() - 1),
                total,
                failures[0]);
    }

    private static double percentile(List<Double> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
