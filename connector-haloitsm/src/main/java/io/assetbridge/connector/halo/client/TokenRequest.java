package io.assetbridge.connector.halo.client;

/**
 * The client-credentials request. {@link #toString()} never shows the secret.
 *
 * @param tenant       the tenant, or null when none is configured
 * @param clientId     the API application's Client ID
 * @param clientSecret the API application's Client Secret
 * @param scopes       space-separated scopes
 */
public record TokenRequest(String tenant, String clientId, String clientSecret, String scopes) {

    /** The same request for other scopes. */
    public TokenRequest withScopes(String otherScopes) {
        return new TokenRequest(tenant, clientId, clientSecret, otherScopes);
    }

    @Override
    public String toString() {
        return "TokenRequest[tenant=" + tenant + ", clientId=" + clientId + ", scopes=" + scopes + "]";
    }
}
