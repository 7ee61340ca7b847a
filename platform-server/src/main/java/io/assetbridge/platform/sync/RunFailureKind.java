package io.assetbridge.platform.sync;

import io.assetbridge.spi.FailureKind;
import java.util.Locale;

/** Why a run failed: the connector's kinds plus the platform's own. */
public enum RunFailureKind {
    CONFIGURATION,
    AUTHENTICATION,
    PERMISSION,
    RATE_LIMITED,
    TRANSIENT,
    DATA,
    INTERRUPTED,
    INTERNAL;

    public static RunFailureKind of(FailureKind kind) {
        return valueOf(kind.name());
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
