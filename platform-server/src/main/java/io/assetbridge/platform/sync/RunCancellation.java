package io.assetbridge.platform.sync;

import io.assetbridge.spi.Cancellation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.LongPredicate;

/**
 * Whether a run was cancelled, as the connector and the engine's waits see it: signalled at once when
 * the cancel request reaches the node executing the run, otherwise the database flag (set by a cancel
 * request on any node), read at most every two seconds so polling stays cheap.
 */
final class RunCancellation implements Cancellation {

    private static final Duration REFRESH = Duration.ofSeconds(2);

    private final long runId;
    private final LongPredicate flagInDatabase;
    private final Clock clock;
    private volatile boolean cancelled;
    private volatile Instant checkedAt = Instant.MIN;

    RunCancellation(long runId, LongPredicate flagInDatabase, Clock clock) {
        this.runId = runId;
        this.flagInDatabase = flagInDatabase;
        this.clock = clock;
    }

    @Override
    public boolean isCancelled() {
        Instant now = clock.instant();
        if (!cancelled && Duration.between(checkedAt, now).compareTo(REFRESH) >= 0) {
            checkedAt = now;
            cancelled = flagInDatabase.test(runId);
        }
        return cancelled;
    }

    /** The cancel request reached this node: no need to wait for the next read of the flag. */
    void cancel() {
        cancelled = true;
    }

    /** Reads the flag now, for the checks before a run starts and before it succeeds. */
    boolean checkNow() {
        checkedAt = Instant.MIN;
        return isCancelled();
    }
}
