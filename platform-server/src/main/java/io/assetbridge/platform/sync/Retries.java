package io.assetbridge.platform.sync;

import io.assetbridge.spi.ConnectorException;
import io.assetbridge.spi.FailureKind;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/** The engine's retries of connector calls: backoff or the source's Retry-After, shown on the run while it waits. */
final class Retries {

    private Retries() {}

    /** Calls {@code call}, retrying retriable connector failures with backoff, showing the wait on the run. */
    static <T> T retrying(SyncWorkers workers, RunState state, Supplier<T> call) throws InterruptedException {
        var policy = workers.retries();
        for (int attempt = 1; ; attempt++) {
            try {
                return call.get();
            } catch (ConnectorException e) {
                if (!e.kind().retriable() || attempt > policy.attempts() || state.cancellation.isCancelled()) {
                    throw state.cancellation.isCancelled() ? new RunCancelledException() : e;
                }
                Instant now = workers.time().clock().instant();
                int retry = attempt;
                Duration wait = e.retryAt()
                        .map(at -> Duration.between(now, at))
                        .filter(d -> !d.isNegative())
                        .orElseGet(() -> policy.backoff(retry));
                state.live.waiting(
                        now.plus(wait),
                        e.kind() == FailureKind.RATE_LIMITED ? "rate-limited" : "retry",
                        "Attempt " + attempt + " of " + (policy.attempts() + 1) + " failed: " + e.getMessage()
                                + " Trying again after a pause.");
                try {
                    workers.time().sleeper(state.cancellation).sleep(wait);
                } catch (InterruptedException cancelled) {
                    throw new RunCancelledException();
                } finally {
                    state.live.done();
                }
            }
        }
    }
}
