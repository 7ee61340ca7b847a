package io.assetbridge.halosim.data;

import java.util.List;

/**
 * A Halo asset type ("Xtype"). {@code manufacturers} and {@code models} feed the generated assets
 * of this type; the key-field names say which values appear as {@code key_field..key_field3}.
 */
public record AssetTypeInfo(
        int id,
        String name,
        int assetGroupId,
        String assetGroupName,
        String tagPrefix,
        List<String> manufacturers,
        List<String> models,
        double weight) {}
