package io.assetbridge.platform.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A simulator as a separate process ({@code java -jar halo-simulator.jar …} or
 * {@code connectwise-simulator.jar}), driven over its {@code /_sim/} control endpoints, as the sync tests
 * use it.
 */
public final class SimulatorProcess implements AutoCloseable {

    private static final Pattern READY = Pattern.compile("(?:Halo|ConnectWise) simulator ready on port (\\d+)");

    private final Process process;
    private final int port;
    private final Http control;

    private SimulatorProcess(Process process, int port) {
        this.process = process;
        this.port = port;
        this.control = new Http("http://127.0.0.1:" + port);
    }

    /** The Halo simulator. */
    public static SimulatorProcess start(String... flags) {
        return launch("halo-simulator.jar", flags);
    }

    /** The ConnectWise simulator; {@link #site()} is the connector's {@code site}. */
    public static SimulatorProcess connectWise(String... flags) {
        return launch("connectwise-simulator.jar", flags);
    }

    private static SimulatorProcess launch(String jar, String... flags) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-jar",
                Deployments.itArtifact(jar).toString(),
                "--port",
                "0"));
        command.addAll(List.of(flags));
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            var out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            String line;
            while (Instant.now().isBefore(deadline) && (line = out.readLine()) != null) {
                var ready = READY.matcher(line);
                if (ready.find()) {
                    drain(out);
                    return new SimulatorProcess(process, Integer.parseInt(ready.group(1)));
                }
            }
            process.destroyForcibly();
            throw new IllegalStateException(jar + " did not report ready");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps reading the simulator's output so it never blocks on a full pipe. */
    private static void drain(BufferedReader out) {
        var drainer = new Thread(
                () -> {
                    try {
                        while (out.readLine() != null) {
                            // discarded
                        }
                    } catch (IOException closed) {
                        // the process ended
                    }
                },
                "simulator-output");
        drainer.setDaemon(true);
        drainer.start();
    }

    public String site() {
        return "http://127.0.0.1:" + port;
    }

    public String resourceServerUrl() {
        return "http://127.0.0.1:" + port + "/api";
    }

    public String authorisationServerUrl() {
        return "http://127.0.0.1:" + port + "/auth";
    }

    /**
     * A {@code POST /api/integrations} body for a Halo integration of this simulator with {@code secret},
     * its budget far above what a test spends (the default would make later syncs wait).
     */
    public String integrationBody(String name, String secret) {
        return integrationBody(name, secret, Map.of());
    }

    /**
     * A Halo integration's body pointing at this simulator; {@code settings} (numbers or text) are added to
     * its configuration over a budget far above any test's syncs (the default, shared by every integration of
     * the simulator's host, would make them wait).
     */
    public String integrationBody(String name, String secret, Map<String, ?> settings) {
        var config = Json.createObjectBuilder()
                .add("resource-server-url", resourceServerUrl())
                .add("authorisation-server-url", authorisationServerUrl())
                .add("tenant", "assetbridge")
                .add("client-id", "assetbridge-client")
                .add("client-secret", secret);
        var merged = new HashMap<String, Object>(Map.of("rate-limit-requests", 100_000));
        merged.putAll(settings);
        merged.forEach((k, v) -> config.add(
                k, v instanceof Number n ? Json.createValue(n.longValue()) : Json.createValue(v.toString())));
        return Json.createObjectBuilder()
                .add("name", name)
                .add("connector", "haloitsm")
                .add("config", config)
                .build()
                .toString();
    }

    public JsonObject summary() {
        return control.get("/_sim/summary").json();
    }

    public JsonObject counters() {
        return control.get("/_sim/counters").json();
    }

    public void resetCounters() {
        control.post("/_sim/counters/reset", "");
    }

    /** A ConnectWise configuration as the API shows it. */
    public JsonObject configuration(int id) {
        return control.get("/_sim/configurations/" + id).json();
    }

    public JsonObject asset(int id) {
        return control.get("/_sim/assets/" + id).json();
    }

    /** {@code POST /_sim/mutate?op=…}; the query is given without the leading {@code ?}. */
    public JsonObject mutate(String query) {
        var reply = control.post("/_sim/mutate?" + query, "");
        if (reply.status() != 200) {
            throw new IllegalStateException("mutation " + query + " failed: " + reply);
        }
        return reply.json();
    }

    public void faults(String query) {
        control.post("/_sim/faults?" + query, "");
    }

    public void revokeTokens() {
        control.post("/_sim/revoke-tokens", "");
    }

    public void settings(String query) {
        control.post("/_sim/settings?" + query, "");
    }

    @Override
    public void close() {
        process.destroy();
    }
}
