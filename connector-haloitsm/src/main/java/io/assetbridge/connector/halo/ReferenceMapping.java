package io.assetbridge.connector.halo;

import io.assetbridge.spi.AssetTypeRecord;
import io.assetbridge.spi.CustomerRecord;
import io.assetbridge.spi.SiteRecord;
import jakarta.json.JsonObject;

/** Halo clients, sites and asset types as the platform's reference records. */
final class ReferenceMapping {

    private ReferenceMapping() {}

    static CustomerRecord customer(String sourceId, JsonObject row) {
        return new CustomerRecord(
                sourceId, JsonFields.text(row, "name").orElse(null), !JsonFields.flag(row, "inactive"));
    }

    /** A site's {@code client_id} may arrive as a decimal ({@code 12.0}); it is read as the id 12. */
    static SiteRecord site(String sourceId, JsonObject row) {
        return new SiteRecord(
                sourceId,
                JsonFields.text(row, "name").orElse(null),
                JsonFields.id(row, "client_id").orElse(null),
                !JsonFields.flag(row, "inactive"));
    }

    static AssetTypeRecord assetType(String sourceId, JsonObject row) {
        return new AssetTypeRecord(
                sourceId,
                JsonFields.text(row, "name").orElse(null),
                JsonFields.text(row, "assetgroup_name").orElse(null));
    }
}
