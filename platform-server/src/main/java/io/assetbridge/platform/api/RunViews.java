package io.assetbridge.platform.api;

import io.assetbridge.platform.connector.ConnectorRegistry;
import io.assetbridge.platform.integration.IntegrationService;
import io.assetbridge.platform.sync.SyncRun;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Maps runs to their wire form, which needs the integration's connector descriptor. */
@ApplicationScoped
public class RunViews {

    private final IntegrationService integrations;
    private final ConnectorRegistry registry;

    @Inject
    public RunViews(IntegrationService integrations, ConnectorRegistry registry) {
        this.integrations = integrations;
        this.registry = registry;
    }

    /** Required by CDI for the client proxy of a normal-scoped bean. */
    protected RunViews() {
        this(null, null);
    }

    RunView of(SyncRun run) {
        var integration = integrations.get(run.integrationId());
        var connector = registry.require(integration.connectorType());
        return RunView.of(run, connector.descriptor());
    }
}
