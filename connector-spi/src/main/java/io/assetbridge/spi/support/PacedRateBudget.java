package io.assetbridge.spi.support;

import io.assetbridge.spi.RateBudget;
import io.assetbridge.spi.Sleeper;
import io.assetbridge.spi.WaitReason;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * One caller's view of a shared {@link RollingWindowLimiter}: waits with the caller's clock and
 * sleeper, so a cancelled sync stops waiting while others sharing the budget go on.
 *
 * @since 0.1
 */
public final class PacedRateBudget implements RateBudget {

    private final RollingWindowLimiter limiter;
    private final Clock clock;
    private final Sleeper sleeper;

    /**
     * @since 0.1
     */
    public PacedRateBudget(RollingWindowLimiter limiter, Clock clock, Sleeper sleeper) {
        this.limiter = limiter;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /**
     * @since 0.1
     */
    @Override
    public void acquire() throws InterruptedException {
        Duration wait;
        while (!(wait = limiter.tryAcquire(clock.instant())).isZero()) {
            sleeper.sleep(wait, WaitReason.RATE_BUDGET);
        }
    }

    /**
     * @since 0.1
     */
    @Override
    public void pauseUntil(Instant until) {
        limiter.pauseUntil(until);
    }
}
