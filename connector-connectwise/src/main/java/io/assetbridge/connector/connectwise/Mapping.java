package io.assetbridge.connector.connectwise;

import io.assetbridge.spi.AssetTypeRecord;
import io.assetbridge.spi.CanonicalRecord;
import io.assetbridge.spi.CiClass;
import io.assetbridge.spi.ConfigurationItem;
import io.assetbridge.spi.CustomerRecord;
import io.assetbridge.spi.SiteRecord;
import io.assetbridge.spi.SourceRecord;
import io.assetbridge.spi.SourceStatus;
import jakarta.json.JsonObject;
import java.util.regex.Pattern;

/**
 * ConnectWise rows to canonical records, pure and total: companies → customers, sites → sites, configuration types
 * → asset types, configurations → CIs. A configuration is software when its type's name says so (licence,
 * software, subscription, operating system…), hardware otherwise; the sync settings can classify each type
 * either way. OS, IP, MAC, last login and installation date are attributes.
 */
final class Mapping {

    private static final Pattern SOFTWARE = Pattern.compile(
            "licen[cs]e|software|subscription|operating system|antivirus|application|\\bsaas\\b|office 365|microsoft 365",
            Pattern.CASE_INSENSITIVE);

    private Mapping() {}

    static CanonicalRecord map(SourceRecord record) {
        JsonObject row = record.payload() instanceof JsonObject o
                ? o
                : CwJson.JSON.createObjectBuilder().build();
        String id = record.sourceId();
        return switch (record.resourceType()) {
            case "customers" ->
                new CustomerRecord(
                        id,
                        CwJson.text(row, "name"),
                        !CwJson.flag(row, "deletedFlag", false)
                                && !"inactive".equalsIgnoreCase(String.valueOf(CwJson.refName(row, "status"))));
            case "sites" ->
                new SiteRecord(
                        id,
                        CwJson.text(row, "name"),
                        CwJson.refId(row, "company"),
                        !CwJson.flag(row, "inactiveFlag", false));
            case "asset-types" -> new AssetTypeRecord(id, CwJson.text(row, "name"), null);
            default -> configuration(id, row);
        };
    }

    static CiClass classOf(String typeName) {
        return typeName != null && SOFTWARE.matcher(typeName).find() ? CiClass.SOFTWARE : CiClass.HARDWARE;
    }

    private static ConfigurationItem configuration(String id, JsonObject row) {
        String typeName = CwJson.refName(row, "type");
        boolean active = CwJson.flag(row, "activeFlag", true)
                && !"inactive".equalsIgnoreCase(String.valueOf(CwJson.refName(row, "status")));
        var ci = ConfigurationItem.builder(id, classOf(typeName))
                .name(CwJson.text(row, "name"))
                .typeName(typeName)
                .typeSourceId(CwJson.refId(row, "type"))
                .status(active ? SourceStatus.ACTIVE : SourceStatus.INACTIVE)
                .serialNumber(CwJson.text(row, "serialNumber"))
                .assetTag(CwJson.text(row, "tagNumber"))
                .manufacturer(CwJson.refName(row, "manufacturer"))
                .model(CwJson.text(row, "modelNumber"))
                .customerSourceId(CwJson.refId(row, "company"))
                .siteSourceId(CwJson.refId(row, "site"))
                .warrantyEnd(CwJson.date(CwJson.text(row, "warrantyExpirationDate")))
                .purchaseDate(CwJson.date(CwJson.text(row, "purchaseDate")))
                .sourceModifiedAt(CwJson.lastUpdated(row));
        ci.attribute("osType", CwJson.text(row, "osType"))
                .attribute("ipAddress", CwJson.text(row, "ipAddress"))
                .attribute("macAddress", CwJson.text(row, "macAddress"))
                .attribute("lastLoginName", CwJson.text(row, "lastLoginName"))
                .attribute("installationDate", dateText(row, "installationDate"))
                .attribute("status", CwJson.refName(row, "status"));
        return ci.build();
    }

    private static String dateText(JsonObject row, String name) {
        var date = CwJson.date(CwJson.text(row, name));
        return date == null ? null : date.toString();
    }
}
