package io.assetbridge.platform.api;

import io.assetbridge.platform.connector.ConnectorRegistry;
import io.assetbridge.platform.integration.IntegrationService;
import io.assetbridge.platform.sync.SyncRun;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Maps runs to their wire form, which needs the integration's connector descriptor. */
@ApplicationScoped
public class RunViews {

    @Inject
    IntegrationService integrations;

    @Inject
    ConnectorRegistry registry;

    RunView of(SyncRun run) {
        var integration = integrations.get(run.integrationId());
        var connector = registry.require(integration.connectorType());
        return RunView.of(run, connector.descriptor());
    }
}
