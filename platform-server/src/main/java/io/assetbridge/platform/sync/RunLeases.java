package io.assetbridge.platform.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The runs this node executes, and how long a lease on one lasts. A node renews its leases on a
 * heartbeat; when it dies they expire and another node (or this one after a restart) resumes the run
 * from its last checkpoint. {@code assetbridge.sync.lease-seconds} (default 90) trades the delay
 * before a dead node's run is taken over against heartbeat traffic.
 */
@ApplicationScoped
public class RunLeases {

    private final Map<Long, RunCancellation> executing = new ConcurrentHashMap<>();
    private final Map<Long, LiveRun> live = new ConcurrentHashMap<>();
    private Duration duration = Duration.ofSeconds(90);

    @Inject
    public RunLeases(@ConfigProperty(name = "assetbridge.sync.lease-seconds", defaultValue = "90") long seconds) {
        this.duration = Duration.ofSeconds(Math.max(3, seconds));
    }

    /** Required by CDI for the client proxy of a normal-scoped bean. */
    protected RunLeases() {}

    public Duration duration() {
        return duration;
    }

    /** How often leases are renewed: well inside their duration. */
    public Duration heartbeat() {
        return duration.dividedBy(3);
    }

    void executing(long runId, RunCancellation cancellation, LiveRun shown) {
        executing.put(runId, cancellation);
        live.put(runId, shown);
    }

    /** What each run this node executes shows between commits. */
    Map<Long, LiveRun> live() {
        return Map.copyOf(live);
    }

    /** Passes a cancel request to the run when this node executes it. */
    void cancel(long runId) {
        var cancellation = executing.get(runId);
        if (cancellation != null) {
            cancellation.cancel();
        }
    }

    void finished(long runId) {
        executing.remove(runId);
        live.remove(runId);
    }

    List<Long> current() {
        return List.copyOf(executing.keySet());
    }
}
