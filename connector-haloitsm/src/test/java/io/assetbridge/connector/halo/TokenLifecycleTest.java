package io.assetbridge.connector.halo;

import static org.assertj.core.api.Assertions.assertThat;

import io.assetbridge.halosim.HaloSimulator;
import io.assetbridge.halosim.SimulatorSettings;
import io.assetbridge.spi.RequestMeter.HttpCall.Kind;
import io.assetbridge.testkit.TestConnectorContext;
import io.assetbridge.testkit.VirtualClock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Tests 7 and 8: a token that expires or is revoked mid-listing costs exactly one more token request. */
class TokenLifecycleTest {

    private final HaloConnector connector = new HaloConnector();

    @Test
    void aTokenExpiringMidListingIsRefreshedOnceAndTheListingContinues() {
        var time = new LinkedTime();
        try (var simulator = HaloSimulator.start(SimulatorSettings.defaults()
                .withAssets(600)
                .withAssetTypes(2)
                .withTokenTtlSeconds(600)
                .withClock(time.simulatorClock))) {
            var context = time.context();
            var pages = new AtomicInteger();
            try (var session = connector.authenticate(Halo.config(simulator), context)) {
                // after the second page the 600 s token has less than a minute left: it must be replaced
                var records = Halo.readAll(
                        connector,
                        session,
                        "hardware",
                        100,
                        () -> time.advance(Duration.ofSeconds(pages.incrementAndGet() == 2 ? 560 : 5)));

                assertThat(records).hasSize(600);
                assertThat(Halo.ids(records)).doesNotHaveDuplicates();
            }
            assertThat(context.meter().count(Kind.TOKEN))
                    .as("one extra token request")
                    .isEqualTo(2);
            assertThat(simulator.counters().unauthorized())
                    .as("refreshed before Halo refused it")
                    .isZero();
        }
    }

    @Test
    void aRevokedTokenIsRenewedOnceAndTheListingContinues() {
        try (var simulator =
                HaloSimulator.start(SimulatorSettings.defaults().withAssets(500).withAssetTypes(1))) {
            var context = TestConnectorContext.virtualTime(new VirtualClock());
            var pages = new AtomicInteger();
            try (var session = connector.authenticate(Halo.config(simulator), context)) {
                var records = Halo.readAll(connector, session, "hardware", 100, () -> {
                    if (pages.incrementAndGet() == 2) {
                        simulator.faults().revokeAllTokens();
                    }
                });

                assertThat(records).hasSize(500);
                assertThat(Halo.ids(records)).doesNotHaveDuplicates();
            }
            assertThat(context.meter().count(Kind.TOKEN)).isEqualTo(2);
            assertThat(simulator.counters().unauthorized())
                    .as("one refused call, then renewal")
                    .isEqualTo(1);
        }
    }
}
