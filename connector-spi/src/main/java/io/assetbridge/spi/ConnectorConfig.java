package io.assetbridge.spi;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The configuration of one integration as a connector sees it: property name to value, secrets
 * decrypted, defaults applied by the platform. Values are {@link String}, {@link Long},
 * {@link BigDecimal} or {@link Boolean}; absent optional properties have no entry.
 *
 * <p>{@link #toString()} never shows values, so a config cannot leak a secret into a log line.
 *
 * @param values property name to value, copied
 *
 * @since 0.1
 */
public record ConnectorConfig(Map<String, Object> values) {

    /**
     * @since 0.1
     */
    public ConnectorConfig {
        var copy = new LinkedHashMap<String, Object>();
        values.forEach((name, value) -> {
            Values.require(name != null, "property names must not be null");
            Values.require(
                    value instanceof String
                            || value instanceof Long
                            || value instanceof BigDecimal
                            || value instanceof Boolean,
                    "property " + name + " has an unsupported value type");
            copy.put(name, value);
        });
        values = Collections.unmodifiableMap(copy);
    }

    /**
     * @since 0.1
     */
    public static ConnectorConfig of(Map<String, ?> values) {
        return new ConnectorConfig(Map.copyOf(values));
    }

    /**
     * A text or URL value, absent when not set or blank.
     *
     * @since 0.1
     */
    public Optional<String> text(String name) {
        return Optional.ofNullable(values.get(name)).map(String::valueOf).filter(s -> !s.isBlank());
    }

    /**
     * A number value, absent when not set.
     *
     * @since 0.1
     */
    public Optional<BigDecimal> number(String name) {
        Object value = values.get(name);
        if (value instanceof Long l) {
            return Optional.of(BigDecimal.valueOf(l));
        }
        return Optional.ofNullable((BigDecimal) (value instanceof BigDecimal ? value : null));
    }

    /**
     * A boolean value, absent when not set.
     *
     * @since 0.1
     */
    public Optional<Boolean> flag(String name) {
        return Optional.ofNullable(values.get(name) instanceof Boolean b ? b : null);
    }

    /**
     * @since 0.1
     */
    @Override
    public String toString() {
        return "ConnectorConfig" + values.keySet();
    }
}
