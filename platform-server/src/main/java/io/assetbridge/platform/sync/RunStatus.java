package io.assetbridge.platform.sync;

import java.util.List;
import java.util.Locale;

/**
 * Where a run is in its life, and where it may go from there: a node claims a queued run (running),
 * another node may take over a running one whose lease expired (running again), and an active run
 * ends once (succeeded, failed or cancelled). An ended run never changes. Queued and running are
 * active: at most one per integration.
 */
public enum RunStatus {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED,
    CANCELLED;

    /** The statuses of a run that is not over, in the order a run passes them. */
    public static final List<RunStatus> ACTIVE = List.of(QUEUED, RUNNING);

    public boolean active() {
        return ACTIVE.contains(this);
    }

    /** Whether a run in this status may move to {@code next}. */
    public boolean canBecome(RunStatus next) {
        return active() && (next == RUNNING || !next.active());
    }

    /** As the {@code sync_run.status} column holds it (bound as a parameter, never written into SQL). */
    String stored() {
        return name();
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
