package io.assetbridge.connector.halo;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The "everything else" of a row as a string map: scalar values that say something, without Halo's
 * "none" markers ({@code ""}, {@code null}, {@code 0}, {@code -1}, {@code false}, {@code 1900-01-01}) and
 * without keys already mapped to canonical fields.
 */
final class Attributes {

    private Attributes() {
    }

    static Map<String, String> of(JsonObject row, Set<String> mappedKeys) {
        var attributes = new TreeMap<String, String>();
        row.forEach((key, value) -> {
            if (!mappedKeys.contains(key)) {
                meaningful(value).ifPresent(v -> attributes.put(key, v));
            }
        });
        return attributes;
    }

    static java.util.Optional<String> meaningful(JsonValue value) {
        if (value == JsonValue.TRUE) {
            return java.util.Optional.of("true");
        }
        if (value instanceof JsonNumber n) {
            int sign = n.bigDecimalValue().signum();
            if (sign == 0 || n.bigDecimalValue().compareTo(java.math.BigDecimal.ONE.negate()) == 0) {
                return java.util.Optional.empty();
            }
        }
        return JsonFields.scalarText(value).filter(text -> !JsonFields.isSentinelDate(text));
    }
}
