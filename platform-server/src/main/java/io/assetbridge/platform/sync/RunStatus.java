package io.assetbridge.platform.sync;

import java.util.Locale;

/** Where a run is in its life. Queued and running are active: at most one per integration. */
public enum RunStatus {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED,
    CANCELLED;

    public boolean active() {
        return this == QUEUED || this == RUNNING;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
