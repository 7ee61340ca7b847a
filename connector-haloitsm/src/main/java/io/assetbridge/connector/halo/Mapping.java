package io.assetbridge.connector.halo;

import io.assetbridge.connector.halo.client.JsonBodies;
import io.assetbridge.spi.CanonicalRecord;
import io.assetbridge.spi.SourceRecord;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * Maps a source record by its resource type. An odd record (a field missing or of another JSON type)
 * yields a record with absent fields; anything unforeseen is a defect and is thrown, so the platform
 * counts the record as failed and names it in the run's warnings rather than storing a degraded CI.
 */
final class Mapping {

    private Mapping() {}

    static CanonicalRecord map(SourceRecord record) {
        String id = record.sourceId();
        JsonObject row = rowOf(record.payload());
        return switch (record.resourceType()) {
            case "customers" -> ReferenceMapping.customer(id, row);
            case "sites" -> ReferenceMapping.site(id, row);
            case "asset-types" -> ReferenceMapping.assetType(id, row);
            case "software" -> LicenceMapping.map(id, row);
            case "installed-software" -> InstalledSoftwareMapping.map(id, row);
            default -> AssetMapping.map(id, row);
        };
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
}
