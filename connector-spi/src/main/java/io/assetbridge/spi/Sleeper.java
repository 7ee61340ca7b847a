package io.assetbridge.spi;

import java.time.Duration;

/**
 * Waits on behalf of a connector; the platform's implementation is cancellable and fast in tests.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface Sleeper {

    /**
     * Waits for {@code duration} (returns at once when it is zero or negative).
     *
     * @throws InterruptedException when the thread is interrupted or the work is cancelled
     *
     * @since 0.1
     */
    void sleep(Duration duration) throws InterruptedException;

    /**
     * Waits for {@code duration}, saying why, so the platform can show the wait while it lasts. A sleeper
     * that does not care about reasons just waits.
     *
     * @throws InterruptedException when the thread is interrupted or the work is cancelled
     * @since 0.1
     */
    default void sleep(Duration duration, WaitReason reason) throws InterruptedException {
        sleep(duration);
    }
}
