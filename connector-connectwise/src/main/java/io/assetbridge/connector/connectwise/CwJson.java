package io.assetbridge.connector.connectwise;

import io.assetbridge.connector.connectwise.client.CwFailures;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/** Reading ConnectWise JSON leniently: a missing or odd member is absent, never an exception. */
final class CwJson {

    static final JsonProvider JSON = JsonProvider.provider();

    private CwJson() {}

    /** A list response: a JSON array of objects. */
    static List<JsonObject> rows(String body, String what) {
        try (var reader = JSON.createReader(new StringReader(body))) {
            JsonArray array = reader.readArray();
            return array.stream()
                    .filter(v -> v.getValueType() == JsonValue.ValueType.OBJECT)
                    .map(JsonValue::asJsonObject)
                    .toList();
        } catch (JsonException | IllegalStateException e) {
            throw CwFailures.unreadable(what, e);
        }
    }

    static Optional<JsonObject> object(String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        try (var reader = JSON.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            return value.getValueType() == JsonValue.ValueType.OBJECT
                    ? Optional.of(value.asJsonObject())
                    : Optional.empty();
        } catch (JsonException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    static String text(JsonObject o, String name) {
        JsonValue v = o == null ? null : o.get(name);
        if (v instanceof JsonString s) {
            return s.getString().isBlank() ? null : s.getString();
        }
        if (v instanceof JsonNumber n) {
            return n.toString();
        }
        return null;
    }

    static Optional<Long> id(JsonObject o) {
        return o != null && o.get("id") instanceof JsonNumber n && n.isIntegral()
                ? Optional.of(n.longValue())
                : Optional.empty();
    }

    static JsonObject child(JsonObject o, String name) {
        return o != null && o.get(name) instanceof JsonObject child ? child : null;
    }

    /** The id of a reference member such as {@code company: {id, name}}, as text. */
    static String refId(JsonObject o, String name) {
        return id(child(o, name)).map(String::valueOf).orElse(null);
    }

    static String refName(JsonObject o, String name) {
        return text(child(o, name), "name");
    }

    static boolean flag(JsonObject o, String name, boolean fallback) {
        JsonValue v = o == null ? null : o.get(name);
        return v == JsonValue.TRUE || (v != JsonValue.FALSE && fallback);
    }

    static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** ConnectWise writes dates as midnight UTC instants. */
    static LocalDate date(String text) {
        Instant at = instant(text);
        if (at != null) {
            return at.atOffset(ZoneOffset.UTC).toLocalDate();
        }
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static Instant lastUpdated(JsonObject o) {
        return instant(text(child(o, "_info"), "lastUpdated"));
    }
}
