package io.assetbridge.spi;

/**
 * Why a connector waits, so the platform can show the wait on the run while it lasts.
 *
 * @since 0.1
 */
public enum WaitReason {
    /**
     * The client-side pacing budget has no request left in its rolling window.
     *
     * @since 0.1
     */
    RATE_BUDGET,
    /**
     * The source answered 429 (rate limit reached) and the connector waits it out.
     *
     * @since 0.1
     */
    RATE_LIMITED,
    /**
     * A failed request (5xx, I/O) is repeated after a backoff.
     *
     * @since 0.1
     */
    RETRY
}
