package io.assetbridge.platform.sync;

import io.assetbridge.platform.connector.PlatformConnectorContext;
import io.assetbridge.platform.inventory.write.RunWriteCache;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;

/** What a run carries while it executes, on the run's thread. */
final class RunState {
    final long runId;
    final long integrationId;
    final LiveRun live;
    final RunCancellation cancellation;
    final RunWriteCache writeCache = new RunWriteCache();
    /** Resource types whose mapping failures the run already warned about. */
    final Set<String> mappingWarned = new HashSet<>();

    /** A preview's samples; null when the run is not a preview. */
    final PreviewSamples preview;

    RunCounts counts;
    RunProgress progress;
    PlatformConnectorContext context;

    RunState(SyncRun run, Clock clock, RunStore store) {
        this.runId = run.id();
        this.integrationId = run.integrationId();
        this.live = new LiveRun(run.requests(), run.rateLimited(), clock);
        this.counts = run.counts();
        this.preview = run.mode() == RunMode.PREVIEW ? new PreviewSamples() : null;
        this.cancellation = new RunCancellation(run.id(), store::cancelRequested, clock);
    }

    RunCost cost() {
        return live.cost();
    }

    void throwIfCancelled() {
        if (cancellation.checkNow()) {
            throw new RunCancelledException();
        }
    }
}
