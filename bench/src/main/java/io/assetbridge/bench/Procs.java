package io.assetbridge.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Child processes (simulator, platform), their logs and their memory figures. */
final class Procs {

    private Procs() {}

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static int freePort() throws IOException {
        try (var s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** A started child process whose output goes to a log file. */
    record Child(Process process, Path log) implements AutoCloseable {
        long pid() {
            return process.pid();
        }

        @Override
        public void close() {
            if (!process.isAlive()) {
                return;
            }
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    process.waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }

    /**
     * Starts {@code command}, copies its output into {@code log}, and returns once a line matches
     * {@code ready} (its first group is returned through {@code found[0]}), or fails after {@code timeout}.
     */
    static Child start(
            List<String> command, Map<String, String> env, Path log, Pattern ready, String[] found, Duration timeout)
            throws Exception {
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
        var child = new Child(process, log);
        var readyLine = new CompletableFuture<String>();
        Thread pump = new Thread(
                () -> {
                    try (var in = new BufferedReader(
                                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                            var out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true)) {
                        String line;
                        while ((line = in.readLine()) != null) {
                            out.println(line);
                            if (ready != null && !readyLine.isDone()) {
                                Matcher m = ready.matcher(line);
                                if (m.find()) {
                                    readyLine.complete(m.groupCount() > 0 ? m.group(1) : line);
                                }
                            }
                        }
                    } catch (IOException ignored) {
                        // the process ended
                    }
                    readyLine.complete(null);
                },
                "log-" + log.getFileName());
        pump.setDaemon(true);
        pump.start();
        if (ready != null) {
            String value;
            try {
                value = readyLine.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                child.close();
                throw new IllegalStateException("Not ready within " + timeout + ": " + command + " (log " + log + ")");
            }
            if (value == null) {
                throw new IllegalStateException("Exited before ready: " + command + " (log " + log + ")");
            }
            if (found != null) {
                found[0] = value;
            }
        }
        return child;
    }

    /** Runs a short command and returns its output. */
    static String run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(120, TimeUnit.SECONDS);
        return out;
    }

    private static final Pattern HEAP_USED = Pattern.compile("heap\\s+total (\\d+)K, used (\\d+)K");

    /** Heap used after a full GC, in MB, through jcmd GC.run then GC.heap_info. */
    static double heapAfterGcMb(long pid) throws Exception {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        run(List.of(jcmd, Long.toString(pid), "GC.run"));
        String info = run(List.of(jcmd, Long.toString(pid), "GC.heap_info"));
        Matcher m = HEAP_USED.matcher(info);
        if (!m.find()) {
            throw new IllegalStateException("Unexpected GC.heap_info output: " + info);
        }
        return Long.parseLong(m.group(2)) / 1024.0;
    }

    /** VmHWM (resident set high-water mark) in MB. */
    static double rssHighWaterMb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }

    private static final Pattern GC_LINE = Pattern.compile("(\\d+)M->(\\d+)M\\(\\d+M\\)");

    /** Highest heap occupancy before and after any GC in a -Xlog:gc file, in MB: {before, after}. */
    static long[] gcLogPeaks(Path gcLog) throws IOException {
        long before = 0;
        long after = 0;
        if (Files.exists(gcLog)) {
            for (String line : Files.readAllLines(gcLog)) {
                Matcher m = GC_LINE.matcher(line);
                if (m.find()) {
                    before = Math.max(before, Long.parseLong(m.group(1)));
                    after = Math.max(after, Long.parseLong(m.group(2)));
                }
            }
        }
        return new long[] {before, after};
    }

    /**
     * CPU seconds (user + system) used so far by the platform, the simulator, every PostgreSQL process,
     * and the whole machine (all CPUs, from /proc/stat): {platform, simulator, postgres, machine}.
     */
    static double[] cpuSeconds(long platformPid, long simulatorPid) {
        double platform = 0;
        double simulator = 0;
        double postgres = 0;
        try (var dirs = Files.list(Path.of("/proc"))) {
            for (Path dir : (Iterable<Path>) dirs::iterator) {
                String name = dir.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                try {
                    long pid = Long.parseLong(name);
                    String stat = Files.readString(dir.resolve("stat"));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    double seconds = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / (double) CLOCK_TICKS;
                    if (pid == platformPid) {
                        platform += seconds;
                    } else if (pid == simulatorPid) {
                        simulator += seconds;
                    } else if (Files.readString(dir.resolve("cmdline")).startsWith("postgres")) {
                        postgres += seconds;
                    }
                } catch (IOException | RuntimeException gone) {
                    // the process ended while we looked
                }
            }
            String[] cpu =
                    Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            double busy = 0;
            for (int i = 1; i < cpu.length; i++) {
                if (i != 4 && i != 5) { // all but idle and iowait
                    busy += Long.parseLong(cpu[i]);
                }
            }
            return new double[] {platform, simulator, postgres, busy / CLOCK_TICKS};
        } catch (IOException e) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
        }
    }

    /** USER_HZ: 100 on Linux on every architecture this runs on. */
    private static final long CLOCK_TICKS = 100;

    /** What {@link #cpuSeconds} measured between two readings, as a log line. */
    static String cpuBetween(double[] from, double[] to, double wallSeconds) {
        return String.format(
                "CPU during it: platform %.1f s, simulator %.1f s, PostgreSQL %.1f s; whole machine %.1f s"
                        + " of %.1f s available (%d CPUs × %.1f s wall)",
                to[0] - from[0],
                to[1] - from[1],
                to[2] - from[2],
                to[3] - from[3],
                wallSeconds * Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().availableProcessors(),
                wallSeconds);
    }

    static List<String> list(String... parts) {
        return new ArrayList<>(List.of(parts));
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "?";
        }
    }
}
