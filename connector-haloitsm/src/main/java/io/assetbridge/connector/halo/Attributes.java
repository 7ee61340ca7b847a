package io.assetbridge.connector.halo;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The "everything else" of a row as string attributes: scalar values that say something, without Halo's
 * "none" markers ({@code ""}, {@code null}, {@code 0}, {@code -1}, {@code false}, {@code 1900-01-01}) and
 * without keys already mapped to canonical fields.
 */
final class Attributes {

    private static final BigDecimal MINUS_ONE = BigDecimal.ONE.negate();

    private Attributes() {}

    /** Hands each attribute to {@code sink} (a CI builder, which keeps them sorted). */
    static void addTo(JsonObject row, Set<String> mappedKeys, BiConsumer<String, String> sink) {
        for (var entry : row.entrySet()) {
            if (!mappedKeys.contains(entry.getKey())) {
                meaningful(entry.getValue()).ifPresent(v -> sink.accept(entry.getKey(), v));
            }
        }
    }

    static Optional<String> meaningful(JsonValue value) {
        if (value == JsonValue.TRUE) {
            return Optional.of("true");
        }
        if (value instanceof JsonNumber n) {
            if (n.isIntegral()) { // Halo's ids and counts: no BigDecimal needed
                try {
                    long whole = n.longValueExact();
                    return whole == 0 || whole == -1 ? Optional.empty() : Optional.of(Long.toString(whole));
                } catch (ArithmeticException beyondLong) {
                    // read below as a decimal
                }
            }
            var number = n.bigDecimalValue();
            if (number.signum() == 0 || number.compareTo(MINUS_ONE) == 0) {
                return Optional.empty();
            }
        }
        return JsonFields.scalarText(value).filter(text -> !JsonFields.isSentinelDate(text));
    }
}
