package io.assetbridge.connector.halo;

import io.assetbridge.halosim.HaloSimulator;
import io.assetbridge.halosim.SimulatorSettings;
import io.assetbridge.spi.Connector;
import io.assetbridge.spi.ConnectorConfig;
import io.assetbridge.testkit.ConnectorContract;
import io.assetbridge.testkit.RecordedRequest;
import java.net.URI;
import org.junit.jupiter.api.AfterAll;

/** The Halo ITSM connector against the connector contract suite, through the stub, in front of the simulator. */
class HaloContractTest extends ConnectorContract {

    private final HaloSimulator simulator = HaloSimulator.start(SimulatorSettings.defaults()
            .withAssets(450)
            .withAssetTypes(3)
            .withClients(12)
            .withLicences(130));

    @AfterAll
    void stopSimulator() {
        simulator.close();
    }

    @Override
    protected Connector connector() {
        return new HaloConnector();
    }

    @Override
    protected URI source() {
        return URI.create(simulator.baseUrl());
    }

    /** Token requests pass: the failure checks are about reading (sign-in failures are AuthenticationTest's). */
    @Override
    protected boolean scripted(RecordedRequest request) {
        return !request.path().startsWith("/auth");
    }

    @Override
    protected ConnectorConfig config(URI base) {
        return Halo.config(simulator, values -> {
            values.put("resource-server-url", base + "/api");
            values.put("authorisation-server-url", base + "/auth");
        });
    }
}
