package io.assetbridge.connector.halo;

import io.assetbridge.connector.halo.client.BearerTokens;
import io.assetbridge.connector.halo.client.HaloClient;
import io.assetbridge.connector.halo.client.TokenGrant;
import io.assetbridge.spi.ConnectorContext;
import io.assetbridge.spi.ConnectorSession;

/**
 * An authenticated conversation with one Halo instance: its settings, its HTTP client and the credential's
 * shared token. Thread-safe.
 */
final class HaloSession implements ConnectorSession, BearerTokens {

    /** The asset type ids this session last read, so a sync's hardware walk need not read the list twice. */
    private volatile java.util.List<Long> assetTypeIds;

    void rememberAssetTypeIds(java.util.List<Long> ids) {
        assetTypeIds = java.util.List.copyOf(ids);
    }

    java.util.Optional<java.util.List<Long>> knownAssetTypeIds() {
        return java.util.Optional.ofNullable(assetTypeIds);
    }

    private final HaloSettings settings;
    private final HaloClient client;
    private final SharedToken token;
    private final ConnectorContext context;

    HaloSession(HaloSettings settings, HaloClient client, SharedToken token, ConnectorContext context) {
        this.settings = settings;
        this.client = client;
        this.token = token;
        this.context = context;
    }

    HaloSettings settings() {
        return settings;
    }

    HaloClient client() {
        return client;
    }

    @Override
    public TokenGrant current() {
        return token.current(context.clock(), () -> client.requestToken(settings.tokenRequest()));
    }

    @Override
    public TokenGrant renew(TokenGrant rejected) {
        return token.renew(rejected, context.clock(), () -> client.requestToken(settings.tokenRequest()));
    }

    @Override
    public void close() {
        client.close();
    }

    @Override
    public String toString() {
        return "HaloSession[" + settings + "]";
    }
}
