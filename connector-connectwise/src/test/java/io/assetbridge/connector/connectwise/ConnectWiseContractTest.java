package io.assetbridge.connector.connectwise;

import io.assetbridge.cwsim.CwSimulator;
import io.assetbridge.cwsim.SimSettings;
import io.assetbridge.spi.Connector;
import io.assetbridge.spi.ConnectorConfig;
import io.assetbridge.testkit.ConnectorContract;
import io.assetbridge.testkit.RecordedRequest;
import java.net.URI;
import org.junit.jupiter.api.AfterAll;

/** The ConnectWise connector against the connector contract suite, through the stub, in front of the simulator. */
class ConnectWiseContractTest extends ConnectorContract {

    private final CwSimulator simulator =
            CwSimulator.start(SimSettings.defaults().withSize(2_300, 30, 12));

    @AfterAll
    void stopSimulator() {
        simulator.close();
    }

    @Override
    protected Connector connector() {
        return new ConnectWiseConnector();
    }

    @Override
    protected URI source() {
        return URI.create(simulator.site());
    }

    /** companyinfo passes: the failure checks are about reading (sign-in failures are FailuresTest's). */
    @Override
    protected boolean scripted(RecordedRequest request) {
        return !request.path().startsWith("/login/companyinfo");
    }

    @Override
    protected ConnectorConfig config(URI base) {
        return Cw.config(simulator, "site", base.toString());
    }
}
