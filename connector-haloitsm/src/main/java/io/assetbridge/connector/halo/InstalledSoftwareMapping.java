package io.assetbridge.connector.halo;

import io.assetbridge.spi.CiClass;
import io.assetbridge.spi.ConfigurationItem;
import jakarta.json.JsonObject;
import java.util.Set;

/**
 * One application installed on an asset ({@code /AssetSoftware} row, with the asset's customer and site
 * added by the reader) as a software CI.
 */
final class InstalledSoftwareMapping {

    private static final Set<String> MAPPED =
            Set.of("id", "name", "licence_name", "manufacturer", "publisher", "vendor", "client_id", "site_id");

    private InstalledSoftwareMapping() {}

    static ConfigurationItem map(String sourceId, JsonObject row) {
        var ci = ConfigurationItem.builder(sourceId, CiClass.SOFTWARE)
                .name(JsonFields.text(row, "name")
                        .or(() -> JsonFields.text(row, "licence_name"))
                        .orElse(null))
                .typeName("Installed software")
                .manufacturer(JsonFields.text(row, "manufacturer")
                        .or(() -> JsonFields.text(row, "publisher"))
                        .or(() -> JsonFields.text(row, "vendor"))
                        .orElse(null))
                .customerSourceId(JsonFields.id(row, "client_id").orElse(null))
                .siteSourceId(JsonFields.id(row, "site_id").orElse(null));
        Attributes.addTo(row, MAPPED, ci::attribute);
        return ci.build();
    }
}
