package io.assetbridge.spi;

/**
 * A customer (Halo: client) that CIs and sites belong to.
 *
 * @param sourceId the source id
 * @param name     display name; never blank (a nameless customer is named after its id)
 * @param active   false when inactive at the source
 *
 * @since 0.1
 */
public record CustomerRecord(String sourceId, String name, boolean active) implements CanonicalRecord {
    /**
     * @since 0.1
     */
    public CustomerRecord {
        sourceId = Values.requireText(sourceId, "sourceId");
        name = name == null || name.isBlank() ? "Customer " + sourceId : name;
    }
}
