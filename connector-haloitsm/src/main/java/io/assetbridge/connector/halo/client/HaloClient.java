package io.assetbridge.connector.halo.client;

import io.assetbridge.spi.ConnectorContext;
import io.assetbridge.spi.OutboundHttp;
import io.assetbridge.spi.RequestMeter.HttpCall.Kind;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import javax.net.ssl.SSLException;

/**
 * The connection to one Halo instance for one session: token and list requests sent through the HTTP
 * connections the platform lends ({@link ConnectorContext#http()}), so that its outbound policy applies to
 * every one of them. Thread-safe.
 */
public final class HaloClient implements AutoCloseable {

    /** Long enough for a TLS handshake across the world, short enough to answer a connection test in 5 s. */
    private static final Duration PREFLIGHT_TIMEOUT = Duration.ofSeconds(2);

    private final OutboundHttp http;
    private final URI resourceServer;
    private final Endpoint tokenEndpoint;
    private final RequestRunner runner;

    private HaloClient(OutboundHttp http, URI resourceServer, URI authorisationServer, RequestRunner runner) {
        this.http = http;
        this.resourceServer = resourceServer;
        this.tokenEndpoint = new Endpoint(
                Kind.TOKEN, join(authorisationServer, "token"), "authorisation-server-url", "Authorisation Server URL");
        this.runner = runner;
    }

    /**
     * @param resourceServer      the Resource Server URL ({@code …/api})
     * @param authorisationServer the Authorisation Server URL
     * @param context             lends the HTTP connections
     * @param runner              paces, meters and retries every request
     */
    public static HaloClient open(
            URI resourceServer, URI authorisationServer, ConnectorContext context, RequestRunner runner) {
        OutboundHttp http = context.http();
        if (context.firstContact()) {
            checkScheme(http, authorisationServer, "authorisation-server-url", "Authorisation Server URL");
            checkScheme(http, resourceServer, "resource-server-url", "Resource Server URL");
        }
        return new HaloClient(http, resourceServer, authorisationServer, runner);
    }

    /** Names an {@code https://} URL pointing at a plain-HTTP port before any request waits on it. */
    private static void checkScheme(OutboundHttp http, URI url, String property, String label) {
        var endpoint = new Endpoint(Kind.API, url, property, label);
        SchemeProbe.httpsThatAnswersPlainHttp(http, url, PREFLIGHT_TIMEOUT)
                .ifPresent(scheme -> HaloFailures.rejectMistake(
                        endpoint, new SSLException("no TLS handshake"), Optional.of(scheme), true));
    }

    /**
     * Requests a token with the client-credentials grant. When Halo refuses scopes the API application
     * lacks (400 {@code invalid_scope}), asks again without them, so that an application granted only
     * some permissions still signs in; what it lacks shows later as unreadable resource types.
     */
    public TokenGrant requestToken(TokenRequest request) {
        HttpAnswer answer = tokenAnswer(request);
        if (ScopeRefusal.applies(answer)) {
            answer = ScopeRefusal.withoutRefused(request, answer, this::tokenAnswer);
        }
        return grantOf(answer, request);
    }

    private HttpAnswer tokenAnswer(TokenRequest request) {
        var outbound = HaloRequests.token(tokenEndpoint.url(), request);
        return runner.send(tokenEndpoint, "POST", () -> HttpAnswer.of(http.send(outbound)));
    }

    private TokenGrant grantOf(HttpAnswer answer, TokenRequest request) {
        if (!answer.successful() || !answer.looksLikeJson()) {
            throw HaloFailures.tokenRefused(tokenEndpoint, answer, request);
        }
        JsonValue body;
        try {
            body = JsonBodies.parse(answer.content());
        } catch (JsonException | IllegalStateException e) {
            throw HaloFailures.notHaloApi(tokenEndpoint, answer);
        }
        if (!(body instanceof JsonObject object)
                || !(object.get("access_token") instanceof JsonString token)
                || token.getString().isBlank()) {
            throw HaloFailures.noToken(tokenEndpoint);
        }
        long expiresIn = JsonBodies.wholeNumber(object.get("expires_in")).orElse(3600);
        String type = object.get("token_type") instanceof JsonString t ? t.getString() : "Bearer";
        Optional<String> scope =
                object.get("scope") instanceof JsonString s ? Optional.of(s.getString()) : Optional.empty();
        return new TokenGrant(token.getString(), type, Duration.ofSeconds(Math.max(0, expiresIn)), scope);
    }

    /**
     * Reads one list request with the shared token, renewing it once after a 401 or a 403: a token keeps
     * the scopes it was issued with, so a permission granted in Halo since shows only in a new one.
     *
     * @param permission the Halo permission the list needs, named when Halo refuses
     * @param what       what is read, for messages, e.g. {@code customers page 2}
     */
    public JsonValue list(ListQuery query, BearerTokens bearer, String permission, String what) {
        Endpoint endpoint = new Endpoint(
                Kind.API, join(resourceServer, query.list()), "resource-server-url", "Resource Server URL");
        TokenGrant token = bearer.current();
        HttpAnswer answer = send(endpoint, query, token);
        if (answer.status() == 401 || answer.status() == 403) {
            token = bearer.renew(token);
            answer = send(endpoint, query, token);
        }
        if (!answer.successful()) {
            throw HaloFailures.apiRefused(endpoint, answer, permission, what, token.accessToken());
        }
        if (!answer.looksLikeJson()) {
            throw HaloFailures.notHaloApi(endpoint, answer);
        }
        try {
            return JsonBodies.parse(answer.content());
        } catch (JsonException | IllegalStateException e) {
            throw HaloFailures.malformed(endpoint, what, e);
        }
    }

    private HttpAnswer send(Endpoint endpoint, ListQuery query, TokenGrant token) {
        var outbound = HaloRequests.list(endpoint.url(), query, token.authorization());
        return runner.send(endpoint, "GET", () -> HttpAnswer.of(http.send(outbound)));
    }

    private static URI join(URI base, String path) {
        String text = base.toString();
        return URI.create(text.endsWith("/") ? text + path : text + "/" + path);
    }

    @Override
    public void close() {
        // no operation: every request has its own connection, closed when its answer is read
    }
}
