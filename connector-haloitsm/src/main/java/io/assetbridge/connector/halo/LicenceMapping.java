package io.assetbridge.connector.halo;

import io.assetbridge.spi.CiClass;
import io.assetbridge.spi.ConfigurationItem;
import io.assetbridge.spi.SourceStatus;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Set;

/**
 * A Halo software licence ({@code /SoftwareLicence}) as a software CI. The licence term goes to the
 * warranty dates (the CI's coverage period) and the seat count to the {@code seats} attribute.
 */
final class LicenceMapping {

    private static final Set<String> MAPPED = Set.of(
            "id",
            "name",
            "manufacturer",
            "vendor",
            "client_id",
            "client_name",
            "site_id",
            "site_name",
            "start_date",
            "end_date",
            "is_active",
            "inactive",
            "deleted",
            "count",
            "configuration_items");

    private LicenceMapping() {}

    static ConfigurationItem map(String sourceId, JsonObject row) {
        boolean inactive = JsonFields.flag(row, "inactive")
                || JsonFields.flag(row, "deleted")
                || row.get("is_active") == JsonValue.FALSE;
        var ci = ConfigurationItem.builder(sourceId, CiClass.SOFTWARE)
                .name(JsonFields.text(row, "name").orElse(null))
                .typeName("Software licence")
                .status(inactive ? SourceStatus.INACTIVE : SourceStatus.ACTIVE)
                .manufacturer(JsonFields.text(row, "manufacturer")
                        .or(() -> JsonFields.text(row, "vendor"))
                        .orElse(null))
                .customerSourceId(JsonFields.id(row, "client_id").orElse(null))
                .siteSourceId(JsonFields.id(row, "site_id").orElse(null))
                .warrantyStart(JsonFields.date(row, "start_date").orElse(null))
                .warrantyEnd(JsonFields.date(row, "end_date").orElse(null));
        JsonFields.text(row, "count").ifPresent(seats -> ci.attribute("seats", seats));
        JsonFields.text(row, "vendor").ifPresent(vendor -> ci.attribute("vendor", vendor));
        Attributes.addTo(row, MAPPED, ci::attribute);
        return ci.build();
    }
}
