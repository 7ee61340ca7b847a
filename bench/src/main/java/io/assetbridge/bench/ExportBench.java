package io.assetbridge.bench;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CSV export of every CI ({@code GET /api/cis.csv}) timed end to end, with the server's heap while
 * it streamed: the highest occupancy any GC saw during the export (from the server's {@code -Xlog:gc}
 * file, lines appended meanwhile) and the heap after a full GC afterwards.
 */
final class ExportBench {

    private static final Pattern GC_LINE = Pattern.compile("(\\d+)M->(\\d+)M\\(\\d+M\\)");

    private ExportBench() {}

    /** One export's figures, as a sentence for the results. */
    static String measure(String base, Path gcLog, long serverPid, String db, long n) throws Exception {
        double heapBefore = Procs.heapAfterGcMb(serverPid); // a collected heap: the peak is the export's
        int gcLinesBefore = lines(gcLog).size();
        long start = System.nanoTime();
        long rows = 0;
        long bytes = 0;
        var request = HttpRequest.newBuilder(URI.create(base + "/api/cis.csv"))
                .header("Authorization", Api.AUTH)
                .timeout(Duration.ofHours(1))
                .GET()
                .build();
        HttpResponse<InputStream> response = Api.HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET /api/cis.csv answered " + response.statusCode());
        }
        try (InputStream body = response.body()) {
            byte[] buffer = new byte[64 * 1024];
            for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
                bytes += read;
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        rows++;
                    }
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long peakBefore = 0;
        long peakAfter = 0;
        var gc = lines(gcLog);
        for (String line : gc.subList(Math.min(gcLinesBefore, gc.size()), gc.size())) {
            Matcher m = GC_LINE.matcher(line);
            if (m.find()) {
                peakBefore = Math.max(peakBefore, Long.parseLong(m.group(1)));
                peakAfter = Math.max(peakAfter, Long.parseLong(m.group(2)));
            }
        }
        double heapAfter = Procs.heapAfterGcMb(serverPid);
        return String.format(
                "**CSV export** (%s, N = %,d) `GET /api/cis.csv`: %,d rows after the header (%.1f MB) in **%.1f s**"
                        + " (%,.0f rows/s); server heap during the export: at most **%d MB** before a GC, %d MB after"
                        + " (%d GCs); after a full GC %.1f MB before the export and %.1f MB once it ended",
                db,
                n,
                rows - 1,
                bytes / 1e6,
                seconds,
                (rows - 1) / seconds,
                peakBefore,
                peakAfter,
                gc.size() - gcLinesBefore,
                heapBefore,
                heapAfter);
    }

    private static List<String> lines(Path file) throws Exception {
        return Files.exists(file) ? Files.readAllLines(file) : List.of();
    }
}
