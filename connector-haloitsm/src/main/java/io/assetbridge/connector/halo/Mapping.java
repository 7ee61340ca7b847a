package io.assetbridge.connector.halo;

import io.assetbridge.connector.halo.client.JsonBodies;
import io.assetbridge.spi.AssetTypeRecord;
import io.assetbridge.spi.CanonicalRecord;
import io.assetbridge.spi.CiClass;
import io.assetbridge.spi.ConfigurationItem;
import io.assetbridge.spi.CustomerRecord;
import io.assetbridge.spi.SiteRecord;
import io.assetbridge.spi.SourceRecord;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * Maps a source record by its resource type. Total: an odd record yields a record with absent fields, and
 * anything unforeseen yields the bare record for its id rather than an exception.
 */
final class Mapping {

    private Mapping() {}

    static CanonicalRecord map(SourceRecord record) {
        String id = record.sourceId();
        try {
            JsonObject row = rowOf(record.payload());
            return switch (record.resourceType()) {
                case "customers" -> ReferenceMapping.customer(id, row);
                case "sites" -> ReferenceMapping.site(id, row);
                case "asset-types" -> ReferenceMapping.assetType(id, row);
                case "software" -> LicenceMapping.map(id, row);
                case "installed-software" -> InstalledSoftwareMapping.map(id, row);
                default -> AssetMapping.map(id, row);
            };
        } catch (RuntimeException unforeseen) {
            return bare(record);
        }
    }

    /** The payload is the row as read; a stored copy may come back as JSON text. */
    private static JsonObject rowOf(Object payload) {
        if (payload instanceof JsonObject object) {
            return object;
        }
        if (payload instanceof String text
                && JsonBodies.looksLikeJson(text)
                && JsonBodies.parse(text) instanceof JsonObject parsed) {
            return parsed;
        }
        return JsonValue.EMPTY_JSON_OBJECT;
    }

    private static CanonicalRecord bare(SourceRecord record) {
        String id = record.sourceId();
        return switch (record.resourceType()) {
            case "customers" -> new CustomerRecord(id, null, true);
            case "sites" -> new SiteRecord(id, null, null, true);
            case "asset-types" -> new AssetTypeRecord(id, null, null);
            case "software", "installed-software" ->
                ConfigurationItem.builder(id, CiClass.SOFTWARE).build();
            default -> ConfigurationItem.builder(id, CiClass.HARDWARE).build();
        };
    }
}
