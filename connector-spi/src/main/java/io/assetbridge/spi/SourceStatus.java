package io.assetbridge.spi;

/** Whether a record is active at its source. Missing and retired are the platform's own statuses. */
public enum SourceStatus {
    ACTIVE,
    INACTIVE
}
