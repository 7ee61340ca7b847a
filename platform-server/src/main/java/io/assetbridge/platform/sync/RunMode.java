package io.assetbridge.platform.sync;

import io.assetbridge.platform.error.InvalidInputException;
import io.assetbridge.platform.error.Violation;
import java.util.List;
import java.util.Locale;

/**
 * How much a run reads. A full run reads every record and, when it completes, marks the CIs it did not
 * see missing; an incremental run reads the types that support it from their watermark and marks nothing; a
 * preview reads as a full run and writes nothing but itself.
 */
public enum RunMode {
    FULL,
    INCREMENTAL,
    /** Reads as a full run does, writes nothing to the inventory or history: counts and samples of what it would do. */
    PREVIEW;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The mode a {@code mode} query parameter asks for: full when absent.
     *
     * @throws InvalidInputException naming the parameter for anything else
     */
    public static RunMode requested(String raw) {
        if (raw == null) {
            return FULL;
        }
        for (RunMode mode : values()) {
            if (mode.wireName().equals(raw)) {
                return mode;
            }
        }
        throw new InvalidInputException(
                "The query parameter mode is not valid.",
                List.of(new Violation(
                        "mode",
                        "Must be full (read everything, then mark what is gone missing), incremental (read what"
                                + " changed since the last complete run) or preview (read as full, write nothing).")));
    }
}
