package io.assetbridge.platform.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

/** Starting sync runs over the API and waiting for them, shared by every sync test. */
public final class Runs {

    private Runs() {}

    /** Presses Connect now and returns the run id (asserting the 202). */
    public static long start(Http http, long integration) {
        var started = http.post("/api/integrations/" + integration + "/syncs", "");
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        return started.json().getJsonNumber("id").longValue();
    }

    /** Starts a sync asking for {@code mode} ({@code full} or {@code incremental}) and returns the run id. */
    public static long start(Http http, long integration, String mode) {
        var started = http.post("/api/integrations/" + integration + "/syncs?mode=" + mode, "");
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        assertThat(started.json().getString("mode")).isIn("full", "incremental");
        return started.json().getJsonNumber("id").longValue();
    }

    /** Connect now, then the run once it has ended. */
    public static JsonObject syncAndWait(Http http, long integration) {
        return awaitEnd(http, start(http, integration));
    }

    /** The run once it is neither queued nor running (at most 5 minutes). */
    public static JsonObject awaitEnd(Http http, long runId) {
        return await(
                http,
                runId,
                r -> !r.getString("status").equals("queued")
                        && !r.getString("status").equals("running"),
                Duration.ofMinutes(5));
    }

    /** Polls the run until {@code condition} holds; a server that is restarting is polled again. */
    public static JsonObject await(Http http, long runId, Predicate<JsonObject> condition, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        JsonObject last = null;
        while (Instant.now().isBefore(deadline)) {
            try {
                last = http.get("/api/syncs/" + runId).json();
                if (condition.test(last)) {
                    return last;
                }
            } catch (RuntimeException serverRestarting) {
                // not answering yet
            }
            sleep(200);
        }
        throw new AssertionError("run " + runId + " never reached the expected state; last seen " + last);
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
