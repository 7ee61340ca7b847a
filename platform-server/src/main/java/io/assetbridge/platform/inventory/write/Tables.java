package io.assetbridge.platform.inventory.write;

import io.assetbridge.platform.inventory.ClassifiedItem;
import io.assetbridge.platform.json.JsonText;
import io.assetbridge.spi.AssetTypeRecord;
import io.assetbridge.spi.ConfigurationItem;
import io.assetbridge.spi.CustomerRecord;
import io.assetbridge.spi.SiteRecord;
import io.assetbridge.spi.SourceStatus;
import java.sql.Types;
import java.time.ZoneOffset;

/** The record kinds the sync stores, one {@link RecordTable} each. */
public final class Tables {

    public static final RecordTable<CustomerRecord> CUSTOMERS = RecordTable.of(
                    "customer", CustomerRecord.class, CustomerRecord::sourceId)
            .column(Column.text("name", (c, refs) -> c.name()))
            .column(Column.of("active", Types.BOOLEAN, (c, refs) -> c.active()))
            .timestamps()
            .hashedBy((c, refs) ->
                    ContentHash.start().add(c.name()).add(c.active()).hex());

    public static final RecordTable<SiteRecord> SITES = RecordTable.of("site", SiteRecord.class, SiteRecord::sourceId)
            .references("customer", SiteRecord::customerSourceId)
            .column(Column.text("name", (s, refs) -> s.name()))
            .column(Column.of("customer_id", Types.BIGINT, (s, refs) -> refs.id("customer", s.customerSourceId())))
            .column(Column.of("active", Types.BOOLEAN, (s, refs) -> s.active()))
            .timestamps()
            .hashedBy((s, refs) -> ContentHash.start()
                    .add(s.name())
                    .add(s.customerSourceId())
                    .add(s.active())
                    .add(refs.id("customer", s.customerSourceId()))
                    .hex());

    public static final RecordTable<AssetTypeRecord> ASSET_TYPES = RecordTable.of(
                    "asset_type", AssetTypeRecord.class, AssetTypeRecord::sourceId)
            .column(Column.text("name", (t, refs) -> t.name()))
            .column(Column.text("group_name", (t, refs) -> t.groupName()))
            .hashedBy((t, refs) ->
                    ContentHash.start().add(t.name()).add(t.groupName()).hex());

    /** Configuration items, each already classified; a missing or retired CI seen again returns to its source status. */
    public static final RecordTable<ClassifiedItem> CIS = RecordTable.of(
                    "configuration_item", ClassifiedItem.class, i -> i.item().sourceId())
            .references("customer", i -> i.item().customerSourceId())
            .references("site", i -> i.item().siteSourceId())
            .column(Column.of(
                    "ci_class", Types.VARCHAR, (i, refs) -> i.ciClass().wireName()))
            .column(Column.of("status", Types.VARCHAR, (i, refs) -> sourceStatus(i.item())))
            .column(Column.text("name", (i, refs) -> i.item().name()))
            .column(Column.text("type_name", (i, refs) -> i.item().typeName()))
            .column(Column.of(
                    "type_source_id",
                    Types.VARCHAR,
                    (i, refs) -> clipId(i.item().typeSourceId())))
            .column(Column.text("serial_number", (i, refs) -> i.item().serialNumber()))
            .column(Column.text("asset_tag", (i, refs) -> i.item().assetTag()))
            .column(Column.text("manufacturer", (i, refs) -> i.item().manufacturer()))
            .column(Column.text("model", (i, refs) -> i.item().model()))
            .column(Column.of(
                    "customer_id",
                    Types.BIGINT,
                    (i, refs) -> refs.id("customer", i.item().customerSourceId())))
            .column(Column.of(
                    "site_id",
                    Types.BIGINT,
                    (i, refs) -> refs.id("site", i.item().siteSourceId())))
            .column(Column.text("assigned_user", (i, refs) -> i.item().assignedUser()))
            .column(Column.of(
                    "warranty_start", Types.DATE, (i, refs) -> i.item().warrantyStart()))
            .column(Column.of("warranty_end", Types.DATE, (i, refs) -> i.item().warrantyEnd()))
            .column(Column.of("purchase_date", Types.DATE, (i, refs) -> i.item().purchaseDate()))
            .column(Column.of(
                    "source_modified_at",
                    Types.TIMESTAMP_WITH_TIMEZONE,
                    (i, refs) -> i.item().sourceModifiedAt() == null
                            ? null
                            : i.item().sourceModifiedAt().atOffset(ZoneOffset.UTC)))
            .column(Column.of(
                    "attributes_json",
                    Types.VARCHAR,
                    (i, refs) -> JsonText.write(i.item().attributes())))
            .timestamps()
            .inventory()
            .hashedBy(Tables::ciHash);

    private Tables() {}

    private static String ciHash(ClassifiedItem i, References refs) {
        ConfigurationItem c = i.item();
        return ContentHash.start()
                .add(i.ciClass())
                .add(c.status())
                .add(c.name())
                .add(c.typeName())
                .add(c.typeSourceId())
                .add(c.serialNumber())
                .add(c.assetTag())
                .add(c.manufacturer())
                .add(c.model())
                .add(c.customerSourceId())
                .add(refs.id("customer", c.customerSourceId()))
                .add(c.siteSourceId())
                .add(refs.id("site", c.siteSourceId()))
                .add(c.assignedUser())
                .add(c.warrantyStart())
                .add(c.warrantyEnd())
                .add(c.purchaseDate())
                .add(c.attributes())
                .hex();
    }

    static String sourceStatus(ConfigurationItem item) {
        return item.status() == SourceStatus.ACTIVE ? "active" : "inactive";
    }

    private static String clipId(String value) {
        return value == null || value.length() <= Upsert.MAX_SOURCE_ID
                ? value
                : value.substring(0, Upsert.MAX_SOURCE_ID);
    }
}
