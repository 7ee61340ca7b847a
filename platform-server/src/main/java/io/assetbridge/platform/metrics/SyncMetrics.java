package io.assetbridge.platform.metrics;

import io.assetbridge.platform.sync.Counts;
import io.assetbridge.platform.sync.RunCounts;
import io.assetbridge.platform.sync.RunObserver;
import io.assetbridge.platform.sync.RunRef;
import io.assetbridge.platform.sync.SyncRun;
import io.assetbridge.spi.RequestMeter.HttpCall;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Counts what the runs executing on this node do: their outcomes and durations, the records they read
 * and write, their calls to the source and their waits. Counters are per node; sum them over nodes.
 */
@ApplicationScoped
public class SyncMetrics implements RunObserver {

    private final MetricRegistry registry;
    private final StateGauges state;

    @Inject
    public SyncMetrics(MetricRegistry registry, StateGauges state) {
        this.registry = registry;
        this.state = state;
    }

    /** Required by CDI for the client proxy of a normal-scoped bean. */
    protected SyncMetrics() {
        this(null, null);
    }

    @Override
    public void pageCommitted(RunRef run, RunCounts before, RunCounts after) {
        long read = 0;
        long written = 0;
        for (var entry : after.byType().entrySet()) {
            Counts now = entry.getValue();
            Counts was = before.byType().get(entry.getKey());
            read += now.fetched() - (was == null ? 0 : was.fetched());
            written += now.created() + now.updated() - (was == null ? 0 : was.created() + was.updated());
        }
        if (read > 0) {
            registry.counter(MetricNames.RECORDS_READ, MetricNames.tags(run)).inc(read);
        }
        if (written > 0) {
            registry.counter(MetricNames.RECORDS_WRITTEN, MetricNames.tags(run)).inc(written);
        }
    }

    @Override
    public void requested(RunRef run, HttpCall call) {
        registry.counter(MetricNames.SOURCE_REQUESTS, MetricNames.tags(run, "status", statusClass(call.status())))
                .inc();
        if (call.status() == 429) {
            registry.counter(MetricNames.SOURCE_RATE_LIMITED, MetricNames.tags(run))
                    .inc();
        }
    }

    /** {@code 2xx} … {@code 5xx}, or {@code none} when no response arrived. */
    static String statusClass(int status) {
        return status >= 100 && status < 600 ? (status / 100) + "xx" : "none";
    }

    @Override
    public void waited(RunRef run, String reason, Duration waited) {
        registry.timer(MetricNames.WAIT, MetricNames.tags(run, "reason", reason))
                .update(waited);
    }

    @Override
    public void ended(RunRef run, SyncRun ended) {
        registry.counter(
                        MetricNames.RUNS,
                        MetricNames.tags(run, "outcome", ended.status().wireName()))
                .inc();
        if (ended.startedAt() != null && ended.finishedAt() != null) {
            registry.timer(MetricNames.RUN_DURATION, MetricNames.tags(run))
                    .update(Duration.between(ended.startedAt(), ended.finishedAt()));
        }
        state.refreshSoon();
    }
}
