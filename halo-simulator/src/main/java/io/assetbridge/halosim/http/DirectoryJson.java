package io.assetbridge.halosim.http;

import io.assetbridge.halosim.data.AssetTypeInfo;
import io.assetbridge.halosim.data.ClientState;
import io.assetbridge.halosim.data.HaloData;
import io.assetbridge.halosim.data.HaloDates;
import io.assetbridge.halosim.data.LicenceState;
import io.assetbridge.halosim.data.SiteState;
import io.assetbridge.halosim.json.JsonWriter;
import java.util.List;

/** Renders clients ("Area"), sites, asset types ("Xtype") and software licences as Halo does. */
final class DirectoryJson {

    private final HaloData data;

    DirectoryJson(HaloData data) {
        this.data = data;
    }

    void writeClient(JsonWriter w, ClientState c, boolean detail) {
        List<Integer> sites = data.siteIdsOfClient(c.id());
        w.beginObject();
        w.field("id", c.id());
        w.field("name", c.name());
        w.field("inactive", c.inactive());
        w.field("toplevel_id", c.toplevelId());
        w.field("toplevel_name", HaloData.toplevelName(c.toplevelId()));
        w.field("colour", "");
        w.field("main_site_id", sites.isEmpty() ? 0 : sites.get(0));
        w.field("main_site_name", sites.isEmpty() ? "" : "Main");
        w.field("website", "");
        w.field("main_phonenumber", "");
        w.field("domain", "");
        w.field("ref", "");
        w.field("accountsid", "");
        w.field("is_vip", false);
        w.nullField("notes");
        w.field("datecreated", HaloDates.PLACEHOLDER);
        w.field("alastupdate", HaloDates.format(c.lastUpdate()));
        w.emptyArrayField("customfields");
        w.emptyArrayField("azure_tenants");
        w.nullField("itglue_id");
        w.field("use", "area");
        w.field("client_to_invoice", 0);
        if (detail) {
            w.field("xero_tenant_id", "");
            w.field("sla_id", -1);
        }
        w.endObject();
    }

    void writeSite(JsonWriter w, SiteState s, boolean detail) {
        String clientName = data.client(s.clientId()).map(ClientState::name).orElse("");
        w.beginObject();
        w.field("id", s.id());
        w.field("name", s.name());
        // Halo types a site's client_id as a double: it arrives as 12.0, not 12.
        w.rawField("client_id", s.clientId() + ".0");
        w.field("client_name", clientName);
        w.field("clientsite_name", clientName + "/" + s.name());
        w.field("inactive", s.inactive());
        w.field("sla_id", -1);
        w.field("phonenumber", "");
        w.field("timezone", "");
        w.nullField("notes");
        w.field("isstocklocation", s.stockLocation());
        w.field("delivery_address_line1", "");
        w.field("delivery_address_line2", "");
        w.emptyArrayField("customfields");
        w.nullField("itglue_id");
        w.field("ref", "");
        w.field("maincontact_id", 0);
        w.field("country_code_name", "");
        w.field("region_code_name", "");
        w.field("use", "site");
        if (detail) {
            w.field("slastupdate", HaloDates.format(s.lastUpdate()));
            w.field("datecreated", HaloDates.PLACEHOLDER);
        }
        w.endObject();
    }

    static void writeAssetType(JsonWriter w, AssetTypeInfo t, boolean withFields) {
        w.beginObject();
        w.field("id", t.id());
        w.field("name", t.name());
        w.field("assetgroup_id", t.assetGroupId());
        w.field("assetgroup_name", t.assetGroupName());
        w.field("keyfield_id", 101);
        w.field("keyfield_name", "Name");
        w.field("keyfield2_id", 148);
        w.field("keyfield2_name", "User");
        w.field("keyfield3_id", AssetJson.FIELD_MODEL);
        w.field("keyfield3_name", "Model");
        w.field("tagprefix", t.tagPrefix());
        w.field("manufacturer", "");
        w.field("icon", "");
        w.field("show_to_users", true);
        w.field("sequence", 0);
        w.nullField("allowed_status");
        if (withFields) {
            w.name("fields").beginArray();
            int seq = 1;
            for (Object[] f : new Object[][] {
                {AssetJson.FIELD_SERIAL, "Serial Number"}, {AssetJson.FIELD_MODEL, "Model"},
                {AssetJson.FIELD_MANUFACTURER, "Manufacturer"}, {AssetJson.FIELD_PURCHASE_DATE, "Purchase Date"}
            }) {
                w.beginObject()
                        .field("typeinfo_id", 1000 + (int) f[0])
                        .field("id", 1000 + (int) f[0])
                        .field("field_id", (int) f[0])
                        .field("field_name", (String) f[1])
                        .field("sequence", seq++)
                        .field("keyfield_id", 0)
                        .field("type", 0)
                        .endObject();
            }
            w.endArray();
        }
        w.endObject();
    }

    void writeLicence(JsonWriter w, LicenceState l) {
        String clientName = data.client(l.clientId()).map(ClientState::name).orElse("");
        w.beginObject();
        w.field("id", l.id());
        w.field("type", l.type());
        w.field("name", l.name());
        w.field("count", l.count());
        w.field("client_id", l.clientId());
        w.field("client_name", clientName);
        w.field("site_id", 0);
        w.field("site_name", "");
        w.field("manufacturer", l.manufacturer());
        w.field("vendor", l.vendor());
        w.field("start_date", HaloDates.format(l.startDate()));
        w.field("end_date", HaloDates.format(l.endDate()));
        w.field("licences_in_use", l.inUse());
        w.field("licences_available", l.count() - l.inUse());
        w.field("deleted", false);
        w.field("is_active", l.active());
        w.field("status", l.active() ? 0 : 1);
        w.field("billing_cycle", "");
        w.field("term_duration", 0);
        w.field("autorenew", false);
        w.field("product_sku", "");
        w.field("device_count", 0);
        w.nullField("notes");
        w.endObject();
    }
}
