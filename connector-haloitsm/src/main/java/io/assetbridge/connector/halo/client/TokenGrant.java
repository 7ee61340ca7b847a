package io.assetbridge.connector.halo.client;

import java.time.Duration;
import java.util.Optional;

/**
 * A token the authorisation server granted. {@link #toString()} never shows the token.
 *
 * @param accessToken the bearer token
 * @param tokenType   usually {@code Bearer}
 * @param expiresIn   its lifetime as the server stated it
 * @param scope       the granted scopes when the server lists them
 */
public record TokenGrant(String accessToken, String tokenType, Duration expiresIn, Optional<String> scope) {

    /** The Authorization header value. */
    public String authorization() {
        return (tokenType == null || tokenType.isBlank() ? "Bearer" : tokenType) + " " + accessToken;
    }

    @Override
    public String toString() {
        return "TokenGrant[tokenType=" + tokenType + ", expiresIn=" + expiresIn + ", scope=" + scope + "]";
    }
}
