package io.assetbridge.halosim.auth;

import io.assetbridge.halosim.SimulatorSettings;
import io.assetbridge.halosim.json.JsonWriter;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Issues and checks bearer tokens. Errors follow the OAuth 2.0 / OpenIddict shape Halo's auth
 * server (built on OpenIddict) uses: {@code {"error":..., "error_description":..., "error_uri":...}}.
 */
public final class TokenService {

    /** A live token: its scopes and expiry in clock millis. */
    public record Token(String clientId, Set<String> scopes, long expiresAtMillis) {}

    private final Supplier<SimulatorSettings> settings;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Token> live = new ConcurrentHashMap<>();

    public TokenService(Supplier<SimulatorSettings> settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Handles {@code POST /auth/token}.
     *
     * @param queryTenant the {@code ?tenant=} value, or null when absent
     * @param form        the decoded form body
     */
    public TokenReply issue(String queryTenant, Map<String, String> form) {
        SimulatorSettings s = settings.get();
        if (queryTenant != null && !s.tenant().isEmpty() && !queryTenant.equals(s.tenant())) {
            return error(400, "invalid_request", "The specified tenant '" + queryTenant + "' is not valid.", "ID2000");
        }
        if (queryTenant == null && s.requireTenant()) {
            return error(400, "invalid_request", "The mandatory 'tenant' parameter is missing.", "ID2029");
        }
        String grant = form.get("grant_type");
        if (isBlank(grant)) {
            return error(400, "invalid_request", "The mandatory 'grant_type' parameter is missing.", "ID2029");
        }
        if (!grant.equals("client_credentials")) {
            return error(400, "unsupported_grant_type", "The specified 'grant_type' is not supported.", "ID2032");
        }
        String clientId = form.get("client_id");
        if (isBlank(clientId)) {
            return error(400, "invalid_request", "The mandatory 'client_id' parameter is missing.", "ID2029");
        }
        String secret = form.get("client_secret");
        if (isBlank(secret)) {
            return error(400, "invalid_request", "The mandatory 'client_secret' parameter is missing.", "ID2029");
        }
        if (!clientId.equals(s.clientId()) || !secret.equals(s.clientSecret())) {
            return error(401, "invalid_client", "The specified client credentials are invalid.", "ID2055");
        }
        String scope = form.get("scope");
        if (isBlank(scope)) {
            return error(400, "invalid_request", "The mandatory 'scope' parameter is missing.", "ID2029");
        }
        List<String> requested = Scopes.parse(scope);
        for (String r : requested) {
            if (!Scopes.KNOWN.contains(r)) {
                return error(400, "invalid_scope", "The specified 'scope' is invalid: " + r + ".", "ID2052");
            }
            if (s.refuseUnpermittedScopes() && !r.equals("all") && !Scopes.covers(s.permissions(), r)) {
                return error(
                        400,
                        "invalid_scope",
                        "This client application is not allowed to use the specified scope: " + r + ".",
                        "ID2051");
            }
        }
        Set<String> granted = Scopes.grant(requested, s.permissions());
        if (s.oneTokenPerClient()) {
            live.values().removeIf(t -> t.clientId().equals(clientId));
        }
        pruneExpired();
        String accessToken = randomToken();
        long ttl = s.tokenTtlSeconds();
        live.put(accessToken, new Token(clientId, Set.copyOf(granted), clock.millis() + ttl * 1000));
        String body = JsonWriter.object(w -> w.field("access_token", accessToken)
                .field("token_type", "Bearer")
                .field("expires_in", ttl)
                .field("scope", String.join(" ", granted))
                // Halo also hands out a refresh token; clients should ignore it and re-run the grant.
                .field("refresh_token", randomToken()));
        return new TokenReply(200, body);
    }

    /** The live, unexpired token for a bearer value, if any. */
    public Optional<Token> check(String accessToken) {
        if (accessToken == null) {
            return Optional.empty();
        }
        Token t = live.get(accessToken);
        if (t == null) {
            return Optional.empty();
        }
        if (clock.millis() >= t.expiresAtMillis()) {
            live.remove(accessToken);
            return Optional.empty();
        }
        return Optional.of(t);
    }

    /** Revokes every issued token; the next API call with any of them gets 401. */
    public int revokeAll() {
        int n = live.size();
        live.clear();
        return n;
    }

    public int liveTokens() {
        pruneExpired();
        return live.size();
    }

    private void pruneExpired() {
        long now = clock.millis();
        live.values().removeIf(t -> now >= t.expiresAtMillis());
    }

    private String randomToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static TokenReply error(int status, String error, String description, String code) {
        return new TokenReply(
                status,
                JsonWriter.object(w -> w.field("error", error)
                        .field("error_description", description)
                        .field("error_uri", "https://documentation.openiddict.com/errors/" + code)));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
