package io.assetbridge.connector.halo.client;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.util.Locale;
import java.util.Optional;

/**
 * A response read completely into memory, so the connection is released before anything is decided.
 *
 * @param status      the HTTP status
 * @param body        the body as text, empty when there was none
 * @param contentType the Content-Type header, empty when absent
 * @param retryAfter  the Retry-After header, when present
 */
public record HttpAnswer(int status, String body, String contentType, Optional<String> retryAfter) {

    public HttpAnswer {
        body = body == null ? "" : body;
        contentType = contentType == null ? "" : contentType;
        retryAfter = retryAfter == null ? Optional.empty() : retryAfter;
    }

    static HttpAnswer read(Response response) {
        String body = response.hasEntity() ? response.readEntity(String.class) : "";
        return new HttpAnswer(response.getStatus(), body, response.getHeaderString(HttpHeaders.CONTENT_TYPE),
                Optional.ofNullable(response.getHeaderString("Retry-After")).filter(v -> !v.isBlank()));
    }

    public boolean successful() {
        return status >= 200 && status < 300;
    }

    /** An HTML page (a login page, a web server's error page): the URL is not Halo's API. */
    public boolean looksLikeHtml() {
        String start = body.stripLeading();
        return contentType.toLowerCase(Locale.ROOT).contains("html")
                || start.startsWith("<") || start.regionMatches(true, 0, "<!doctype", 0, 9);
    }
}
