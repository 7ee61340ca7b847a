package io.assetbridge.connector.halo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.assetbridge.halosim.HaloSimulator;
import io.assetbridge.halosim.SimulatorSettings;
import io.assetbridge.spi.ConnectorException;
import io.assetbridge.spi.FailureKind;
import io.assetbridge.spi.SourceRecord;
import io.assetbridge.testkit.TestConnectorContext;
import io.assetbridge.testkit.VirtualClock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests 9–12: rate-limit storms, server errors and malformed pages. */
class ResilienceTest {

    private final HaloConnector connector = new HaloConnector();

    private static SimulatorSettings small(LinkedTime time) {
        return SimulatorSettings.defaults().withAssets(1500).withAssetTypes(3).withClock(time.simulatorClock);
    }

    @Test
    void aStormOf429sWithRetryAfterIsWaitedOutAsToldAndCompletes() {
        var time = new LinkedTime();
        try (var simulator =
                HaloSimulator.start(small(time).withRateLimit(5, 60).withRetryAfter(true))) {
            List<SourceRecord> records;
            try (var session = connector.authenticate(Halo.config(simulator), time.context())) {
                records = Halo.readAll(connector, session, "hardware");
            }

            assertThat(records).hasSize(1500);
            assertThat(simulator.counters().rateLimited()).isPositive();
            assertThat(time.waits)
                    .as("each wait is the Retry-After Halo sent: whole seconds within its window")
                    .isNotEmpty()
                    .allSatisfy(wait -> assertThat(wait.toMillis() % 1000).isZero())
                    .allSatisfy(wait -> assertThat(wait).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(60)));
        }
    }

    @Test
    void aStormOf429sWithoutRetryAfterIsWaitedOutWithLongGrowingWaits() {
        var time = new LinkedTime();
        try (var simulator =
                HaloSimulator.start(small(time).withRateLimit(5, 60).withRetryAfter(false))) {
            List<SourceRecord> records;
            try (var session = connector.authenticate(Halo.config(simulator), time.context())) {
                records = Halo.readAll(connector, session, "hardware");
            }

            assertThat(records).hasSize(1500);
            assertThat(simulator.counters().rateLimited()).isPositive();
            assertThat(time.waits)
                    .as("never a short retry loop: at least 30 s each")
                    .allSatisfy(wait -> assertThat(wait).isGreaterThanOrEqualTo(Duration.ofSeconds(30)));
        }
    }

    @Test
    void aStormThatNeverEndsIsRateLimitedWithARetryTimePastTheBound() {
        var time = new LinkedTime();
        try (var simulator =
                HaloSimulator.start(small(time).withRateLimit(2, 86_400).withRetryAfter(false))) {
            var session = connector.authenticate(Halo.config(simulator), time.context());
            var e = assertThrows(ConnectorException.class, () -> Halo.readAll(connector, session, "hardware"));

            assertThat(e.kind()).isEqualTo(FailureKind.RATE_LIMITED);
            assertThat(e.getMessage()).contains("429");
            assertThat(e.retryAt()).hasValueSatisfying(at -> assertThat(at).isAfter(time.connectorClock.instant()));
            assertThat(time.waited())
                    .as("gave up after about the bound")
                    .isBetween(Duration.ofMinutes(5), Duration.ofMinutes(16));
        }
    }

    @Test
    void fivePercentServerErrorsStillYieldIdenticalRecords() {
        try (var simulator = HaloSimulator.start(
                SimulatorSettings.defaults().withAssets(2000).withAssetTypes(4).withClients(150))) {
            var context = TestConnectorContext.virtualTime(new VirtualClock());
            try (var session = connector.authenticate(Halo.config(simulator), context)) {
                var cleanHardware = Halo.readAll(connector, session, "hardware");
                var cleanCustomers = Halo.readAll(connector, session, "customers");
                simulator.faults().serverErrors(0.05, 503);

                var hardware = Halo.readAll(connector, session, "hardware");
                var customers = Halo.readAll(connector, session, "customers");

                assertThat(simulator.counters().serverErrors()).isPositive();
                assertThat(hardware).hasSize(2000).isEqualTo(cleanHardware);
                assertThat(customers).hasSize(150).isEqualTo(cleanCustomers);
            }
        }
    }

    @Test
    void aMalformedPageIsADataFailureNamingResourceAndPage() {
        try (var simulator = HaloSimulator.start(
                SimulatorSettings.defaults().withAssets(1000).withAssetTypes(2).withClients(250))) {
            var context = TestConnectorContext.virtualTime(new VirtualClock());
            simulator.faults().malformedJson("Asset", 2);
            try (var session = connector.authenticate(Halo.config(simulator), context)) {
                var e = assertThrows(ConnectorException.class, () -> Halo.readAll(connector, session, "hardware"));

                assertThat(e.kind()).isEqualTo(FailureKind.DATA);
                assertThat(e.getMessage()).contains("hardware page 2").contains("asset type");

                simulator.faults().malformedJson("Client", 3);
                var customers =
                        assertThrows(ConnectorException.class, () -> Halo.readAll(connector, session, "customers"));
                assertThat(customers.kind()).isEqualTo(FailureKind.DATA);
                assertThat(customers.getMessage()).contains("customers page 3");
            }
        }
    }
}
