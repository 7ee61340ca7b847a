package io.assetbridge.spi;

import java.time.Instant;

/**
 * A client-side pacing budget: at most N requests in any rolling window, shared by every session
 * pointing at the same source instance. Owned by the platform; thread-safe.
 */
public interface RateBudget {

    /**
     * Takes one request from the budget, waiting through the context's sleeper until the rolling
     * window allows it. Call it immediately before every HTTP request, token requests included.
     *
     * @throws InterruptedException when the wait is interrupted or the work cancelled
     */
    void acquire() throws InterruptedException;

    /**
     * Tells every user of the budget that the source refused requests until {@code until} (a 429);
     * {@link #acquire()} waits at least that long.
     */
    void pauseUntil(Instant until);
}
