package io.assetbridge.platform.webhook;

import io.assetbridge.platform.error.Violations;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A webhook as sent in a {@code POST} or {@code PUT} body, checked whole: every problem is reported at
 * once, keyed by member. {@code secret} absent or blank keeps the stored one (on {@code PUT}),
 * {@code null} removes it.
 */
record WebhookInput(String url, Secret secret, List<String> events) {

    /** What the body says about the secret. */
    enum SecretChange {
        KEEP,
        SET,
        REMOVE
    }

    record Secret(SecretChange change, String value) {}

    private static final Set<String> MEMBERS = Set.of("url", "secret", "events");
    static final int MAX_URL = 2048;
    static final int MAX_SECRET = 200;

    static WebhookInput parse(JsonObject body, OutboundCheck outbound) {
        var v = new Violations();
        body.keySet().stream()
                .filter(k -> !MEMBERS.contains(k))
                .sorted()
                .forEach(k -> v.add(k, "Unknown member '" + k + "'; a webhook has url, secret and events."));
        String url = url(body.get("url"), outbound, v);
        Secret secret = secret(body, v);
        List<String> events = events(body.get("events"), v);
        v.throwIfAny("The webhook is not valid.");
        return new WebhookInput(url, secret, events);
    }

    private static String url(JsonValue value, OutboundCheck outbound, Violations v) {
        if (!(value instanceof JsonString s) || s.getString().isBlank()) {
            v.add("url", "A URL (http or https) is required.");
            return null;
        }
        String url = s.getString().trim();
        if (url.length() > MAX_URL || Violations.hasControlCharacters(url)) {
            v.add("url", "The URL must be at most " + MAX_URL + " characters without control characters.");
            return null;
        }
        try {
            URI uri = new URI(url);
            if (!uri.isAbsolute() || uri.getHost() == null) {
                v.add("url", "The URL must be absolute, such as https://hooks.example.com/assetbridge.");
                return null;
            }
            if (uri.getRawUserInfo() != null) {
                v.add("url", "The URL must not hold a user name or password; use the secret to sign deliveries.");
                return null;
            }
            Optional<String> refused = outbound.refusal(uri);
            refused.ifPresent(reason -> v.add("url", reason));
            return refused.isPresent() ? null : url;
        } catch (URISyntaxException e) {
            v.add("url", "The URL is not valid: " + e.getReason() + ".");
            return null;
        }
    }

    private static Secret secret(JsonObject body, Violations v) {
        if (!body.containsKey("secret")) {
            return new Secret(SecretChange.KEEP, null);
        }
        JsonValue value = body.get("secret");
        if (value == JsonValue.NULL) {
            return new Secret(SecretChange.REMOVE, null);
        }
        if (!(value instanceof JsonString s)) {
            v.add("secret", "The secret must be a string (or null to remove it).");
            return null;
        }
        if (s.getString().isBlank()) {
            return new Secret(SecretChange.KEEP, null);
        }
        if (s.getString().length() > MAX_SECRET || Violations.hasControlCharacters(s.getString())) {
            v.add("secret", "The secret must be at most " + MAX_SECRET + " characters without control characters.");
            return null;
        }
        return new Secret(SecretChange.SET, s.getString());
    }

    private static List<String> events(JsonValue value, Violations v) {
        if (value == null
                || value.getValueType() != JsonValue.ValueType.ARRAY
                || value.asJsonArray().isEmpty()) {
            v.add("events", "Name at least one event: run.failed, run.held or run.warnings.");
            return List.of();
        }
        var events = new ArrayList<String>();
        var array = value.asJsonArray();
        for (int i = 0; i < array.size(); i++) {
            JsonValue item = array.get(i);
            String name = item instanceof JsonString s ? s.getString() : null;
            if (name == null || WebhookEvent.of(name).isEmpty()) {
                v.add(
                        "events[" + i + "]",
                        "Unknown event " + item + "; the events are run.failed, run.held and run.warnings.");
            } else if (events.contains(name)) {
                v.add("events[" + i + "]", "The event " + name + " is named twice.");
            } else {
                events.add(name);
            }
        }
        return events;
    }
}
