package io.assetbridge.halosim.faults;

import java.util.ArrayDeque;

/**
 * A rolling-window limit as hosted Halo applies it: at most {@code limit} requests in any
 * {@code window}. Refused requests do not use up budget, so a client that backs off recovers once
 * old requests leave the window.
 */
final class RateLimiter {

    private final int limit;
    private final long windowMillis;
    private final ArrayDeque<Long> admitted = new ArrayDeque<>();

    RateLimiter(int limit, long windowMillis) {
        this.limit = limit;
        this.windowMillis = windowMillis;
    }

    int limit() {
        return limit;
    }

    long windowMillis() {
        return windowMillis;
    }

    /** Admits a request at {@code now}; returns -1 if admitted, else millis until a slot frees up. */
    synchronized long tryAcquire(long now) {
        while (!admitted.isEmpty() && admitted.peekFirst() <= now - windowMillis) {
            admitted.pollFirst();
        }
        if (admitted.size() < limit) {
            admitted.addLast(now);
            return -1;
        }
        return admitted.peekFirst() + windowMillis - now;
    }

    /** Halo's 429 text, with the configured numbers. */
    String message() {
        long seconds = windowMillis / 1000;
        String window = seconds % 60 == 0 ? (seconds / 60) + " minute" : seconds + " second";
        return "Rate Limit Reached - " + limit + " Requests per rolling " + window + " window";
    }
}
