package io.assetbridge.spi.support;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The shared state of a rate budget: at most {@code limit} requests in any rolling {@code window},
 * plus a pause everyone honours after the source answered 429. Thread-safe. It never waits itself:
 * {@link #tryAcquire} says how long the caller should wait, so each caller waits through its own
 * (cancellable) sleeper without holding a lock.
 *
 * @since 0.1
 */
public final class RollingWindowLimiter {

    private final int limit;
    private final Duration window;
    private final Deque<Instant> granted = new ArrayDeque<>();
    private Instant pausedUntil = Instant.MIN;

    /**
     * @since 0.1
     */
    public RollingWindowLimiter(int limit, Duration window) {
        if (limit < 1) {
            throw new IllegalArgumentException("a rate budget allows at least one request, got " + limit);
        }
        if (window == null || window.isZero() || window.isNegative()) {
            throw new IllegalArgumentException("a rate budget window must be positive");
        }
        this.limit = limit;
        this.window = window;
    }

    /**
     * @since 0.1
     */
    public int limit() {
        return limit;
    }

    /**
     * @since 0.1
     */
    public Duration window() {
        return window;
    }

    /**
     * Grants one request at {@code now} and returns {@link Duration#ZERO}, or grants nothing and
     * returns how long to wait before asking again.
     *
     * @since 0.1
     */
    public synchronized Duration tryAcquire(Instant now) {
        if (now.isBefore(pausedUntil)) {
            return Duration.between(now, pausedUntil);
        }
        Instant windowStart = now.minus(window);
        while (!granted.isEmpty() && !granted.peekFirst().isAfter(windowStart)) {
            granted.pollFirst();
        }
        if (granted.size() < limit) {
            granted.addLast(now);
            return Duration.ZERO;
        }
        return Duration.between(windowStart, granted.peekFirst());
    }

    /**
     * No request is granted before {@code until}; an earlier pause is never shortened.
     *
     * @since 0.1
     */
    public synchronized void pauseUntil(Instant until) {
        if (until.isAfter(pausedUntil)) {
            pausedUntil = until;
        }
    }
}
