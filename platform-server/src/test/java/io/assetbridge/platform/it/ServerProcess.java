package io.assetbridge.platform.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The packaged {@code assetbridge.jar} as a separate process, started the way an operator starts it:
 * {@code java -jar assetbridge.jar --port N} with {@code ASSETBRIDGE_*} environment variables. Used
 * for what Arquillian cannot show: restarts, kills, and the uber jar itself.
 */
public final class ServerProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;
    private final Duration startup;

    private ServerProcess(Process process, int port, Path log, Duration startup) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.startup = startup;
    }

    /** Starts the server and waits until {@code /health/ready} answers 200 (at most 3 minutes). */
    public static ServerProcess start(Map<String, String> env, Path log, String... javaOptions) {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(javaOptions));
        command.addAll(List.of(
                "-jar",
                Path.of(System.getProperty("it.target", "target"), "assetbridge.jar")
                        .toString(),
                "--port",
                String.valueOf(port)));
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(k -> k.startsWith("ASSETBRIDGE_"));
        environment.putAll(env);
        Instant begin = Instant.now();
        try {
            Files.createDirectories(log.getParent());
            var server = new ServerProcess(builder.start(), port, log, Duration.ZERO);
            server.awaitReady(Duration.ofMinutes(3));
            return new ServerProcess(server.process, port, log, Duration.between(begin, Instant.now()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Map<String, String> env(String... keyValues) {
        var map = new HashMap<String, String>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put(keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    /**
     * The environment of a server on the PostgreSQL database {@code dbUrl} (as this build's user) with its data
     * and plugins directories under {@code root}, the admin password {@code admin}, and {@code extra}
     * name-value pairs.
     */
    public static Map<String, String> onDatabase(String dbUrl, Path root, String admin, String... extra) {
        var map = env(
                "ASSETBRIDGE_DB_URL",
                dbUrl,
                "ASSETBRIDGE_DB_USER",
                System.getenv("ASSETBRIDGE_DB_USER"),
                "ASSETBRIDGE_DB_PASSWORD",
                "unused",
                "ASSETBRIDGE_DATA_DIR",
                root.resolve("data").toString(),
                "ASSETBRIDGE_PLUGINS_DIR",
                root.resolve("plugins").toString(),
                "ASSETBRIDGE_ADMIN_PASSWORD",
                admin);
        map.putAll(env(extra));
        return map;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public long pid() {
        return process.pid();
    }

    public int port() {
        return port;
    }

    public Duration startup() {
        return startup;
    }

    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the server the way an operator does (SIGTERM) and waits for it. */
    public void stop() {
        process.destroy();
        waitForExit();
    }

    /** Kills the server without warning (SIGKILL), as a crash would. */
    public void kill() {
        process.destroyForcibly();
        waitForExit();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            stop();
        }
    }

    private void waitForExit() {
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitReady(Duration timeout) {
        var client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        // Payara holds a request that arrives while the application deploys; a client that gave up on it
        // early would make the server log a write to a closed connection, with its stack trace.
        var ready = HttpRequest.newBuilder(URI.create(baseUrl() + "/health/ready"))
                .timeout(timeout)
                .build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server exited during start-up; its log:\n" + log());
            }
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleepQuietly();
        }
        process.destroyForcibly();
        throw new IllegalStateException("The server was not ready within " + timeout + "; its log:\n" + log());
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
