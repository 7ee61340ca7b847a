package io.assetbridge.connector.halo;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An asset's {@code fields[]} and {@code customfields[]} entries ({@code {id, name, label, value, display}})
 * by name. Halo keeps serial number, model and often manufacturer there rather than in top-level keys; the
 * human-readable {@code display} is preferred over {@code value}, which may be a lookup id.
 */
final class FieldValues {

    /** Display name → value, in the order Halo listed them; fields[] before customfields[]. */
    private final Map<String, String> byName = new LinkedHashMap<>();
    /** Normalised display name → value, for lookups by name. */
    private final Map<String, String> byNormalisedName = new LinkedHashMap<>();
    /** Normalised internal name → value, for custom fields whose label differs from their name. */
    private final Map<String, String> aliases = new LinkedHashMap<>();
    /** Normalised name → raw {@code value}: for dates, whose display is in the user's locale. */
    private final Map<String, String> rawValues = new LinkedHashMap<>();

    static FieldValues of(JsonObject row) {
        var values = new FieldValues();
        values.addAll(row.get("fields"));
        values.addAll(row.get("customfields"));
        return values;
    }

    private void addAll(JsonValue list) {
        if (!(list instanceof JsonArray array)) {
            return;
        }
        for (JsonValue entry : array) {
            if (entry instanceof JsonObject field) {
                Optional<String> name = JsonFields.text(field, "label").or(() -> JsonFields.text(field, "name"));
                Optional<String> value = JsonFields.text(field, "display")
                        .or(() -> JsonFields.text(field, "value"))
                        .filter(v -> !JsonFields.isSentinelDate(v));
                Optional<String> raw = JsonFields.text(field, "value");
                if (name.isPresent() && raw.isPresent()) {
                    rawValues.putIfAbsent(normalise(name.get()), raw.get());
                }
                if (name.isPresent() && value.isPresent()) {
                    byName.putIfAbsent(name.get(), value.get());
                    byNormalisedName.putIfAbsent(normalise(name.get()), value.get());
                    // also findable by its internal name (a custom field's "name" is often CFSerial or similar)
                    JsonFields.text(field, "name").ifPresent(n -> aliases.putIfAbsent(normalise(n), value.get()));
                }
            }
        }
    }

    /** The first value whose name, ignoring case, spaces and punctuation, is one of {@code names}. */
    Optional<String> find(List<String> names) {
        for (String wanted : names) {
            if (byNormalisedName.containsKey(wanted)) {
                return Optional.of(byNormalisedName.get(wanted));
            }
            if (aliases.containsKey(wanted)) {
                return Optional.of(aliases.get(wanted));
            }
        }
        return Optional.empty();
    }

    /**
     * The first date among {@code names}: the raw value when it is an ISO date, else the display, since a
     * display such as {@code 20/02/2024} depends on the Halo user's locale.
     */
    Optional<LocalDate> findDate(List<String> names) {
        for (String wanted : names) {
            Optional<Instant> raw = Optional.ofNullable(rawValues.get(wanted))
                    .filter(v -> !JsonFields.isSentinelDate(v))
                    .flatMap(JsonFields::parseInstant);
            if (raw.isPresent()) {
                return raw.map(i -> LocalDate.ofInstant(i, ZoneOffset.UTC));
            }
        }
        return find(names).flatMap(JsonFields::parseInstant).map(i -> LocalDate.ofInstant(i, ZoneOffset.UTC));
    }

    /** Every field by display name, for the attributes. */
    Map<String, String> all() {
        return byName;
    }

    static String normalise(String name) {
        var letters = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            if (Character.isLetterOrDigit(c)) {
                letters.appendCodePoint(Character.toLowerCase(c));
            }
            i += Character.charCount(c);
        }
        String lower = letters.toString();
        return lower.startsWith("cf") && lower.length() > 2 ? lower.substring(2) : lower;
    }
}
