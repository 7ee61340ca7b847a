package io.assetbridge.spi;

/**
 * A site (location) of a customer.
 *
 * @param sourceId         the source id
 * @param name             display name; never blank
 * @param customerSourceId the owning customer's source id, or null
 * @param active           false when inactive at the source
 *
 * @since 0.1
 */
public record SiteRecord(String sourceId, String name, String customerSourceId, boolean active)
        implements CanonicalRecord {
    /**
     * @since 0.1
     */
    public SiteRecord {
        sourceId = Values.requireText(sourceId, "sourceId");
        name = name == null || name.isBlank() ? "Site " + sourceId : name;
    }
}
