package io.assetbridge.spi;

import java.util.Locale;

/** The class of a configuration item. */
public enum CiClass {
    HARDWARE,
    SOFTWARE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
