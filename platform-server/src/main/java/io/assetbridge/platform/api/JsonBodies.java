package io.assetbridge.platform.api;

import io.assetbridge.platform.error.ApiException;
import io.assetbridge.platform.json.Jsonp;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Reads request bodies strictly: at most 64 KB, well-formed JSON, an object at the root, and no
 * member repeated (JSON-P would silently keep the last one).
 */
final class JsonBodies {

    private static final JsonProvider JSON = Jsonp.PROVIDER;

    static final int MAX_BYTES = 64 * 1024;

    private JsonBodies() {}

    static JsonObject object(String body) {
        // size first: BodyLimitFilter cuts long bodies short, and a cut body may look blank or broken
        if (body != null && body.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new ApiException(413, "Payload too large", "The request body is larger than 64 KB.", Map.of());
        }
        if (body == null || body.isBlank()) {
            throw ApiException.badRequest("The request needs a JSON object body.");
        }
        JsonValue value;
        try (var reader = JSON.createReader(new StringReader(body))) {
            rejectRepeatedMembers(body);
            value = reader.readValue();
        } catch (ApiException e) {
            throw e;
        } catch (JsonParsingException e) {
            var at = e.getLocation();
            throw ApiException.badRequest("The body is not valid JSON"
                    + (at == null ? "" : " (line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ")")
                    + ".");
        } catch (JsonException | IllegalStateException e) {
            throw ApiException.badRequest("The body is not valid JSON.");
        } catch (RuntimeException tooDeep) {
            // Parsson refuses nesting beyond 1,000 levels with a bare RuntimeException
            throw ApiException.badRequest("The body is not valid JSON or is nested more than 1,000 levels deep.");
        }
        if (!(value instanceof JsonObject object)) {
            throw ApiException.badRequest("The body must be a JSON object, not "
                    + value.getValueType().name().toLowerCase() + ".");
        }
        return object;
    }

    /** JSON-P would read the first value and silently ignore whatever follows it. */
    private static void rejectTrailingContent(JsonParser parser) {
        boolean more;
        try {
            more = parser.hasNext();
        } catch (JsonException | IllegalStateException unexpected) {
            more = true;
        }
        if (more) {
            throw ApiException.badRequest("The body must be one JSON object with nothing after it.");
        }
    }

    /** Walks the body with the streaming parser and refuses an object that names a member twice. */
    private static void rejectRepeatedMembers(String body) {
        try (var parser = JSON.createParser(new StringReader(body))) {
            var stack = new ArrayDeque<Set<String>>();
            while (parser.hasNext()) {
                switch (parser.next()) {
                    case START_OBJECT -> stack.push(new HashSet<>());
                    case START_ARRAY -> stack.push(new HashSet<>(Set.of("\u0000array")));
                    case END_OBJECT, END_ARRAY -> {
                        stack.pop();
                        if (stack.isEmpty()) {
                            rejectTrailingContent(parser);
                            return;
                        }
                    }
                    case KEY_NAME -> {
                        if (!stack.isEmpty() && !stack.peek().add(parser.getString())) {
                            throw ApiException.badRequest(
                                    "The member \"" + parser.getString() + "\" appears twice in one object.");
                        }
                    }
                    default -> {
                        /* values need no check here */
                    }
                }
            }
        } catch (JsonException | IllegalStateException | NoSuchElementException malformed) {
            // reported with its position by the full read that follows
        }
    }
}
