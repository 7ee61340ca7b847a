package io.assetbridge.connector.connectwise.client;

import io.assetbridge.spi.ConnectorContext;
import io.assetbridge.spi.OutboundRefusedException;
import io.assetbridge.spi.OutboundRequest;
import io.assetbridge.spi.OutboundResponse;
import io.assetbridge.spi.RateBudget;
import io.assetbridge.spi.RequestMeter.HttpCall;
import io.assetbridge.spi.WaitReason;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Sends one logical request through the platform's outbound connections ({@link ConnectorContext#http()}, so
 * its outbound policy applies): checks cancellation, takes a slot from the shared rate budget, sends, meters, and
 * repeats it after a 429 (waiting Retry-After, or a growing wait), a 5xx or an I/O failure. Every wait goes
 * through the context's sleeper. What it returns is a final answer for the caller to judge.
 */
final class Runner {

    private static final int SERVER_RETRIES = 4;
    private static final Duration RATE_LIMIT_GIVE_UP = Duration.ofMinutes(15);

    private final ConnectorContext context;
    private final RateBudget budget;
    private final Duration window;
    private final URI site;

    Runner(ConnectorContext context, RateBudget budget, Duration window, URI site) {
        this.context = context;
        this.budget = budget;
        this.window = window;
        this.site = site;
    }

    /**
     * @param endpoint the path template for the meter, e.g. {@code /company/configurations}; never a secret
     * @param what     what is read, for messages
     */
    Answer send(OutboundRequest request, String endpoint, String what) {
        int serverRetries = 0;
        int rateLimitRetries = 0;
        Duration waited = Duration.ZERO;
        while (true) {
            if (context.cancellation().isCancelled()) {
                throw CwFailures.cancelled(null);
            }
            acquire();
            long started = System.nanoTime();
            Answer answer;
            try {
                answer = read(context.http().send(request));
            } catch (OutboundRefusedException refused) {
                record(endpoint, 0, started);
                throw CwFailures.refusedByPolicy(site, refused);
            } catch (IOException e) {
                record(endpoint, 0, started);
                Duration wait = backoff(Duration.ofSeconds(1), ++serverRetries, Duration.ofSeconds(30));
                if (context.firstContact() || serverRetries > SERVER_RETRIES) {
                    throw CwFailures.unreachable(site, e, context.firstContact(), retryAt(wait));
                }
                sleep(wait, WaitReason.RETRY);
                continue;
            }
            record(endpoint, answer.status(), started);
            if (answer.status() == 429) {
                Instant now = context.clock().instant();
                int retry = ++rateLimitRetries;
                Duration wait = RetryAfter.parse(answer.retryAfter(), now)
                        .orElseGet(() -> backoff(min(Duration.ofSeconds(30), window), retry, window));
                budget.pauseUntil(now.plus(wait));
                waited = waited.plus(wait);
                if (waited.compareTo(RATE_LIMIT_GIVE_UP) > 0) {
                    throw CwFailures.rateLimited(what, now.plus(wait));
                }
                sleep(wait, WaitReason.RATE_LIMITED);
                continue;
            }
            if (answer.status() >= 500) {
                Duration wait = backoff(Duration.ofSeconds(1), ++serverRetries, Duration.ofSeconds(30));
                if (serverRetries > SERVER_RETRIES) {
                    throw CwFailures.serverError(what, answer, retryAt(wait));
                }
                sleep(wait, WaitReason.RETRY);
                continue;
            }
            return answer;
        }
    }

    private static Answer read(OutboundResponse response) {
        var links = response.headers().get("Link");
        return new Answer(
                response.status(),
                response.header("Content-Type").orElse(null),
                links == null ? null : String.join(", ", links),
                response.header("Retry-After").orElse(null),
                new String(response.body(), StandardCharsets.UTF_8));
    }

    private void record(String endpoint, int status, long startedNanos) {
        Duration elapsed = Duration.ofNanos(Math.max(0, System.nanoTime() - startedNanos));
        context.meter().record(new HttpCall(HttpCall.Kind.API, "GET", endpoint, status, elapsed));
    }

    private void acquire() {
        try {
            budget.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw CwFailures.cancelled(e);
        }
    }

    private void sleep(Duration wait, WaitReason reason) {
        try {
            context.sleeper().sleep(wait, reason);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw CwFailures.cancelled(e);
        }
    }

    private Instant retryAt(Duration wait) {
        return context.clock().instant().plus(wait);
    }

    /** first × 2^(retry-1), at most {@code max}, plus up to a quarter of jitter. */
    private static Duration backoff(Duration first, int retry, Duration max) {
        Duration wait = min(first.multipliedBy(1L << Math.min(retry - 1, 16)), max);
        return wait.plusMillis(
                (long) (wait.toMillis() * 0.25 * ThreadLocalRandom.current().nextDouble()));
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
