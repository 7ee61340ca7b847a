package io.assetbridge.spi;

/**
 * Whether a record is active at its source. Missing and retired are the platform's own statuses.
 *
 * @since 0.1
 */
public enum SourceStatus {
    /**
     * @since 0.1
     */
    ACTIVE,
    /**
     * @since 0.1
     */
    INACTIVE
}
