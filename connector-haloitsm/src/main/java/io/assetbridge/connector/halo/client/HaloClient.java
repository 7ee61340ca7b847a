package io.assetbridge.connector.halo.client;

import io.assetbridge.spi.ConnectorContext;
import io.assetbridge.spi.RequestMeter.HttpCall.Kind;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * The connection to one Halo instance for one session: a REST client for the resource server and one for
 * the authorisation server, built programmatically because every integration has its own URLs. Thread-safe.
 */
public final class HaloClient implements AutoCloseable {

    /** Lets this client judge every status itself instead of the default exception mapper. */
    private static final String DISABLE_DEFAULT_MAPPER = "microprofile.rest.client.disable.default.mapper";

    /** Long enough for a TLS handshake across the world, short enough to answer a connection test in 5 s. */
    private static final Duration PREFLIGHT_TIMEOUT = Duration.ofSeconds(2);

    private final HaloResourceApi resources;
    private final HaloTokenApi tokens;
    private final URI resourceServer;
    private final Endpoint tokenEndpoint;
    private final RequestRunner runner;

    private HaloClient(
            HaloResourceApi resources,
            HaloTokenApi tokens,
            URI resourceServer,
            URI authorisationServer,
            RequestRunner runner) {
        this.resources = resources;
        this.tokens = tokens;
        this.resourceServer = resourceServer;
        this.tokenEndpoint = new Endpoint(
                Kind.TOKEN, join(authorisationServer, "token"), "authorisation-server-url", "Authorisation Server URL");
        this.runner = runner;
    }

    /**
     * @param resourceServer      the Resource Server URL ({@code …/api})
     * @param authorisationServer the Authorisation Server URL
     * @param context             timeouts for the clients
     * @param runner              paces, meters and retries every request
     */
    public static HaloClient open(
            URI resourceServer, URI authorisationServer, ConnectorContext context, RequestRunner runner) {
        if (context.firstContact()) {
            checkScheme(authorisationServer, "authorisation-server-url", "Authorisation Server URL");
            checkScheme(resourceServer, "resource-server-url", "Resource Server URL");
        }
        return new HaloClient(
                build(HaloResourceApi.class, resourceServer, context),
                build(HaloTokenApi.class, authorisationServer, context),
                resourceServer,
                authorisationServer,
                runner);
    }

    /** Names an {@code https://} URL pointing at a plain-HTTP port before any request waits on it. */
    private static void checkScheme(URI url, String property, String label) {
        var endpoint = new Endpoint(Kind.API, url, property, label);
        SchemeProbe.httpsThatAnswersPlainHttp(url, PREFLIGHT_TIMEOUT)
                .ifPresent(scheme -> HaloFailures.rejectMistake(
                        endpoint, new SSLException("no TLS handshake"), Optional.of(scheme), true));
    }

    private static <T> T build(Class<T> api, URI base, ConnectorContext context) {
        Duration connect = context.timeouts().connect();
        Duration read = context.timeouts().read();
        return RestClientBuilder.newBuilder()
                .baseUri(base)
                .connectTimeout(connect.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(read.toMillis(), TimeUnit.MILLISECONDS)
                .property(DISABLE_DEFAULT_MAPPER, Boolean.TRUE)
                .build(api);
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
        return runner.send(
                tokenEndpoint,
                "POST",
                () -> tokens.token(
                        request.tenant(),
                        "client_credentials",
                        request.clientId(),
                        request.clientSecret(),
                        request.scopes()));
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
        boolean paged = query.paged();
        return runner.send(
                endpoint,
                "GET",
                () -> resources.list(
                        query.list(),
                        token.authorization(),
                        paged ? Boolean.TRUE : null,
                        paged ? query.pageSize() : null,
                        query.pageNo(),
                        paged ? "id" : null,
                        paged ? Boolean.TRUE : null,
                        paged ? Boolean.TRUE : null,
                        query.assetTypeId(),
                        query.assetTypeId() != null ? Boolean.TRUE : null,
                        query.deviceId()));
    }

    private static URI join(URI base, String path) {
        String text = base.toString();
        return URI.create(text.endsWith("/") ? text + path : text + "/" + path);
    }

    @Override
    public void close() {
        closeQuietly(resources);
        closeQuietly(tokens);
    }

    /** MicroProfile REST Client proxies are {@link AutoCloseable}; closing frees their connections. */
    private static void closeQuietly(Object client) {
        if (client instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // nothing useful to do: the session is over
            }
        }
    }
}
