package io.assetbridge.cwsim.http;

import io.assetbridge.cwsim.data.Rows.Company;
import io.assetbridge.cwsim.data.Rows.ConfigType;
import io.assetbridge.cwsim.data.Rows.Configuration;
import io.assetbridge.cwsim.data.Rows.Site;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** Rows in ConnectWise's JSON shapes: references as {@code {id, name}}, dates as UTC instants, {@code _info}. */
final class RowJson {

    private static final Map<String, Object> ACTIVE = Json.object("id", 1, "name", "Active");
    private static final Map<String, Object> INACTIVE = Json.object("id", 2, "name", "Inactive");

    private RowJson() {}

    static Map<String, Object> company(Company c) {
        return Json.object(
                "id", c.id(),
                "identifier", c.identifier(),
                "name", c.name(),
                "status", ACTIVE,
                "deletedFlag", false,
                "_info", info(c.lastUpdated(), "/company/companies/" + c.id()));
    }

    static Map<String, Object> site(Site s, Instant lastUpdated) {
        return Json.object(
                "id", s.id(),
                "name", s.name(),
                "inactiveFlag", false,
                "company", Json.object("id", s.companyId()),
                "_info", info(lastUpdated, null));
    }

    static Map<String, Object> type(ConfigType t) {
        return Json.object(
                "id", t.id(),
                "name", t.name(),
                "inactiveFlag", false,
                "_info", info(t.lastUpdated(), null));
    }

    static Map<String, Object> configuration(Configuration c) {
        return Json.object(
                "id", c.id(),
                "name", c.name(),
                "type", Json.object("id", c.type().id(), "name", c.type().name()),
                "status", c.active() ? ACTIVE : INACTIVE,
                "company",
                        Json.object(
                                "id",
                                c.company().id(),
                                "identifier",
                                c.company().identifier(),
                                "name",
                                c.company().name()),
                "site", Json.object("id", c.site().id(), "name", c.site().name()),
                "serialNumber", c.serialNumber(),
                "modelNumber", c.modelNumber(),
                "tagNumber", c.tagNumber(),
                "manufacturer", Json.object("id", c.manufacturerId(), "name", c.manufacturer()),
                "purchaseDate", date(c.purchaseDate()),
                "installationDate", date(c.installationDate()),
                "warrantyExpirationDate", date(c.warrantyExpirationDate()),
                "activeFlag", c.active(),
                "osType", c.osType(),
                "ipAddress", c.ipAddress(),
                "macAddress", c.macAddress(),
                "lastLoginName", c.lastLoginName(),
                "_info", info(c.lastUpdated(), "/company/configurations/" + c.id()));
    }

    private static String date(LocalDate date) {
        return date.atStartOfDay().toString() + ":00Z";
    }

    private static Map<String, Object> info(Instant lastUpdated, String href) {
        var info = Json.object("lastUpdated", lastUpdated.toString(), "updatedBy", "sim");
        if (href != null) {
            info.put("self_href", href);
        }
        return info;
    }
}
