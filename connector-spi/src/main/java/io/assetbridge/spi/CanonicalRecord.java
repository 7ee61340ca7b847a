package io.assetbridge.spi;

/**
 * A source record in the platform's canonical form, as {@link Connector#mapToCI} returns it.
 * External identity is (integration, resource type, {@link #sourceId()}).
 *
 * @since 0.1
 */
public sealed interface CanonicalRecord permits ConfigurationItem, CustomerRecord, SiteRecord, AssetTypeRecord {

    /**
     * The record's stable id in the source system.
     *
     * @since 0.1
     */
    String sourceId();
}
