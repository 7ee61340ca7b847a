package io.assetbridge.halosim.http;

import com.sun.net.httpserver.HttpExchange;
import io.assetbridge.halosim.auth.TokenReply;
import io.assetbridge.halosim.auth.TokenService;
import io.assetbridge.halosim.json.JsonWriter;
import io.assetbridge.halosim.metrics.Counters;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** {@code POST /auth/token}: tenant in the query string, credentials in a form body. */
final class TokenEndpoint {

    private static final int MAX_BODY = 64 * 1024;

    private final TokenService tokens;
    private final Counters counters;

    TokenEndpoint(TokenService tokens, Counters counters) {
        this.tokens = tokens;
        this.counters = counters;
    }

    void handle(HttpExchange ex, Reply reply) throws IOException {
        if (!ex.getRequestMethod().equalsIgnoreCase("POST")) {
            reply.json(400, oauthError("invalid_request", "The specified HTTP method is not valid.", "ID2084"));
            return;
        }
        String contentType = ex.getRequestHeaders().getFirst("Content-Type");
        if (contentType == null || !contentType.toLowerCase().startsWith("application/x-www-form-urlencoded")) {
            reply.json(400, oauthError("invalid_request", "The specified 'Content-Type' header is invalid.", "ID2082"));
            return;
        }
        Params query = Params.parse(ex.getRequestURI().getRawQuery());
        Params form = Params.parse(readBody(ex));
        TokenReply r = tokens.issue(query.get("tenant"), form.asMap());
        if (r.status() == 200) {
            counters.tokenIssued();
        }
        reply.header("Cache-Control", "no-store");
        reply.header("Pragma", "no-cache");
        reply.json(r.status(), r.json());
    }

    static String readBody(HttpExchange ex) throws IOException {
        try (InputStream in = ex.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_BODY);
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private static String oauthError(String error, String description, String code) {
        return JsonWriter.object(w -> w.field("error", error)
                .field("error_description", description)
                .field("error_uri", "https://documentation.openiddict.com/errors/" + code));
    }
}
