package io.assetbridge.connector.halo;

import io.assetbridge.connector.halo.client.BearerTokens;
import io.assetbridge.connector.halo.client.HaloClient;
import io.assetbridge.connector.halo.client.TokenGrant;
import io.assetbridge.spi.ConnectorContext;
import io.assetbridge.spi.ConnectorSession;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An authenticated conversation with one Halo instance: its settings, its HTTP client and the credential's
 * shared token. Thread-safe.
 */
final class HaloSession implements ConnectorSession, BearerTokens {

    /** The asset type ids this session last read, so a sync's hardware walk need not read the list twice. */
    private volatile List<Long> assetTypeIds;

    /** Each list's {@code record_count} as discovery's probes found it: totals for the sync's progress. */
    private final Map<String, Long> totals = new ConcurrentHashMap<>();

    void rememberAssetTypeIds(List<Long> ids) {
        assetTypeIds = List.copyOf(ids);
    }

    Optional<List<Long>> knownAssetTypeIds() {
        return Optional.ofNullable(assetTypeIds);
    }

    void rememberTotal(ListSpec list, long total) {
        totals.put(list.list(), total);
    }

    Optional<Long> knownTotal(ListSpec list) {
        return Optional.ofNullable(totals.get(list.list()));
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

    /** A new token whatever is cached: a connection test must see permissions granted since. */
    TokenGrant fresh() {
        return token.replace(context.clock(), () -> client.requestToken(settings.tokenRequest()));
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
