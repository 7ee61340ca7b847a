package io.assetbridge.spi;

import java.util.Locale;

/**
 * The type of a configuration property; decides validation and the JSON type of its value.
 *
 * @since 0.1
 */
public enum PropertyType {
    /**
     * An absolute URL, as a JSON string.
     *
     * @since 0.1
     */
    URL,
    /**
     * Free text, as a JSON string.
     *
     * @since 0.1
     */
    TEXT,
    /**
     * A number, as a JSON number ({@link Long} or {@link java.math.BigDecimal} in Java).
     *
     * @since 0.1
     */
    NUMBER,
    /**
     * A JSON boolean.
     *
     * @since 0.1
     */
    BOOLEAN;

    /**
     * @since 0.1
     */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether {@code value} is a valid Java representation of this type.
     *
     * @since 0.1
     */
    public boolean accepts(Object value) {
        return switch (this) {
            case URL, TEXT -> value instanceof String;
            case NUMBER -> value instanceof Number;
            case BOOLEAN -> value instanceof Boolean;
        };
    }
}
