package io.assetbridge.platform.integration;

import io.assetbridge.platform.PlatformTime;
import io.assetbridge.platform.connector.ConnectorRegistry;
import io.assetbridge.platform.connector.CountingMeter;
import io.assetbridge.platform.connector.PlatformConnectorContext;
import io.assetbridge.platform.connector.RateBudgets;
import io.assetbridge.platform.connector.RegisteredConnector;
import io.assetbridge.spi.ConnectorException;
import io.assetbridge.spi.ConnectorSession;
import io.assetbridge.spi.HttpTimeouts;
import io.assetbridge.spi.PageRequest;
import io.assetbridge.spi.ResourceType;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tests an integration's connection without storing anything: authenticate, then one cheap read
 * (a first page of one row) per resource type the settings enable, reported as one check per
 * permission. The whole test is bounded by a timeout.
 */
@ApplicationScoped
public class ConnectionTester {

    private static final Logger LOG = Logger.getLogger(ConnectionTester.class.getName());
    static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final HttpTimeouts TEST_TIMEOUTS = new HttpTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(20));

    @Inject
    IntegrationService integrations;

    @Inject
    ConnectorRegistry registry;

    @Inject
    RateBudgets budgets;

    @Inject
    PlatformTime time;

    @Resource
    ManagedExecutorService executor;

    public List<ConnectionCheck> test(long integrationId) {
        Integration integration = integrations.get(integrationId);
        var config = integrations.connectorConfig(integration);
        var settings = integrations.settings(integration);
        RegisteredConnector connector = registry.require(integration.connectorType());
        var cancelled = new AtomicBoolean();
        var context = new PlatformConnectorContext(
                time.clock(),
                time.sleeper(cancelled::get),
                cancelled::get,
                TEST_TIMEOUTS,
                budgets,
                new CountingMeter());
        Future<List<ConnectionCheck>> run = executor.submit(() -> connector.call(impl -> {
            var checks = new ArrayList<ConnectionCheck>();
            ConnectorSession session;
            try {
                session = impl.authenticate(config, context);
            } catch (ConnectorException e) {
                checks.add(new ConnectionCheck("authenticate", false, e.getMessage()));
                return checks;
            }
            try (session) {
                checks.add(new ConnectionCheck(
                        "authenticate",
                        true,
                        "Signed in to " + connector.descriptor().displayName() + "."));
                checks.addAll(readChecks(impl, session, enabledTypes(impl.resourceTypesFor(config), settings)));
            }
            return checks;
        }));
        try {
            return run.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            cancelled.set(true);
            run.cancel(true);
            return List.of(new ConnectionCheck(
                    "authenticate",
                    false,
                    "The connection test did not finish within " + TIMEOUT.toSeconds()
                            + " s; check that the URLs point at a reachable server."));
        } catch (ExecutionException e) {
            LOG.log(
                    Level.WARNING,
                    "Connection test of integration " + integrationId + " failed unexpectedly",
                    e.getCause());
            return List.of(new ConnectionCheck(
                    "authenticate",
                    false,
                    "The connector failed unexpectedly ("
                            + e.getCause().getClass().getSimpleName() + "); see the server log."));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static List<ResourceType> enabledTypes(List<ResourceType> offered, SyncSettings settings) {
        return offered.stream()
                .filter(r -> !r.selectable() || settings.resourceTypes().contains(r.id()))
                .toList();
    }

    /** One check per permission: it passes when every enabled type needing it can be read. */
    private static List<ConnectionCheck> readChecks(
            io.assetbridge.spi.Connector impl, ConnectorSession session, List<ResourceType> types) {
        var byPermission = new LinkedHashMap<String, ConnectionCheck>();
        for (ResourceType type : types) {
            String name = type.permission() == null ? "read:" + type.id() : type.permission();
            if (byPermission.containsKey(name) && !byPermission.get(name).ok()) {
                continue;
            }
            try {
                impl.fetchPage(session, PageRequest.first(type.id(), 1));
                byPermission.putIfAbsent(
                        name,
                        new ConnectionCheck(
                                name, true, "Can read " + type.label().toLowerCase() + "."));
            } catch (ConnectorException e) {
                byPermission.put(name, new ConnectionCheck(name, false, e.getMessage()));
            }
        }
        return new ArrayList<>(byPermission.values());
    }
}
