package io.assetbridge.platform.sync;

import java.util.Locale;

/** What started a run. */
public enum RunTrigger {
    MANUAL,
    SCHEDULED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
