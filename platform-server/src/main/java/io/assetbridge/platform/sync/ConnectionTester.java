package io.assetbridge.platform.sync;

import io.assetbridge.platform.PlatformTime;
import io.assetbridge.platform.connector.ConnectorRegistry;
import io.assetbridge.platform.connector.CountingMeter;
import io.assetbridge.platform.connector.PlatformConnectorContext;
import io.assetbridge.platform.connector.RateBudgets;
import io.assetbridge.platform.connector.RegisteredConnector;
import io.assetbridge.platform.connector.WaitDisplay;
import io.assetbridge.platform.integration.ContactHistory;
import io.assetbridge.platform.integration.Integration;
import io.assetbridge.platform.integration.IntegrationService;
import io.assetbridge.platform.outbound.OutboundConnections;
import io.assetbridge.spi.ConnectorConfig;
import io.assetbridge.spi.ConnectorException;
import io.assetbridge.spi.ConnectorSession;
import io.assetbridge.spi.HttpTimeouts;
import io.assetbridge.spi.PropertyType;
import io.assetbridge.spi.ResourceType;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tests an integration's connection: authenticate with a fresh token, then ask the connector which of the
 * enabled resource types the account may read (its discovery: at most one cheap probe per type), reported
 * as one check per permission; an enabled type it may not read is a warning, as a sync would skip it. A
 * refused connection, unknown host or wrong scheme fails at once. Stores only that the test passed. The
 * whole test is bounded by a timeout.
 */
@ApplicationScoped
public class ConnectionTester {

    private static final Logger LOG = Logger.getLogger(ConnectionTester.class.getName());
    static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final HttpTimeouts TEST_TIMEOUTS = new HttpTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(20));

    private final IntegrationService integrations;
    private final ConnectorRegistry registry;
    private final RateBudgets budgets;
    private final PlatformTime time;
    private final ContactHistory contacts;
    private final OutboundConnections outbound;

    @Resource
    ManagedExecutorService executor;

    @Inject
    public ConnectionTester(
            IntegrationService integrations,
            ConnectorRegistry registry,
            RateBudgets budgets,
            PlatformTime time,
            ContactHistory contacts,
            OutboundConnections outbound) {
        this.integrations = integrations;
        this.registry = registry;
        this.budgets = budgets;
        this.time = time;
        this.contacts = contacts;
        this.outbound = outbound;
    }

    /** Required by CDI for the client proxy of a normal-scoped bean. */
    protected ConnectionTester() {
        this(null, null, null, null, null, null);
    }

    /** The checks, and a warning for each enabled type the account may not read. */
    public record Outcome(List<ConnectionCheck> checks, List<RunWarning> warnings) {

        static Outcome failed(ConnectionCheck check) {
            return new Outcome(List.of(check), List.of());
        }

        public boolean ok() {
            return checks.stream().allMatch(ConnectionCheck::ok);
        }
    }

    public Outcome test(long integrationId) {
        Integration integration = integrations.get(integrationId);
        var config = integrations.connectorConfig(integration);
        var settings = integrations.settings(integration);
        RegisteredConnector connector = registry.require(integration.connectorType());
        if (deniedTarget(config, connector)) {
            // the same answer as any other address that is not the API, and nothing is sent
            return Outcome.failed(
                    new ConnectionCheck("authenticate", false, TestMessages.notTheApi(connector.descriptor())));
        }
        var cancelled = new AtomicBoolean();
        // a fresh token, so permissions granted since show; and no retries of a refused connection: a test
        // reports what it finds now
        var context = new PlatformConnectorContext(
                time.clock(),
                time.sleeper(cancelled::get),
                cancelled::get,
                TEST_TIMEOUTS,
                budgets,
                new CountingMeter(),
                outbound,
                new PlatformConnectorContext.Work(integrationId, true, true, WaitDisplay.NONE));
        Future<Outcome> run = executor.submit(() -> connector.call(impl -> {
            var checks = new ArrayList<ConnectionCheck>();
            ConnectorSession session;
            try {
                session = impl.authenticate(config, context);
            } catch (ConnectorException e) {
                return Outcome.failed(
                        new ConnectionCheck("authenticate", false, TestMessages.of(e, connector.descriptor())));
            }
            try (session) {
                checks.add(new ConnectionCheck(
                        "authenticate",
                        true,
                        "Signed in to " + connector.descriptor().displayName() + "."));
                List<ResourceType> wanted = RunScope.typesToRead(impl.resourceTypesFor(config), settings);
                List<ResourceType> readable;
                try {
                    readable = impl.discover(session);
                } catch (ConnectorException e) {
                    checks.add(new ConnectionCheck(
                            permissionOf(e, wanted), false, TestMessages.of(e, connector.descriptor())));
                    return new Outcome(checks, List.of());
                }
                checks.addAll(readChecks(Readable.of(wanted, readable)));
                var outcome = new Outcome(checks, Readable.warnings(wanted, readable, connector.descriptor()));
                if (outcome.ok()) {
                    contacts.connected(integrationId, time.clock().instant());
                }
                return outcome;
            }
        }));
        try {
            return run.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            cancelled.set(true);
            run.cancel(true);
            return Outcome.failed(new ConnectionCheck(
                    "authenticate",
                    false,
                    "The connection test did not finish within " + TIMEOUT.toSeconds()
                            + " s; check that the URLs point at a reachable server."));
        } catch (ExecutionException e) {
            LOG.log(
                    Level.WARNING,
                    "Connection test of integration " + integrationId + " failed unexpectedly",
                    e.getCause());
            return Outcome.failed(new ConnectionCheck(
                    "authenticate",
                    false,
                    "The connector failed unexpectedly ("
                            + e.getCause().getClass().getSimpleName() + "); see the server log."));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Whether the outbound policy refuses the host of any URL property as it resolves now. */
    private boolean deniedTarget(ConnectorConfig config, RegisteredConnector connector) {
        return connector.descriptor().properties().stream()
                .filter(p -> p.type() == PropertyType.URL)
                .flatMap(p -> config.text(p.name()).stream())
                .map(ConnectionTester::host)
                .flatMap(Optional::stream)
                .anyMatch(host -> outbound.refusal(host).isPresent());
    }

    private static Optional<String> host(String url) {
        try {
            return Optional.ofNullable(new URI(url).getHost());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** One passed check per permission the readable types need, naming what it lets the platform read. */
    private static List<ConnectionCheck> readChecks(List<ResourceType> readable) {
        var byPermission = new LinkedHashMap<String, List<String>>();
        for (ResourceType type : readable) {
            String name = type.permission() == null ? "read:" + type.id() : type.permission();
            byPermission
                    .computeIfAbsent(name, k -> new ArrayList<>())
                    .add(type.label().toLowerCase(Locale.ROOT));
        }
        var checks = new ArrayList<ConnectionCheck>();
        byPermission.forEach((name, labels) ->
                checks.add(new ConnectionCheck(name, true, "Can read " + String.join(", ", labels) + ".")));
        return checks;
    }

    /** The check a failed discovery is reported under: the permission it names, else the first needed. */
    private static String permissionOf(ConnectorException e, List<ResourceType> wanted) {
        return wanted.stream()
                .map(ResourceType::permission)
                .filter(p -> p != null && e.getMessage().contains(p))
                .findFirst()
                .orElse("discover");
    }
}
