package io.assetbridge.connector.connectwise.client;

import java.util.Locale;
import java.util.Optional;

/**
 * A response as far as the connector cares: status, content type, {@code Link} and {@code Retry-After} headers,
 * body.
 */
public record Answer(int status, String contentType, String link, String retryAfter, String body) {

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    /** Whether the body claims to be JSON: ConnectWise answers JSON even for errors, a stray web server HTML. */
    public boolean json() {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).contains("json");
    }

    public Optional<String> linkHeader() {
        return Optional.ofNullable(link).filter(l -> !l.isBlank());
    }

    /** The body for a message: at most 200 characters, on one line. */
    String excerpt() {
        String text = body == null ? "" : body.replaceAll("\\s+", " ").trim();
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
