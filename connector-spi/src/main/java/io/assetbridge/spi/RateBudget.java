package io.assetbridge.spi;

import java.time.Instant;

/**
 * A client-side pacing budget: at most N requests in any rolling window, shared by every session
 * pointing at the same source instance. Owned by the platform; thread-safe.
 *
 * @since 0.1
 */
public interface RateBudget {

    /**
     * Takes one request from the budget, waiting through the context's sleeper until the rolling
     * window allows it. Call it immediately before every HTTP request, token requests included.
     *
     * @throws InterruptedException when the wait is interrupted or the work cancelled
     *
     * @since 0.1
     */
    void acquire() throws InterruptedException;

    /**
     * Tells every user of the budget that the source refused requests until {@code until} (a 429);
     * {@link #acquire()} waits at least that long.
     *
     * @since 0.1
     */
    void pauseUntil(Instant until);
}
