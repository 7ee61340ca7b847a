package io.assetbridge.connector.halo;

import io.assetbridge.spi.SourceRecord;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/** Turns Halo rows into source records; a row without an id cannot be tracked and is left out. */
final class Records {

    private Records() {}

    static List<SourceRecord> of(String resourceType, List<JsonObject> rows) {
        var records = new ArrayList<SourceRecord>(rows.size());
        for (JsonObject row : rows) {
            String id = PagedList.idOf(row);
            if (id != null) {
                records.add(new SourceRecord(resourceType, id, row));
            }
        }
        return records;
    }
}
