package io.assetbridge.spi;

/**
 * An asset type (Laptop, Server…); the sync settings classify types as hardware or software.
 *
 * @param sourceId  the source id
 * @param name      display name; never blank
 * @param groupName the type's group at the source, or null
 *
 * @since 0.1
 */
public record AssetTypeRecord(String sourceId, String name, String groupName) implements CanonicalRecord {
    /**
     * @since 0.1
     */
    public AssetTypeRecord {
        sourceId = Values.requireText(sourceId, "sourceId");
        name = name == null || name.isBlank() ? "Type " + sourceId : name;
    }
}
