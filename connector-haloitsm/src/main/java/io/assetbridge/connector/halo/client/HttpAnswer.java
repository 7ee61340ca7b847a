package io.assetbridge.connector.halo.client;

import io.assetbridge.spi.OutboundResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * A response read completely into memory, so the connection is released before anything is decided.
 * The body stays bytes: a page of assets is a few hundred kilobytes, and as a Java string it would be
 * twice that, big enough for the collector to treat every page as a "humongous" object.
 *
 * @param status      the HTTP status
 * @param content     the body as received, empty when there was none
 * @param contentType the Content-Type header, empty when absent
 * @param retryAfter  the Retry-After header, when present
 */
public record HttpAnswer(int status, byte[] content, String contentType, Optional<String> retryAfter) {

    public HttpAnswer {
        content = content == null ? new byte[0] : content;
        contentType = contentType == null ? "" : contentType;
        retryAfter = retryAfter == null ? Optional.empty() : retryAfter;
    }

    /** An answer with a text body (UTF-8). */
    public HttpAnswer(int status, String body, String contentType, Optional<String> retryAfter) {
        this(status, body == null ? null : body.getBytes(StandardCharsets.UTF_8), contentType, retryAfter);
    }

    static HttpAnswer of(OutboundResponse response) {
        return new HttpAnswer(
                response.status(),
                response.body(),
                response.header("Content-Type").orElse(null),
                response.header("Retry-After").filter(v -> !v.isBlank()));
    }

    /** The body as text, for messages and error shapes (JSON is UTF-8). */
    public String body() {
        return new String(content, StandardCharsets.UTF_8);
    }

    /** Whether the body starts like a JSON document at all (an HTML page or plain text does not). */
    public boolean looksLikeJson() {
        return JsonBodies.looksLikeJson(start());
    }

    public boolean successful() {
        return status >= 200 && status < 300;
    }

    /** An HTML page (a login page, a web server's error page): the URL is not Halo's API. */
    public boolean looksLikeHtml() {
        String start = start();
        return contentType.toLowerCase(Locale.ROOT).contains("html")
                || start.startsWith("<")
                || start.regionMatches(true, 0, "<!doctype", 0, 9);
    }

    /**
     * The body's first characters after leading whitespace: enough to tell JSON from HTML without
     * turning a whole page into a string.
     */
    private String start() {
        int from = 0;
        while (from < content.length && Character.isWhitespace(content[from])) {
            from++;
        }
        return new String(content, from, Math.min(content.length - from, 512), StandardCharsets.UTF_8);
    }
}
