package io.assetbridge.platform.json;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** JSON text columns to and from values: objects of strings, numbers and booleans. */
public final class JsonText {

    private static final JsonProvider JSON = Jsonp.PROVIDER;

    private JsonText() {}

    public static JsonObject parse(String text) {
        try (var reader = JSON.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    public static String write(Map<String, ?> values) {
        return toJson(values).toString();
    }

    public static JsonObject toJson(Map<String, ?> values) {
        JsonObjectBuilder b = JSON.createObjectBuilder();
        values.forEach((k, v) -> {
            if (v instanceof String s) {
                b.add(k, s);
            } else if (v instanceof Long l) {
                b.add(k, l);
            } else if (v instanceof BigDecimal d) {
                b.add(k, d);
            } else if (v instanceof Boolean bool) {
                b.add(k, bool);
            } else if (v == null) {
                b.addNull(k);
            } else {
                throw new IllegalArgumentException("unsupported value type for " + k);
            }
        });
        return b.build();
    }

    /** Reads a stored object of scalars back into Java values (String, Long, BigDecimal, Boolean). */
    public static Map<String, Object> values(JsonObject object) {
        var values = new LinkedHashMap<String, Object>();
        object.forEach((k, v) -> {
            switch (v.getValueType()) {
                case STRING -> values.put(k, ((JsonString) v).getString());
                case NUMBER -> {
                    var n = (JsonNumber) v;
                    values.put(k, n.isIntegral() ? (Object) n.longValue() : n.bigDecimalValue());
                }
                case TRUE -> values.put(k, Boolean.TRUE);
                case FALSE -> values.put(k, Boolean.FALSE);
                default -> {
                    /* nulls and structures are never stored */
                }
            }
        });
        return values;
    }
}
