package io.assetbridge.connector.halo.client;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Lenient reading of Halo's bodies: JSON-P values rather than strict binding, because Halo adds keys,
 * sends numbers as strings or decimals, and wraps lists inconsistently (a bare array or an object with a
 * {@code record_count} and a list-named member).
 */
public final class JsonBodies {

    /**
     * The connector's one JSON-P provider, looked up once: {@code Json.createX} searches the class path
     * for a provider on every call.
     */
    public static final JsonProvider JSON = JsonProvider.provider();

    private JsonBodies() {}

    /** Whether the text starts like a JSON document at all (an HTML page or plain text does not). */
    public static boolean looksLikeJson(String body) {
        String start = body.stripLeading();
        return start.startsWith("{") || start.startsWith("[");
    }

    /**
     * Parses a JSON document.
     *
     * @throws JsonException when it is not well-formed
     */
    public static JsonValue parse(String body) {
        try (JsonReader reader = JSON.createReader(new StringReader(body))) {
            return reader.readValue();
        }
    }

    /** Parses a JSON document from its bytes (UTF-8, or as its byte order mark says). */
    public static JsonValue parse(byte[] body) {
        try (JsonReader reader = JSON.createReader(new ByteArrayInputStream(body))) {
            return reader.readValue();
        }
    }

    /** The rows of a list: a bare array, or the {@code key} member, or else the only array member. */
    public static List<JsonObject> rows(JsonValue body, String key) {
        JsonArray array = null;
        if (body instanceof JsonArray bare) {
            array = bare;
        } else if (body instanceof JsonObject object) {
            if (object.get(key) instanceof JsonArray named) {
                array = named;
            } else {
                array = object.values().stream()
                        .filter(JsonArray.class::isInstance)
                        .map(JsonArray.class::cast)
                        .findFirst()
                        .orElse(null);
            }
        }
        if (array == null) {
            return List.of();
        }
        return array.stream()
                .filter(JsonObject.class::isInstance)
                .map(JsonObject.class::cast)
                .toList();
    }

    /** The {@code record_count} of a wrapped list, when it says one. */
    public static OptionalLong recordCount(JsonValue body) {
        if (body instanceof JsonObject object) {
            return wholeNumber(object.get("record_count"));
        }
        return OptionalLong.empty();
    }

    /** A whole number from a JSON number or a numeric string ({@code 12}, {@code 12.0}, {@code "12"}). */
    public static OptionalLong wholeNumber(JsonValue value) {
        try {
            BigDecimal number = null;
            if (value instanceof JsonNumber n) {
                number = n.bigDecimalValue();
            } else if (value instanceof JsonString s && !s.getString().isBlank()) {
                number = new BigDecimal(s.getString().strip());
            }
            if (number != null && number.stripTrailingZeros().scale() <= 0) {
                return OptionalLong.of(number.longValueExact());
            }
        } catch (NumberFormatException | ArithmeticException notWhole) {
            // not a whole number: treated as absent
        }
        return OptionalLong.empty();
    }

    /** A short, printable text out of one of Halo's many error shapes, for messages. */
    public static Optional<String> errorText(String body) {
        String text = null;
        if (looksLikeJson(body)) {
            try {
                JsonValue value = parse(body);
                text = errorText(value);
            } catch (JsonException | IllegalStateException unreadable) {
                text = null;
            }
        } else if (!body.isBlank() && !body.stripLeading().startsWith("<")) {
            text = body;
        }
        return Optional.ofNullable(text).map(JsonBodies::printable).filter(t -> !t.isBlank());
    }

    /** The OAuth {@code error} code of a token endpoint answer, lower case, when there is one. */
    public static Optional<String> oauthError(String body) {
        if (!looksLikeJson(body)) {
            return Optional.empty();
        }
        try {
            if (parse(body) instanceof JsonObject object && object.get("error") instanceof JsonString code) {
                return Optional.of(code.getString().strip().toLowerCase(Locale.ROOT));
            }
        } catch (JsonException | IllegalStateException unreadable) {
            // no code
        }
        return Optional.empty();
    }

    private static String errorText(JsonValue value) {
        if (value instanceof JsonString s) {
            return s.getString();
        }
        if (value instanceof JsonObject object) {
            for (String key : List.of("error_description", "Message", "message", "errorMessage", "error")) {
                JsonValue member = object.get(key);
                if (member instanceof JsonString s && !s.getString().isBlank()) {
                    return s.getString();
                }
                if (member instanceof JsonObject nested) {
                    return errorText(nested);
                }
            }
            if (object.size() == 1 && object.values().iterator().next() instanceof JsonString only) {
                return only.getString(); // a model-state dictionary with one entry
            }
        }
        return null;
    }

    /**
     * The only remote text a message may quote: an OAuth-style {@code error_description} (else {@code error})
     * of a JSON object, as plain text — control characters, markup and quotes removed — of at most 200
     * characters. Anything that is not such a member (an HTML page, plain text, other JSON) gives nothing.
     */
    public static Optional<String> oauthDescription(String body) {
        if (!looksLikeJson(body)) {
            return Optional.empty();
        }
        try {
            if (parse(body) instanceof JsonObject object) {
                JsonValue value = object.get("error_description") instanceof JsonString
                        ? object.get("error_description")
                        : object.get("error");
                if (value instanceof JsonString text) {
                    String plain = printable(text.getString().replaceAll("[<>\"`\\{}]", " "))
                            .replaceAll("\\s+", " ");
                    return Optional.of(plain).filter(t -> !t.isBlank());
                }
            }
        } catch (JsonException | IllegalStateException unreadable) {
            // nothing to quote
        }
        return Optional.empty();
    }

    private static String printable(String text) {
        String flat = text.replaceAll("\\p{Cntrl}+", " ").strip();
        return flat.length() <= 200 ? flat : flat.substring(0, 197) + "...";
    }
}
