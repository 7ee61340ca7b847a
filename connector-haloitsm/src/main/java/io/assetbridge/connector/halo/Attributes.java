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

    private static final java.math.BigDecimal MINUS_ONE = java.math.BigDecimal.ONE.negate();

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
            if (n.isIntegral()) { // Halo's ids and counts: no BigDecimal needed
                try {
                    long whole = n.longValueExact();
                    return whole == 0 || whole == -1 ? java.util.Optional.empty() : java.util.Optional.of(Long.toString(whole));
                } catch (ArithmeticException beyondLong) {
                    // read below as a decimal
                }
            }
            var number = n.bigDecimalValue();
            if (number.signum() == 0 || number.compareTo(MINUS_ONE) == 0) {
                return java.util.Optional.empty();
            }
        }
        return JsonFields.scalarText(value).filter(text -> !JsonFields.isSentinelDate(text));
    }
}
