package io.assetbridge.connector.halo;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * Lenient reads of one Halo row. Halo marks "none" with {@code ""}, {@code null}, {@code 0}, {@code -1}
 * and {@code 1900-01-01}; numbers arrive as strings or decimals ({@code 12.0}); dates carry no zone and are
 * read as UTC. Every method returns empty rather than throwing.
 */
final class JsonFields {

    /** Halo's (and .NET's) way of writing "no date". */
    private static final int FIRST_REAL_YEAR = 1901;

    private JsonFields() {}

    /** A non-blank text; numbers are written without a trailing {@code .0}. */
    static Optional<String> text(JsonObject row, String key) {
        return scalarText(row.get(key));
    }

    static Optional<String> scalarText(JsonValue value) {
        if (value instanceof JsonString s) {
            String text = s.getString().strip();
            return text.isEmpty() ? Optional.empty() : Optional.of(text);
        }
        if (value instanceof JsonNumber n) {
            return Optional.of(plain(n.bigDecimalValue()));
        }
        return Optional.empty();
    }

    /** An id: a positive whole number ({@code 12}, {@code 12.0}, {@code "12"}); 0 and -1 mean none. */
    static Optional<String> id(JsonObject row, String key) {
        JsonValue value = row.get(key);
        BigDecimal number = null;
        if (value instanceof JsonNumber n) {
            number = n.bigDecimalValue();
        } else if (value instanceof JsonString s) {
            try {
                number = new BigDecimal(s.getString().strip());
            } catch (NumberFormatException notNumeric) {
                return text(row, key); // an id that is not a number (a GUID): keep it as it is
            }
        }
        if (number == null || number.signum() <= 0) {
            return Optional.empty();
        }
        return Optional.of(plain(number));
    }

    /** A flag from {@code true}, {@code "true"}, {@code 1} or {@code "1"}; anything else is false. */
    static boolean flag(JsonObject row, String key) {
        JsonValue value = row.get(key);
        if (value == JsonValue.TRUE) {
            return true;
        }
        if (value instanceof JsonNumber n) {
            return n.bigDecimalValue().signum() != 0;
        }
        if (value instanceof JsonString s) {
            String text = s.getString().strip().toLowerCase(Locale.ROOT);
            return text.equals("true") || text.equals("1") || text.equals("yes");
        }
        return false;
    }

    /** Whether the key is present with a real boolean or boolean-like value. */
    static boolean has(JsonObject row, String key) {
        JsonValue value = row.get(key);
        return value != null && value != JsonValue.NULL;
    }

    static Optional<LocalDate> date(JsonObject row, String key) {
        return instant(row, key).map(i -> LocalDate.ofInstant(i, ZoneOffset.UTC));
    }

    /** A timestamp; without a zone it is UTC. */
    static Optional<Instant> instant(JsonObject row, String key) {
        return text(row, key)
                .flatMap(JsonFields::parseInstant)
                .filter(i -> LocalDate.ofInstant(i, ZoneOffset.UTC).getYear() >= FIRST_REAL_YEAR);
    }

    static Optional<Instant> parseInstant(String text) {
        if (!looksLikeIsoDate(text)) {
            return Optional.empty(); // most texts are not dates: skip the costly failing parses
        }
        // Pick the parser by shape: a failing parse throws, and exceptions cost more than the parse itself
        // (Halo writes most timestamps without a zone, so trying OffsetDateTime first failed on nearly all).
        try {
            if (text.length() == 10) {
                return Optional.of(LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC));
            }
            return Optional.of(
                    hasZone(text)
                            ? OffsetDateTime.parse(text).toInstant()
                            : LocalDateTime.parse(text).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException notThatShape) {
            try {
                return Optional.of(
                        LocalDate.parse(text.substring(0, 10)).atStartOfDay().toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }

    /** A {@code Z} or {@code ±hh:mm} after the time: the date part's own dashes end at index 7. */
    private static boolean hasZone(String text) {
        char last = text.charAt(text.length() - 1);
        return last == 'Z' || last == 'z' || text.indexOf('+', 10) > 0 || text.indexOf('-', 10) > 0;
    }

    /** {@code yyyy-mm-dd…}: the only date shape Halo's API writes. */
    private static boolean looksLikeIsoDate(String text) {
        return text.length() >= 10
                && Character.isDigit(text.charAt(0))
                && Character.isDigit(text.charAt(3))
                && text.charAt(4) == '-'
                && text.charAt(7) == '-';
    }

    /** Whether a text is one of Halo's "no date" values. */
    static boolean isSentinelDate(String text) {
        if (!looksLikeIsoDate(text)) {
            return false;
        }
        if (text.startsWith("1900-01-01")) {
            return true; // Halo's own marker, whatever follows it (a date prefix this old is "none" in every reading)
        }
        // A year from 1902 on stays at or after 1901 in UTC whatever its offset: no parse needed.
        int year = (text.charAt(0) - '0') * 1000
                + (text.charAt(1) - '0') * 100
                + (text.charAt(2) - '0') * 10
                + (text.charAt(3) - '0');
        return year < FIRST_REAL_YEAR + 1
                && parseInstant(text)
                        .map(i -> LocalDate.ofInstant(i, ZoneOffset.UTC).getYear() < FIRST_REAL_YEAR)
                        .orElse(false);
    }

    private static String plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
