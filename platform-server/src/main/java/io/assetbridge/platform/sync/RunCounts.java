package io.assetbridge.platform.sync;

import io.assetbridge.platform.json.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts per resource type for one run, plus the CI total over the resource types whose records
 * are CIs (hardware, software…), which the API reports as {@code counts}.
 */
public final class RunCounts {

    private static final JsonProvider JSON = Jsonp.PROVIDER;

    private final Map<String, Counts> byType = new TreeMap<>();

    public Counts of(String resourceType) {
        return byType.computeIfAbsent(resourceType, t -> new Counts());
    }

    public Map<String, Counts> byType() {
        return byType;
    }

    /** The sum over {@code ciTypes}. */
    public Counts total(Collection<String> ciTypes) {
        var sum = new Counts();
        ciTypes.forEach(t -> {
            if (byType.containsKey(t)) {
                sum.add(byType.get(t));
            }
        });
        return sum;
    }

    public String toJsonText() {
        var b = JSON.createObjectBuilder();
        byType.forEach((type, counts) -> b.add(type, counts.toJson()));
        return b.build().toString();
    }

    public static RunCounts parse(String json) {
        var counts = new RunCounts();
        try (var reader = JSON.createReader(new StringReader(json))) {
            JsonObject object = reader.readObject();
            object.forEach((type, value) -> counts.byType.put(type, Counts.fromJson((JsonObject) value)));
        }
        return counts;
    }
}
