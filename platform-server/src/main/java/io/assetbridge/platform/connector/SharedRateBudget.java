package io.assetbridge.platform.connector;

import io.assetbridge.spi.RateBudget;
import io.assetbridge.spi.Sleeper;
import io.assetbridge.spi.WaitReason;
import java.time.Duration;
import java.time.Instant;

/** One caller's view of a budget in the database: waits with the caller's (cancellable) sleeper. */
final class SharedRateBudget implements RateBudget {

    private final SharedBudgets budgets;
    private final String name;
    private final int limit;
    private final Duration window;
    private final Sleeper sleeper;

    SharedRateBudget(SharedBudgets budgets, String name, int limit, Duration window, Sleeper sleeper) {
        this.budgets = budgets;
        this.name = name;
        this.limit = limit;
        this.window = window;
        this.sleeper = sleeper;
    }

    @Override
    public void acquire() throws InterruptedException {
        Duration wait;
        while (!(wait = budgets.tryAcquire(name, limit, window)).isZero()) {
            sleeper.sleep(wait, WaitReason.RATE_BUDGET);
        }
    }

    @Override
    public void pauseUntil(Instant until) {
        budgets.pauseUntil(name, until);
    }
}
