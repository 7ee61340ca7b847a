package io.assetbridge.platform.sync;

import io.assetbridge.platform.connector.CountingMeter;
import io.assetbridge.platform.connector.WaitDisplay;
import java.time.Instant;

/**
 * What an executing run shows between page commits: its cost so far and the wait it is in, if any. The
 * supervisor's pulse writes it to the run every second, so {@code requests}, {@code rateLimited} and
 * {@code waitingUntil} move while a page is still being read or the run waits.
 */
final class LiveRun implements WaitDisplay {

    /** A wait in progress. */
    record Wait(Instant until, String waitingFor, String message) {}

    private final long requestsBefore;
    private final long rateLimitedBefore;
    private final CountingMeter meter = new CountingMeter();
    private volatile Wait wait;

    LiveRun(long requestsBefore, long rateLimitedBefore) {
        this.requestsBefore = requestsBefore;
        this.rateLimitedBefore = rateLimitedBefore;
    }

    CountingMeter meter() {
        return meter;
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
        wait = new Wait(until, waitingFor, message);
    }

    @Override
    public void done() {
        wait = null;
    }
}
