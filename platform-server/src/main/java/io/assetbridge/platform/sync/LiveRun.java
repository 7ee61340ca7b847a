package io.assetbridge.platform.sync;

import io.assetbridge.platform.connector.CountingMeter;
import io.assetbridge.platform.connector.WaitDisplay;
import io.assetbridge.spi.RequestMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * What an executing run shows between page commits: its cost so far and the wait it is in, if any. The
 * supervisor's pulse writes it to the run every second, so {@code requests}, {@code rateLimited} and
 * {@code waitingUntil} move while a page is still being read or the run waits.
 */
final class LiveRun implements WaitDisplay {

    /** A wait in progress. */
    record Wait(Instant until, String waitingFor, String message, Instant since) {}

    private final long requestsBefore;
    private final long rateLimitedBefore;
    private final Clock clock;
    private final CountingMeter meter = new CountingMeter();
    private volatile Wait wait;
    private volatile RunRef ref;
    private volatile RunObservers observers;

    LiveRun(long requestsBefore, long rateLimitedBefore, Clock clock) {
        this.requestsBefore = requestsBefore;
        this.rateLimitedBefore = rateLimitedBefore;
        this.clock = clock;
    }

    /** From now on, requests and waits are reported to {@code observers} as {@code ref}'s. */
    void watch(RunRef ref, RunObservers observers) {
        this.ref = ref;
        this.observers = observers;
    }

    /** The run as observers know it, or null before it started. */
    RunRef ref() {
        return ref;
    }

    /** Counts the run's calls, and reports each to the observers once the run is watched. */
    RequestMeter meter() {
        return call -> {
            meter.record(call);
            var watching = observers;
            if (watching != null) {
                watching.requested(ref, call);
            }
        };
    }

    RunCost cost() {
        return new RunCost(requestsBefore + meter.total(), rateLimitedBefore + meter.rateLimited());
    }

    /** The wait in progress at {@code now}, or null (a wait that has just ended is not shown). */
    Wait currentWait(Instant now) {
        Wait current = wait;
        return current == null || !current.until().isAfter(now) ? null : current;
    }

    @Override
    public void waiting(Instant until, String waitingFor, String message) {
        wait = new Wait(until, waitingFor, message, clock.instant());
    }

    @Override
    public void done() {
        Wait ended = wait;
        wait = null;
        var watching = observers;
        if (ended != null && watching != null) {
            Instant now = clock.instant();
            Instant end = now.isBefore(ended.until()) ? now : ended.until();
            Duration waited = Duration.between(ended.since(), end);
            if (!waited.isNegative()) {
                watching.waited(ref, ended.waitingFor(), waited);
            }
        }
    }
}
