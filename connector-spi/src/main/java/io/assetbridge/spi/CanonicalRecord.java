package io.assetbridge.spi;

/**
 * A source record in the platform's canonical form, as {@link Connector#mapToCI} returns it.
 * External identity is (integration, resource type, {@link #sourceId()}).
 */
public sealed interface CanonicalRecord permits ConfigurationItem, CustomerRecord, SiteRecord, AssetTypeRecord {

    /** The record's stable id in the source system. */
    String sourceId();
}
