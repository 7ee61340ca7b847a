package io.assetbridge.spi;

import java.util.Locale;

/**
 * The class of a configuration item.
 *
 * @since 0.1
 */
public enum CiClass {
    /**
     * @since 0.1
     */
    HARDWARE,
    /**
     * @since 0.1
     */
    SOFTWARE;

    /**
     * @since 0.1
     */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
