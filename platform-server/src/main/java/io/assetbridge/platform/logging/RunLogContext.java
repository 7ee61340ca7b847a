package io.assetbridge.platform.logging;

import io.assetbridge.platform.sync.RunObserver;
import io.assetbridge.platform.sync.RunRef;
import io.assetbridge.platform.sync.SyncRun;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Which run the current thread executes, for the JSON log: set when a run starts on its thread and
 * cleared when it ends (both are told on the run's own thread). Logs each run's end.
 */
@ApplicationScoped
public class RunLogContext implements RunObserver {

    private static final Logger LOG = Logger.getLogger(RunLogContext.class.getName());
    private static final ThreadLocal<RunRef> CURRENT = new ThreadLocal<>();

    @Override
    public void started(RunRef run) {
        CURRENT.set(run);
    }

    /** Logs the end on the run's thread (so a JSON line carries its ids), then forgets the run. */
    @Override
    public void ended(RunRef run, SyncRun ended) {
        LOG.info(() -> "Sync run " + run.runId() + " of integration " + run.integrationId() + " ended: "
                + ended.status().wireName()
                + (ended.failureKind() == null
                        ? ""
                        : " (" + ended.failureKind().name().toLowerCase(Locale.ROOT) + ")"));
        CURRENT.remove();
    }

    /** The run this thread executes, if any. */
    static Optional<RunRef> current() {
        return Optional.ofNullable(CURRENT.get());
    }
}
