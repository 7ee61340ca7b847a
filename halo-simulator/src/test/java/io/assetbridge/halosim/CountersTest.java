package io.assetbridge.halosim;

import static org.assertj.core.api.Assertions.assertThat;

import io.assetbridge.halosim.metrics.Counters;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CountersTest {

    private final HaloSimulator sim =
            HaloSimulator.start(SimulatorSettings.defaults().withAssets(100));
    private final HaloTestClient client = new HaloTestClient(sim);

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void requestsAreCountedPerEndpointWithTokensAnd401sApart() {
        client.get("/api/Asset?pageinate=true"); // 401: no token yet
        client.login(sim);
        client.get("/api/Asset?pageinate=true");
        client.get("/api/asset?pageinate=true&page_no=2");
        client.get("/api/Asset/3");
        client.get("/api/Client?pageinate=true");
        client.get("/_sim/summary"); // control requests are not counted
        Counters c = sim.counters();
        assertThat(c.requests("Asset")).isEqualTo(3);
        assertThat(c.requests("Asset/{id}")).isEqualTo(1);
        assertThat(c.requests("Client")).isEqualTo(1);
        assertThat(c.tokenRequests()).isEqualTo(1);
        assertThat(c.tokensIssued()).isEqualTo(1);
        assertThat(c.unauthorized()).isEqualTo(1);
        assertThat(c.totalRequests()).isEqualTo(6);
        assertThat(c.maxInFlight()).isGreaterThanOrEqualTo(1);
        assertThat(drained(c)).as("in flight once every handler has returned").isZero();
    }

    /**
     * A handler lowers the in-flight count after its response is sent, so the client can read the
     * counters a moment before the last one has returned; give it up to five seconds to do so.
     */
    private static int drained(Counters c) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (c.inFlight() != 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        return c.inFlight();
    }

    @Test
    void countersAreReadableAndResettableOverHttp() {
        client.login(sim);
        client.get("/api/Site?pageinate=true");
        Map<String, Object> json = client.get("/_sim/counters").json();
        assertThat(json.get("total_requests")).isEqualTo(BigDecimal.valueOf(2));
        assertThat(json.get("token_requests")).isEqualTo(BigDecimal.ONE);
        @SuppressWarnings("unchecked")
        Map<String, Object> perEndpoint = (Map<String, Object>) json.get("requests_per_endpoint");
        assertThat(perEndpoint).containsEntry("Site", BigDecimal.ONE);
        client.post("/_sim/counters/reset");
        assertThat(sim.counters().totalRequests()).isZero();
        assertThat(sim.counters().requestsPerEndpoint()).isEmpty();
    }
}
