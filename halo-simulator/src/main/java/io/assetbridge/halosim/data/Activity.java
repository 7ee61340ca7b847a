package io.assetbridge.halosim.data;

/** Which rows a list shows, from Halo's {@code includeactive} / {@code includeinactive} flags. */
public enum Activity {
    ACTIVE,
    INACTIVE,
    BOTH,
    NONE;

    /** Halo's default is active rows only; inactive rows must be asked for explicitly. */
    public static Activity of(boolean includeActive, boolean includeInactive) {
        if (includeActive) {
            return includeInactive ? BOTH : ACTIVE;
        }
        return includeInactive ? INACTIVE : NONE;
    }

    public boolean admits(boolean inactive) {
        return switch (this) {
            case ACTIVE -> !inactive;
            case INACTIVE -> inactive;
            case BOTH -> true;
            case NONE -> false;
        };
    }
}
