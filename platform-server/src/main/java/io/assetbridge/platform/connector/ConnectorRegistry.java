package io.assetbridge.platform.connector;

import io.assetbridge.platform.PlatformDirectories;
import io.assetbridge.platform.error.ConnectorMissingException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** The connectors this server offers, loaded once at start-up. */
@ApplicationScoped
public class ConnectorRegistry {

    private final PlatformDirectories directories;
    private volatile List<RegisteredConnector> connectors;
    private volatile List<PluginProblem> problems = List.of();

    @Inject
    public ConnectorRegistry(PlatformDirectories directories) {
        this.directories = directories;
    }

    /** Required by CDI for the client proxy of a normal-scoped bean. */
    protected ConnectorRegistry() {
        this.directories = null;
    }

    void onStart(@Observes @Priority(2) @Initialized(ApplicationScoped.class) Object event) {
        load();
    }

    synchronized void load() {
        if (connectors != null) {
            return;
        }
        var scanner = new PluginScanner(ConnectorRegistry.class.getClassLoader()).scan(directories.plugins());
        problems = scanner.problems();
        connectors = scanner.connectors();
    }

    public boolean loaded() {
        return connectors != null;
    }

    public List<RegisteredConnector> all() {
        load();
        return connectors;
    }

    public Optional<RegisteredConnector> find(String type) {
        return all().stream().filter(c -> c.type().equals(type)).findFirst();
    }

    /** The connector an integration needs, or the one failure that says it is not installed. */
    public RegisteredConnector require(String type) {
        return find(type).orElseThrow(() -> new ConnectorMissingException(type));
    }

    public List<PluginProblem> problems() {
        load();
        return problems;
    }
}
