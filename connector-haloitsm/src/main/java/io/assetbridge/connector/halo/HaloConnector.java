package io.assetbridge.connector.halo;

import io.assetbridge.connector.halo.client.HaloClient;
import io.assetbridge.connector.halo.client.RequestRunner;
import io.assetbridge.connector.halo.client.RetryPolicy;
import io.assetbridge.spi.CanonicalRecord;
import io.assetbridge.spi.ConfigProblem;
import io.assetbridge.spi.Connector;
import io.assetbridge.spi.ConnectorConfig;
import io.assetbridge.spi.ConnectorContext;
import io.assetbridge.spi.ConnectorDescriptor;
import io.assetbridge.spi.ConnectorSession;
import io.assetbridge.spi.Page;
import io.assetbridge.spi.PageRequest;
import io.assetbridge.spi.RateBudget;
import io.assetbridge.spi.ResourceType;
import io.assetbridge.spi.SecretBinding;
import io.assetbridge.spi.SourceRecord;
import java.util.List;
import java.util.OptionalLong;

/**
 * The Halo ITSM connector. One instance lives as long as the server; it keeps one shared token per
 * credential in an instance field, and everything else per session.
 */
public final class HaloConnector implements Connector {

    static final String TYPE = "haloitsm";

    private static final ConnectorDescriptor DESCRIPTOR =
            new ConnectorDescriptor(TYPE, "Halo ITSM", version(), HaloProperties.ALL, HaloResourceTypes.ALL);

    private final TokenStore tokens = new TokenStore();

    @Override
    public ConnectorDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<SecretBinding> secretBindings() {
        return HaloProperties.SECRET_BINDINGS;
    }

    @Override
    public List<ConfigProblem> validate(ConnectorConfig config) {
        return ConfigRules.check(config);
    }

    /**
     * Installed software costs one request per asset, so it exists only when the configuration opts in;
     * hardware is read by last change in incremental syncs when the configuration opts in to that.
     */
    @Override
    public List<ResourceType> resourceTypesFor(ConnectorConfig config) {
        boolean installed =
                config.flag(HaloProperties.INCLUDE_INSTALLED_SOFTWARE).orElse(false);
        boolean incremental = config.flag(HaloProperties.INCREMENTAL_ASSETS).orElse(false);
        return HaloResourceTypes.ALL.stream()
                .filter(t -> installed || t != HaloResourceTypes.INSTALLED_SOFTWARE)
                .map(t -> incremental && t == HaloResourceTypes.HARDWARE ? HaloResourceTypes.HARDWARE_CHANGES : t)
                .toList();
    }

    /** Opens a session and obtains (or reuses) the credential's token, so bad credentials fail here. */
    @Override
    public ConnectorSession authenticate(ConnectorConfig config, ConnectorContext context) {
        HaloSettings settings = HaloSettings.from(config);
        RateBudget budget =
                context.rateBudget(settings.rateBudgetKey(), settings.rateLimitRequests(), settings.rateLimitWindow());
        var runner = new RequestRunner(context, budget, RetryPolicy.forWindow(settings.rateLimitWindow()));
        HaloClient client = HaloClient.open(settings.resourceServer(), settings.authorisationServer(), context, runner);
        var session = new HaloSession(settings, client, tokens.forCredential(settings.credentialKey()), context);
        try {
            if (context.freshCredentials()) {
                session.fresh();
            } else {
                session.current();
            }
            return session;
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
    }

    @Override
    public List<ResourceType> discover(ConnectorSession session) {
        return Discovery.readable(halo(session));
    }

    /** From discovery's probes: customers, all assets (hardware), licences. */
    @Override
    public OptionalLong knownTotal(ConnectorSession session, String resourceType) {
        ListSpec list = switch (resourceType) {
            case "customers" -> ListSpec.CLIENTS;
            case "hardware" -> ListSpec.ASSETS;
            case "software" -> ListSpec.LICENCES;
            default -> null;
        };
        return list == null
                ? OptionalLong.empty()
                : halo(session).knownTotal(list).map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    @Override
    public Page fetchPage(ConnectorSession session, PageRequest request) {
        return HaloPages.fetch(halo(session), request);
    }

    @Override
    public CanonicalRecord mapToCI(SourceRecord record, ConnectorConfig config) {
        return Mapping.map(record);
    }

    private static HaloSession halo(ConnectorSession session) {
        if (session instanceof HaloSession halo) {
            return halo;
        }
        throw new IllegalArgumentException("not a session of the Halo ITSM connector: " + session);
    }

    /** The jar's Implementation-Version; "development" when run from classes. */
    private static String version() {
        String version = HaloConnector.class.getPackage().getImplementationVersion();
        return version == null || version.isBlank() ? "development" : version;
    }
}
