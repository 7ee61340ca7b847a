package io.assetbridge.connector.halo;

import io.assetbridge.connector.halo.client.JsonBodies;
import io.assetbridge.connector.halo.client.ListQuery;
import io.assetbridge.spi.Page;
import io.assetbridge.spi.SourceRecord;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the software installed on each asset: one asset list page per call, then Halo's
 * {@code /AssetSoftware} for each asset on it. That is one request (or more) per asset, which is why it
 * runs only when the admin switched it on.
 */
final class InstalledSoftwareWalk {

    private InstalledSoftwareWalk() {}

    static Page read(HaloSession session, Cursor cursor) {
        String what = "assets page " + cursor.pageNo() + " (for installed software)";
        PagedList.Step assets = PagedList.read(
                session, ListSpec.ASSETS, ListQuery.page(ListSpec.ASSETS.list(), cursor.pageNo()), cursor, what);
        var records = new ArrayList<SourceRecord>();
        for (JsonObject asset : assets.rows()) {
            String assetId = PagedList.idOf(asset);
            if (assetId != null) {
                records.addAll(softwareOf(session, asset, Long.parseLong(assetId)));
            }
        }
        String next = assets.done()
                ? null
                : cursor.after(assets.first(), assets.last(), assets.seen()).encode();
        return new Page(records, next);
    }

    private static List<SourceRecord> softwareOf(HaloSession session, JsonObject asset, long assetId) {
        var records = new ArrayList<SourceRecord>();
        Cursor position = Cursor.start(HaloResourceTypes.INSTALLED_SOFTWARE.id(), null);
        while (true) {
            ListQuery query = ListQuery.page(ListSpec.ASSET_SOFTWARE.list(), position.pageNo())
                    .ofDevice(assetId);
            String what = "installed software of asset " + assetId + " page " + position.pageNo();
            PagedList.Step step = PagedList.read(session, ListSpec.ASSET_SOFTWARE, query, position, what);
            for (JsonObject row : step.rows()) {
                String key = JsonFields.id(row, "id")
                        .or(() -> JsonFields.text(row, "name"))
                        .orElse(null);
                if (key != null) {
                    records.add(new SourceRecord(
                            HaloResourceTypes.INSTALLED_SOFTWARE.id(),
                            assetId + "/" + key,
                            withAsset(row, asset, assetId)));
                }
            }
            if (step.done()) {
                return records;
            }
            position = position.after(step.first(), step.last(), step.seen());
        }
    }

    /** Adds the asset's id, customer and site, which the software row does not carry. */
    private static JsonObject withAsset(JsonObject row, JsonObject asset, long assetId) {
        var merged = JsonBodies.JSON.createObjectBuilder(row).add("device_id", assetId);
        for (String key : List.of("client_id", "site_id")) {
            JsonValue value = asset.get(key);
            if (value != null && !row.containsKey(key)) {
                merged.add(key, value);
            }
        }
        JsonFields.text(asset, "key_field")
                .or(() -> JsonFields.text(asset, "inventory_number"))
                .ifPresent(name -> merged.add("device_name", name));
        return merged.build();
    }
}
