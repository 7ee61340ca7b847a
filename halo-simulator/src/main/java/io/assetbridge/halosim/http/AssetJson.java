package io.assetbridge.halosim.http;

import io.assetbridge.halosim.data.AssetState;
import io.assetbridge.halosim.data.AssetTypeInfo;
import io.assetbridge.halosim.data.ClientState;
import io.assetbridge.halosim.data.HaloData;
import io.assetbridge.halosim.data.HaloDates;
import io.assetbridge.halosim.data.SiteState;
import io.assetbridge.halosim.json.JsonWriter;
import java.util.Set;

/**
 * Renders assets the way Halo's {@code Device_List} rows look: ~100 keys, most of them zero,
 * {@code -1} or {@code ""} meaning "none", time-zone-less dates, the 1900 placeholder, a few nulls
 * and keys no client knows. Serial, model and manufacturer appear only inside {@code fields[]}.
 */
final class AssetJson {

    static final int FIELD_SERIAL = 117;
    static final int FIELD_MODEL = 51;
    static final int FIELD_MANUFACTURER = 53;
    static final int FIELD_PURCHASE_DATE = 24;
    static final int FIELD_OS = 102;
    static final int FIELD_RAM = 44;

    private static final String[] COLOURS = {"#8c2131", "#2b5797", "#00a300", "#ff9800", "#603cba", "#1e7145"};
    private static final Set<String> COMPUTERS = Set.of("LT", "DT", "SRV", "VM");
    private static final String[] OPERATING_SYSTEMS = {
        "Windows 11 Pro 23H2",
        "Windows 10 Pro 22H2",
        "Windows Server 2022 Standard",
        "macOS 14.5 Sonoma",
        "Ubuntu 22.04.4 LTS"
    };

    private final HaloData data;

    AssetJson(HaloData data) {
        this.data = data;
    }

    /**
     * One asset. {@code withFields} adds {@code fields[]}; {@code detail} adds what only
     * {@code GET /Asset/{id}} returns (notes, last-update stamps, linked collections...).
     */
    void write(JsonWriter w, AssetState a, boolean withFields, boolean detail) {
        AssetTypeInfo type = data.assetType(a.assetTypeId()).orElse(null);
        ClientState client = data.client(a.clientId()).orElse(null);
        SiteState site = data.site(a.siteId()).orElse(null);
        int id = a.id();
        w.beginObject();
        w.field("id", id);
        w.field("inventory_number", a.inventoryNumber());
        w.field("key_field", a.name());
        w.field("key_field2", a.username());
        w.field("key_field3", a.model());
        w.field("client_id", a.clientId());
        w.field("client_name", client == null ? "" : client.name());
        w.field("site_id", a.siteId());
        w.field("site_name", site == null ? "" : site.name());
        w.field("business_owner_id", 0);
        w.field("business_owner_name", "");
        w.field("business_owner_cab_id", 0);
        w.field("technical_owner_id", 0);
        w.field("technical_owner_name", "");
        w.field("technical_owner_cab_id", 0);
        w.field("username", a.username());
        w.field("intune_default_site", false);
        w.field("assettype_id", a.assetTypeId());
        w.field("assettype_name", type == null ? "" : type.name());
        w.field("colour", COLOURS[Math.floorMod(a.assetTypeId(), COLOURS.length)]);
        w.field("icon", "");
        w.field("status_id", a.statusId());
        w.field("status_name", HaloData.statusName(a.statusId()));
        w.field("inactive", a.inactive());
        w.field("criticality", 0);
        w.field("criticality_description", "");
        w.field("is_template", false);
        w.field("use", "asset");
        w.field("is_primary_asset", false);
        w.field("parent_id", 0);
        w.field("child_id", 0);
        w.field("sibling_id", 0);
        w.field("relationship_id", 0);
        w.field("related_services", "");
        w.field("service_ids", "");
        w.field("related_service_name", "");
        w.field("related_service_count", 0);
        w.field("warranty_start", HaloDates.format(a.purchaseDate()));
        w.field("warranty_end", HaloDates.format(a.warrantyEnd()));
        w.field("labour_warranty_start", HaloDates.PLACEHOLDER);
        w.field("labour_warranty_end", HaloDates.PLACEHOLDER);
        w.field("contract_id", -1);
        w.field("contract_ref", "");
        w.field("contract_value", 0.0);
        w.field("default_contract_value", 0.0);
        w.field("latest_contract_ref", "");
        w.nullField("contract_end_date");
        w.field("supplier_id", 0);
        w.field("supplier_name", "");
        w.field("supplier_contract_id", -1);
        w.field("supplier_contract_ref", "");
        w.field("supplier_sla_id", -1);
        w.field("supplier_priority_id", 0);
        w.field("supplier_purchasedate", HaloDates.PLACEHOLDER);
        w.field("sla_id", -1);
        w.field("sla_name", "");
        w.field("priority_id", 0);
        w.field("priority_name", "");
        w.field("itemstock_id", 0);
        w.field("item_id", 0);
        w.field("item_name", "");
        w.nullField("stock_date");
        w.field("stockbin_name", "");
        w.field("device_number", deviceNumber(a));
        w.field("third_party_id", 0);
        w.field("matching_field", "");
        w.field("asset_field", "");
        writeIntegrationIds(w, id);
        w.emptyArrayField("custombuttons");
        writeCustomFields(w, id);
        if (withFields) {
            writeFields(w, a, type);
        }
        if (detail) {
            writeDetail(w, a, type);
        }
        // Keys absent from the published spec that real responses carry anyway.
        w.field("changebackupexists", false);
        w.field("hnid", 0);
        w.endObject();
    }

    private void writeIntegrationIds(JsonWriter w, int id) {
        long h = data.assetDetailHash(id, 1);
        boolean ninja = (h & 3) == 0;
        boolean datto = (h & 12) == 4;
        boolean intune = (h & 48) == 16;
        w.field("ninjarmm_id", ninja ? 10_000 + (h >>> 40) % 90_000 : 0);
        w.field("ninja_url", "");
        w.field("datto_id", datto ? uuid(h) : "");
        w.field("datto_url", "");
        w.field("automate_id", 0);
        w.field("atera_id", 0);
        w.field("syncro_id", 0);
        if (intune) {
            w.field("intune_id", uuid(Long.rotateLeft(h, 17)));
        } else {
            w.nullField("intune_id");
        }
        w.field("lansweeper_parent_id", "");
        w.field("ncentral_id", 0);
        w.field("ncentral_url", "");
        w.field("nable_id", "");
        w.field("auvik_device_id", "");
        w.field("liongard_id", 0);
        w.field("kaseya_id", "");
        w.field("passportal_id", 0);
        w.field("snow_id", "");
        w.field("device42_id", 0);
        w.field("domotz_id", "");
        w.field("addigy_id", "");
        w.field("zabbix_id", "");
        w.field("logicmonitor_id", 0);
        w.field("tanium_id", "");
        w.field("tenable_id", "");
        w.field("kandji_id", "");
        w.field("snipeit_id", 0);
        w.field("aws_id", "");
    }

    private void writeCustomFields(JsonWriter w, int id) {
        w.name("customfields").beginArray();
        if (data.assetDetailHash(id, 2) % 4 == 0) {
            String centre = "CC-" + (100 + Math.floorMod(data.assetDetailHash(id, 3), 40));
            w.beginObject()
                    .field("id", 150)
                    .field("name", "CFCostCentre")
                    .field("label", "Cost Centre")
                    .field("summary", "")
                    .field("type", 0)
                    .field("value", centre)
                    .field("display", centre)
                    .field("characterlimit", 0)
                    .field("inputtype", 0)
                    .endObject();
        }
        w.endArray();
    }

    private void writeFields(JsonWriter w, AssetState a, AssetTypeInfo type) {
        w.name("fields").beginArray();
        field(w, FIELD_SERIAL, "Serial Number", a.serialNumber(), a.serialNumber());
        field(w, FIELD_MODEL, "Model", a.model(), a.model());
        // A lookup field: value is the manufacturer's id, display its name (hence "prefer display").
        field(
                w,
                FIELD_MANUFACTURER,
                "Manufacturer",
                a.manufacturerId() == 0 ? "" : Integer.toString(a.manufacturerId()),
                a.manufacturer());
        String purchased = HaloDates.format(a.purchaseDate());
        field(w, FIELD_PURCHASE_DATE, "Purchase Date", purchased, purchased);
        if (type != null && COMPUTERS.contains(type.tagPrefix())) {
            String os = OPERATING_SYSTEMS[Math.floorMod(data.assetDetailHash(a.id(), 4), OPERATING_SYSTEMS.length)];
            field(w, FIELD_OS, "Operating System", os, os);
            String ram = (8 << Math.floorMod(data.assetDetailHash(a.id(), 5), 4)) + " GB";
            field(w, FIELD_RAM, "RAM", ram, ram);
        }
        w.endArray();
    }

    private static void field(JsonWriter w, int id, String name, String value, String display) {
        w.beginObject()
                .field("id", id)
                .field("name", name)
                .field("validate", "")
                .field("value", value)
                .field("display", display)
                .field("mandatory", false)
                .field("showonactivity", false)
                .field("lookup", id == FIELD_MANUFACTURER ? 12 : -1)
                .field("systemuse", 0)
                .field("parenttype_id", 0)
                .field("typeinfo_id", 1000 + id)
                .field("tab_id", 0)
                .field("tab_name", "")
                .endObject();
    }

    private void writeDetail(JsonWriter w, AssetState a, AssetTypeInfo type) {
        long h = data.assetDetailHash(a.id(), 6);
        if (h % 3 == 0) {
            w.nullField("notes");
        } else {
            w.field("notes", h % 3 == 1 ? "" : "Übergabe an " + a.username() + " – siehe Ticket #" + (h >>> 50));
        }
        w.field("dlastupdate", HaloDates.format(a.lastUpdate()));
        w.field("last_modified", HaloDates.format(a.lastUpdate().minusNanos(37_000_000)));
        w.field("guid", uuid(h));
        w.field("import_guid", uuid(Long.rotateLeft(h, 23)));
        w.emptyArrayField("users");
        w.emptyArrayField("software");
        w.emptyArrayField("licences");
        w.emptyArrayField("services");
        w.emptyArrayField("contracts");
        w.emptyArrayField("scheduled_tickets");
        w.field("user_count", 0);
        w.field("licence_count", 0);
        w.field("service_count", 0);
        w.field("open_ticket_count", 0);
        if (type != null) {
            w.name("assettype_config");
            DirectoryJson.writeAssetType(w, type, false);
        }
    }

    /** Halo numbers devices per site; a stable number derived from the id is good enough. */
    private static int deviceNumber(AssetState a) {
        return Math.max(1, a.id() - 4);
    }

    private static String uuid(long h) {
        long lo = Long.rotateLeft(h, 31) ^ 0x5DEECE66DL;
        return String.format(
                "%08x-%04x-%04x-%04x-%012x",
                h >>> 32,
                (h >>> 16) & 0xffff,
                0x4000 | (h & 0x0fff),
                0x8000 | (lo >>> 50 & 0x3fff),
                lo & 0xffffffffffffL);
    }
}
