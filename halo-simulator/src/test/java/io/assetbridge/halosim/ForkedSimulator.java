package io.assetbridge.halosim;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs {@link Main} in its own JVM, as the demo and out-of-process tests do, and reads the port
 * from the "ready" line. Uses this JVM's class path, so it works before the jar is packaged.
 */
final class ForkedSimulator implements AutoCloseable {

    private static final Pattern READY = Pattern.compile("Halo simulator ready on port (\\d+)");

    private final Process process;
    private final List<String> banner = new ArrayList<>();
    private final int port;

    ForkedSimulator(List<String> jvmOptions, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(Main.class.getName());
        cmd.addAll(List.of(args));
        process = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        int found = -1;
        String line;
        while (found < 0 && (line = out.readLine()) != null) {
            banner.add(line);
            Matcher m = READY.matcher(line);
            if (m.matches()) {
                found = Integer.parseInt(m.group(1));
            }
        }
        if (found < 0) {
            process.destroyForcibly();
            throw new IllegalStateException("The simulator did not start:\n" + String.join("\n", banner));
        }
        port = found;
        // Keep draining output so the child never blocks on a full pipe.
        Thread drain = new Thread(
                () -> {
                    try {
                        while (out.readLine() != null) {
                            // discard
                        }
                    } catch (IOException ignored) {
                        // the process ended
                    }
                },
                "forked-simulator-output");
        drain.setDaemon(true);
        drain.start();
    }

    int port() {
        return port;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    List<String> banner() {
        return banner;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
