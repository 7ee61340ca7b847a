package io.assetbridge.platform.integration;

import io.assetbridge.platform.error.Violations;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Set;

/**
 * The body of a create or update: {@code {"name","connector","config"}}, checked member by member.
 *
 * @param name      the name as given (stored verbatim; 1–200 characters after trimming)
 * @param connector the connector type id
 * @param config    the configuration object (validated against the connector later)
 */
public record IntegrationRequest(String name, String connector, JsonObject config) {

    public static final int MAX_NAME = 200;
    private static final Set<String> MEMBERS = Set.of("name", "connector", "config");

    /** Reads the body, adding every problem to {@code v}; returns null members where they are invalid. */
    public static IntegrationRequest read(JsonObject body, Violations v) {
        body.keySet().stream()
                .filter(k -> !MEMBERS.contains(k))
                .forEach(k -> v.add(k, "Unknown member; an integration has name, connector and config."));
        String name = string(body.get("name"), "name", v);
        if (name != null && (name.trim().isEmpty() || name.trim().length() > MAX_NAME)) {
            v.add("name", "Must be 1 to " + MAX_NAME + " characters (not counting surrounding spaces).");
            name = null;
        } else if (name != null && Violations.hasControlCharacters(name)) {
            v.add("name", "Must not contain control characters.");
            name = null;
        }
        String connector = string(body.get("connector"), "connector", v);
        JsonValue config = body.get("config");
        if (config == null || config == JsonValue.NULL) {
            v.add("config", "Is required: an object of the connector's properties.");
        } else if (!(config instanceof JsonObject)) {
            v.add("config", "Must be an object of the connector's properties.");
        }
        return new IntegrationRequest(name, connector, config instanceof JsonObject o ? o : null);
    }

    private static String string(JsonValue value, String field, Violations v) {
        if (value == null || value == JsonValue.NULL) {
            v.add(field, "Is required.");
            return null;
        }
        if (!(value instanceof JsonString s)) {
            v.add(field, "Must be a string.");
            return null;
        }
        return s.getString();
    }
}
