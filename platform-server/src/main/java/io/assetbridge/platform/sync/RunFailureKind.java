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

    /** A connector's kind; a connector that stopped for a cancellation the platform did not ask for was interrupted. */
    public static RunFailureKind of(FailureKind kind) {
        return kind == FailureKind.CANCELLED ? INTERRUPTED : valueOf(kind.name());
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
