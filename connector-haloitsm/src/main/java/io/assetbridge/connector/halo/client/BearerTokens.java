package io.assetbridge.connector.halo.client;

/** Supplies the access token for API calls; shared by every session using the same credential. */
public interface BearerTokens {

    /** A token that is valid for a while yet, fetching one when needed. */
    TokenGrant current();

    /**
     * A new token after Halo answered 401 to {@code rejected}; when another thread already replaced it,
     * that newer token, without another request.
     */
    TokenGrant renew(TokenGrant rejected);
}
