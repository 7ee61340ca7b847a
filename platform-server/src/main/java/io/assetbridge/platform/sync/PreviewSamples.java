package io.assetbridge.platform.sync;

import io.assetbridge.platform.inventory.write.FieldChanges;
import io.assetbridge.platform.json.Jsonp;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a preview shows besides its counts: up to 20 CIs per outcome — created, updated (with the fields
 * that would change, old -> new) and missing — by source id and name. Kept on the run's thread while it
 * executes (a preview resumed after a crash shows the samples of the pages read since).
 */
final class PreviewSamples implements FieldChanges.Sink {

    static final int MAX = 20;

    private final List<JsonObject> created = new ArrayList<>();
    private final List<JsonObject> updated = new ArrayList<>();
    private final List<JsonObject> missing = new ArrayList<>();

    @Override
    public void updated(String sourceId, String name, JsonArray fields) {
        if (updated.size() < MAX) {
            updated.add(sample(sourceId, name).add("fields", fields).build());
        }
    }

    /** Adds up to the limit of the rows {@code query} selects (source id, name), after binding it. */
    void created(PreparedStatement query) throws SQLException {
        read(query, created);
    }

    void missing(List<Map.Entry<String, String>> sample) {
        sample.stream()
                .limit(MAX)
                .forEach(e -> missing.add(sample(e.getKey(), e.getValue()).build()));
    }

    boolean wantsCreated() {
        return created.size() < MAX;
    }

    private static void read(PreparedStatement query, List<JsonObject> into) throws SQLException {
        query.setMaxRows(MAX);
        try (var rows = query.executeQuery()) {
            while (rows.next() && into.size() < MAX) {
                into.add(sample(rows.getString(1), rows.getString(2)).build());
            }
        }
    }

    private static JsonObjectBuilder sample(String sourceId, String name) {
        return Jsonp.PROVIDER
                .createObjectBuilder()
                .add("sourceId", sourceId)
                .add("name", name == null ? JsonValue.NULL : Jsonp.PROVIDER.createValue(name));
    }

    String toJsonText() {
        return Jsonp.PROVIDER
                .createObjectBuilder()
                .add("created", array(created))
                .add("updated", array(updated))
                .add("missing", array(missing))
                .build()
                .toString();
    }

    private static JsonArrayBuilder array(List<JsonObject> items) {
        var array = Jsonp.PROVIDER.createArrayBuilder();
        items.forEach(array::add);
        return array;
    }
}
