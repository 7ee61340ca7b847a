package io.assetbridge.spi;

/**
 * One record as the source returned it.
 *
 * @param resourceType the resource type id it was read as
 * @param sourceId     its stable id in the source system, unique within the resource type
 * @param payload      the connector's own representation (a JSON object, say); opaque to the
 *                     platform, handed back to {@link Connector#mapToCI}
 *
 * @since 0.1
 */
public record SourceRecord(String resourceType, String sourceId, Object payload) {
    /**
     * @since 0.1
     */
    public SourceRecord {
        resourceType = Values.requireText(resourceType, "resourceType");
        sourceId = Values.requireText(sourceId, "sourceId");
        Values.require(payload != null, "payload must not be null");
    }
}
