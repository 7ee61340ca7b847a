package io.assetbridge.halosim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Flat memory: a 1,000,000-asset simulator in a JVM capped at 64 MB serves all 10,000 pages, and
 * its heap after GC ends within 16 MB of where it started. Takes minutes, so it runs only with
 * {@code -Plarge}. Prints the measured numbers for the README.
 */
@Tag("large")
class MillionAssetMemoryTest {

    private static final int ASSETS = 1_000_000;
    private static final long MB = 1024 * 1024;

    @Test
    void allTenThousandPagesOfAMillionAssetsAreServedInSixtyFourMegabytesWithFlatHeap() throws Exception {
        try (ForkedSimulator sim = new ForkedSimulator(
                List.of("-Xmx64m"), "--port", "0", "--assets", Integer.toString(ASSETS), "--clients", "500")) {
            HaloTestClient client = new HaloTestClient(sim.baseUrl());
            long started = heapAfterGc(client);
            HaloTestClient.Response token = client.token(
                    "?tenant=assetbridge",
                    "grant_type",
                    "client_credentials",
                    "client_id",
                    "assetbridge-client",
                    "client_secret",
                    "s3cr3t-halo-simulator-demo",
                    "scope",
                    "all");
            client.useToken((String) token.json().get("access_token"));

            BitSet seen = new BitSet(ASSETS + 1);
            long bytes = 0;
            long t0 = System.nanoTime();
            long afterFirstPage = 0;
            long peakSampled = 0;
            for (int page = 1; page <= 10_000; page++) {
                HaloTestClient.Response r = client.get("/api/Asset?pageinate=true&page_size=100&order=id"
                        + "&includeinactive=true&includeactive=true&page_no=" + page);
                assertThat(r.status()).as("page %d", page).isEqualTo(200);
                bytes += r.bytes().length;
                int rows = markRowIds(r.body(), seen);
                assertThat(rows).as("rows on page %d", page).isEqualTo(100);
                if (page == 1) {
                    afterFirstPage = heapAfterGc(client);
                }
                if (page % 1000 == 0) {
                    peakSampled = Math.max(peakSampled, heapUsedNow(client));
                }
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            long ended = heapAfterGc(client);
            assertThat(seen.cardinality()).isEqualTo(ASSETS);

            System.out.printf(
                    "MILLION-ASSET RUN: heap after GC at start %.1f MB, after page 1 %.1f MB, after"
                            + " 10,000 pages %.1f MB (delta %+.1f MB); sampled in-run heap max %.1f MB;"
                            + " %.0f MB of JSON in %.0f s (%.0f pages/s)%n",
                    started / (double) MB,
                    afterFirstPage / (double) MB,
                    ended / (double) MB,
                    (ended - started) / (double) MB,
                    peakSampled / (double) MB,
                    bytes / (double) MB,
                    seconds,
                    10_000 / seconds);
            assertThat(ended - started).isLessThan(16 * MB);
        }
    }

    /** Counts rows by the start of each asset object and records their ids. */
    private static int markRowIds(String body, BitSet seen) {
        int rows = 0;
        int at = 0;
        String marker = "{\"id\":";
        while ((at = body.indexOf(marker, at)) >= 0) {
            int end = body.indexOf(',', at);
            if (body.startsWith("\"inventory_number\"", end + 1)) {
                int id = Integer.parseInt(body.substring(at + marker.length(), end));
                assertThat(seen.get(id)).as("asset %d served twice", id).isFalse();
                seen.set(id);
                rows++;
            }
            at = end;
        }
        return rows;
    }

    private static long heapAfterGc(HaloTestClient client) {
        Map<String, Object> m = client.get("/_sim/memory?gc=true").json();
        return ((Number) m.get("heap_used")).longValue();
    }

    private static long heapUsedNow(HaloTestClient client) {
        Map<String, Object> m = client.get("/_sim/memory").json();
        return ((Number) m.get("heap_used")).longValue();
    }
}
