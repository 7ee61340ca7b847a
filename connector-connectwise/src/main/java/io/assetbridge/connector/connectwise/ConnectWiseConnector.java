package io.assetbridge.connector.connectwise;

import io.assetbridge.connector.connectwise.client.Answer;
import io.assetbridge.connector.connectwise.client.CwClient;
import io.assetbridge.connector.connectwise.client.CwFailures;
import io.assetbridge.spi.CanonicalRecord;
import io.assetbridge.spi.ConfigProblem;
import io.assetbridge.spi.Connector;
import io.assetbridge.spi.ConnectorConfig;
import io.assetbridge.spi.ConnectorContext;
import io.assetbridge.spi.ConnectorDescriptor;
import io.assetbridge.spi.ConnectorSession;
import io.assetbridge.spi.Page;
import io.assetbridge.spi.PageRequest;
import io.assetbridge.spi.ResourceType;
import io.assetbridge.spi.SecretBinding;
import io.assetbridge.spi.SourceRecord;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The ConnectWise PSA connector. Stateless between sessions: each session finds the codebase through companyinfo
 * and signs every request with the API member's keys and the integration's clientId.
 */
public final class ConnectWiseConnector implements Connector {

    static final String TYPE = "connectwise";

    private static final ConnectorDescriptor DESCRIPTOR =
            new ConnectorDescriptor(TYPE, "ConnectWise PSA", version(), CwProperties.ALL, CwResourceTypes.ALL);

    private static final CwSession.Read SYSTEM_INFO =
            new CwSession.Read("/system/info", "the system information", null);

    @Override
    public ConnectorDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<SecretBinding> secretBindings() {
        return CwProperties.SECRET_BINDINGS;
    }

    @Override
    public List<ConfigProblem> validate(ConnectorConfig config) {
        return ConfigRules.check(config);
    }

    /**
     * Finds the codebase ({@code GET /login/companyinfo/{companyId}}), which also tells a wrong site from a wrong
     * company id. A connection test then reads {@code /system/info}, so wrong keys or a missing clientId show
     * before any permission is probed; a sync spends no request on it.
     */
    @Override
    public ConnectorSession authenticate(ConnectorConfig config, ConnectorContext context) {
        CwSettings settings = CwSettings.from(config);
        var budget = context.rateBudget(settings.rateBudgetKey(), settings.requests(), settings.window());
        var client = new CwClient(
                settings.site(),
                new CwClient.Credentials(
                        settings.companyId(), settings.publicKey(), settings.privateKey(), settings.clientId()),
                context,
                budget,
                settings.window());
        Answer info = client.companyInfo(settings.companyId());
        String codebase = info.ok()
                ? CwJson.object(info.body())
                        .map(o -> CwJson.text(o, "Codebase"))
                        .orElse(null)
                : null;
        if (codebase == null || !codebase.matches("[A-Za-z0-9_.-]+/?")) {
            throw CwFailures.companyInfo(settings.site(), settings.companyId(), info);
        }
        URI api = URI.create(settings.site() + "/" + codebase.replaceAll("/+$", "") + "/apis/3.0");
        var session = new CwSession(settings, client, api);
        if (context.freshCredentials()) {
            session.read("/system/info", Map.of(), false, SYSTEM_INFO);
        }
        return new ProbingSession(session, context.freshCredentials());
    }

    @Override
    public List<ResourceType> discover(ConnectorSession session) {
        ProbingSession s = cw(session);
        return Discovery.readable(s.session(), s.probe());
    }

    @Override
    public OptionalLong knownTotal(ConnectorSession session, String resourceType) {
        return cw(session)
                .session()
                .knownTotal(resourceType)
                .map(OptionalLong::of)
                .orElse(OptionalLong.empty());
    }

    @Override
    public Page fetchPage(ConnectorSession session, PageRequest request) {
        return Reads.fetch(cw(session).session(), request);
    }

    @Override
    public CanonicalRecord mapToCI(SourceRecord record, ConnectorConfig config) {
        return Mapping.map(record);
    }

    /** The session, and whether discovery may spend requests on probes (only in a connection test). */
    record ProbingSession(CwSession session, boolean probe) implements ConnectorSession {}

    private static ProbingSession cw(ConnectorSession session) {
        if (session instanceof ProbingSession s) {
            return s;
        }
        throw new IllegalArgumentException("not a session of the ConnectWise connector: " + session);
    }

    /** The jar's Implementation-Version; "development" when run from classes. */
    private static String version() {
        String version = ConnectWiseConnector.class.getPackage().getImplementationVersion();
        return version == null || version.isBlank() ? "development" : version;
    }
}
