package io.assetbridge.platform.sync;

import io.assetbridge.spi.ResourceType;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Something a run did not do as asked, while it still succeeded: a resource type it could not read, a
 * record it could not map, and so on. Any feature adds one with {@link RunStore#addWarning}; the run shows
 * them as {@code warnings}.
 *
 * @param resourceType the resource type concerned, or null for the whole run
 * @param reason       a stable lower-case word: {@value #PERMISSION}, {@value #MAPPING}, …
 * @param permission   for {@value #PERMISSION}: the source permission to grant, or null
 * @param message      a sentence saying what was skipped and what to do about it
 */
public record RunWarning(String resourceType, String reason, String permission, String message) {

    public static final String PERMISSION = "permission";
    /** A page said the view it belongs to may be inconsistent: the run marks nothing missing. */
    public static final String INCONSISTENT = "inconsistent-view";

    public static final String MAPPING = "mapping";

    public RunWarning {
        if (reason == null || reason.isBlank() || message == null || message.isBlank()) {
            throw new IllegalArgumentException("a run warning needs a reason and a message");
        }
    }

    /** A type this account may not read, naming the permission that would let it. */
    static RunWarning unreadable(ResourceType type, String sourceName, String hint) {
        String permission = type.permission();
        String grant = permission == null
                ? "grant this integration's account access to them in " + sourceName
                : "grant " + permission + " to this integration's account in " + sourceName;
        return new RunWarning(
                type.id(),
                PERMISSION,
                permission,
                type.label() + " will be skipped: " + grant + ", and the next sync reads them." + hint);
    }

    /** A type whose pages may not form a consistent view, so that nothing is marked missing. */
    static RunWarning inconsistent(ResourceType type, String why) {
        return new RunWarning(
                type.id(),
                INCONSISTENT,
                null,
                type.label() + " may have been read inconsistently (" + why.strip()
                        + "), so this sync marks nothing missing; the next complete full sync does.");
    }

    /**
     * Records of a type the connector could not map: counted as failed, the rest of the page stored.
     * One per resource type and run (the first failure's reason), however many pages have such records.
     */
    static RunWarning mapping(ResourceType type, String firstFailure) {
        return new RunWarning(
                type.id(),
                MAPPING,
                null,
                "Some " + type.label() + " could not be mapped and are counted as failed (first: " + firstFailure
                        + "). This is a connector defect: report it with the run's counts; the next sync retries them.");
    }

    static String toJsonText(List<RunWarning> warnings) {
        var array = Json.createArrayBuilder();
        for (RunWarning w : warnings) {
            var object = Json.createObjectBuilder();
            add(object, "resourceType", w.resourceType());
            object.add("reason", w.reason());
            add(object, "permission", w.permission());
            object.add("message", w.message());
            array.add(object);
        }
        return array.build().toString();
    }

    static List<RunWarning> parse(String json) {
        var warnings = new ArrayList<RunWarning>();
        if (json == null || json.isBlank()) {
            return warnings;
        }
        try (var reader = Json.createReader(new StringReader(json))) {
            for (JsonValue value : reader.readArray()) {
                JsonObject o = value.asJsonObject();
                warnings.add(new RunWarning(
                        text(o, "resourceType"), text(o, "reason"), text(o, "permission"), text(o, "message")));
            }
        }
        return warnings;
    }

    private static void add(JsonObjectBuilder object, String name, String value) {
        if (value == null) {
            object.addNull(name);
        } else {
            object.add(name, value);
        }
    }

    private static String text(JsonObject o, String name) {
        return o.get(name) instanceof JsonString s ? s.getString() : null;
    }
}
