package io.assetbridge.halosim.data;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Halo's date format: ISO local date-time with <em>no time zone</em> and .NET-style fractions
 * (trailing zeros dropped: {@code 2025-01-16T20:13:34.24}). A missing date is often the
 * {@code 1900-01-01T00:00:00} placeholder rather than null.
 */
public final class HaloDates {

    public static final String PLACEHOLDER = "1900-01-01T00:00:00";

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private HaloDates() {}

    public static String format(LocalDateTime t) {
        if (t == null) {
            return PLACEHOLDER;
        }
        String s = SECONDS.format(t);
        int millis = t.getNano() / 1_000_000;
        if (millis == 0) {
            return s;
        }
        String fraction = String.format("%03d", millis);
        while (fraction.endsWith("0")) {
            fraction = fraction.substring(0, fraction.length() - 1);
        }
        return s + "." + fraction;
    }

    public static String format(LocalDate d) {
        return d == null ? PLACEHOLDER : format(d.atStartOfDay());
    }

    /**
     * Parses what clients send as {@code lastupdatefromdate}: a date, a local date-time, or one with
     * a {@code Z} / offset suffix (the suffix is dropped: Halo times are treated as UTC).
     */
    public static LocalDateTime parseLenient(String text) {
        String s = text.trim();
        try {
            if (s.length() == 10) {
                return LocalDate.parse(s).atStartOfDay();
            }
            if (s.endsWith("Z") || s.endsWith("z")) {
                s = s.substring(0, s.length() - 1);
            } else if (s.length() > 19 && (s.charAt(s.length() - 6) == '+' || s.charAt(s.length() - 6) == '-')) {
                s = s.substring(0, s.length() - 6);
            }
            return LocalDateTime.parse(s.replace(' ', 'T'));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Not a date: " + text, e);
        }
    }
}
