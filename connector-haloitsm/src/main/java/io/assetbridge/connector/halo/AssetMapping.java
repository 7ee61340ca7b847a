package io.assetbridge.connector.halo;

import io.assetbridge.spi.CiClass;
import io.assetbridge.spi.ConfigurationItem;
import io.assetbridge.spi.SourceStatus;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A Halo asset row (read with {@code includeassetfields=true}) as a hardware CI. */
final class AssetMapping {

    static final List<String> SERIAL = List.of("serialnumber", "serial", "serialno", "servicetag");
    static final List<String> MODEL = List.of("model", "modelname", "modelnumber");
    static final List<String> MANUFACTURER = List.of("manufacturer", "make", "vendor", "manufacturername");
    static final List<String> PURCHASE_DATE = List.of("purchasedate", "dateofpurchase");

    /** Keys mapped to canonical fields, or denormalised names that would only echo other records. */
    private static final Set<String> MAPPED = Set.of(
            "id",
            "key_field",
            "inventory_number",
            "assettype_id",
            "assettype_name",
            "inactive",
            "client_id",
            "client_name",
            "site_id",
            "site_name",
            "username",
            "warranty_start",
            "warranty_end",
            "manufacturer_name",
            "purchase_date",
            "fields",
            "customfields",
            "last_modified",
            "dlastupdate",
            "colour",
            "icon");

    private AssetMapping() {}

    static ConfigurationItem map(String sourceId, JsonObject row) {
        FieldValues fields = FieldValues.of(row);
        Optional<String> tag = JsonFields.text(row, "inventory_number");
        var ci = ConfigurationItem.builder(sourceId, CiClass.HARDWARE)
                .name(JsonFields.text(row, "key_field").or(() -> tag).orElse(null))
                .typeName(JsonFields.text(row, "assettype_name").orElse(null))
                .typeSourceId(JsonFields.id(row, "assettype_id").orElse(null))
                .status(JsonFields.flag(row, "inactive") ? SourceStatus.INACTIVE : SourceStatus.ACTIVE)
                .serialNumber(fields.find(SERIAL).orElse(null))
                .model(fields.find(MODEL).orElse(null))
                .manufacturer(JsonFields.text(row, "manufacturer_name")
                        .or(() -> fields.find(MANUFACTURER))
                        .orElse(null))
                .assetTag(tag.orElse(null))
                .customerSourceId(JsonFields.id(row, "client_id").orElse(null))
                .siteSourceId(JsonFields.id(row, "site_id").orElse(null))
                .assignedUser(JsonFields.text(row, "username").orElse(null))
                .warrantyStart(JsonFields.date(row, "warranty_start").orElse(null))
                .warrantyEnd(JsonFields.date(row, "warranty_end").orElse(null))
                .purchaseDate(JsonFields.date(row, "purchase_date")
                        .or(() -> fields.findDate(PURCHASE_DATE))
                        .orElse(null))
                .sourceModifiedAt(JsonFields.instant(row, "last_modified")
                        .or(() -> JsonFields.instant(row, "dlastupdate"))
                        .orElse(null));
        Attributes.addTo(row, MAPPED, ci::attribute);
        fields.all().forEach((name, value) -> {
            String key = FieldValues.normalise(name);
            boolean mapped = SERIAL.contains(key)
                    || MODEL.contains(key)
                    || MANUFACTURER.contains(key)
                    || PURCHASE_DATE.contains(key);
            if (!mapped) {
                ci.attribute(name, value);
            }
        });
        return ci.build();
    }
}
