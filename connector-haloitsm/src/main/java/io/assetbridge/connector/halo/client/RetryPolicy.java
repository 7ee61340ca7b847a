package io.assetbridge.connector.halo.client;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How long to wait before repeating a request Halo refused for now, and when to give up.
 *
 * <p>Server errors and I/O failures get a few quick retries with exponential backoff and jitter. A 429
 * without {@code Retry-After} gets growing waits that start at {@code min(30 s, window)}: Halo's limit is a
 * rolling window, so a short retry loop only burns the budget again; waiting as long as the window (at most
 * doubling up to it) lets it drain. Both give up when the next wait would pass the bound, and report when a
 * retry makes sense.
 *
 * @param serverRetries      retries after a 5xx or an I/O failure
 * @param serverFirstWait    the first backoff after a 5xx or I/O failure; doubled each time
 * @param rateLimitFirstWait the first wait after a 429 without Retry-After; doubled each time
 * @param rateLimitMaxWait   the longest single wait after a 429 without Retry-After
 * @param rateLimitGiveUp    the total time one request may spend waiting on 429s
 */
public record RetryPolicy(
        int serverRetries,
        Duration serverFirstWait,
        Duration rateLimitFirstWait,
        Duration rateLimitMaxWait,
        Duration rateLimitGiveUp) {

    private static final Duration SERVER_MAX_WAIT = Duration.ofSeconds(30);

    /** The policy for a Halo instance whose rate limit window is {@code window}. */
    public static RetryPolicy forWindow(Duration window) {
        Duration first = min(Duration.ofSeconds(30), window);
        Duration max = window.compareTo(first) > 0 ? window : first;
        Duration giveUp = max(Duration.ofMinutes(15), window.multipliedBy(3));
        return new RetryPolicy(4, Duration.ofSeconds(1), first, max, giveUp);
    }

    /** The backoff before the {@code retry}-th retry (1-based) after a 5xx or I/O failure. */
    public Duration serverBackoff(int retry) {
        return withJitter(min(doubled(serverFirstWait, retry), SERVER_MAX_WAIT));
    }

    /** The wait before the {@code retry}-th retry (1-based) after a 429 that did not say how long. */
    public Duration rateLimitBackoff(int retry) {
        return withJitter(min(doubled(rateLimitFirstWait, retry), rateLimitMaxWait));
    }

    private static Duration doubled(Duration first, int retry) {
        return first.multipliedBy(1L << Math.min(Math.max(retry - 1, 0), 16));
    }

    /** Up to a quarter more, so sessions that failed together do not retry together. */
    private static Duration withJitter(Duration wait) {
        long extra =
                (long) (wait.toMillis() * 0.25 * ThreadLocalRandom.current().nextDouble());
        return wait.plusMillis(extra);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
