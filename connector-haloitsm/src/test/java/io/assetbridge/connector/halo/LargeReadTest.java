package io.assetbridge.connector.halo;

import static org.assertj.core.api.Assertions.assertThat;

import io.assetbridge.halosim.HaloSimulator;
import io.assetbridge.halosim.SimulatorSettings;
import io.assetbridge.halosim.data.AssetQuery;
import io.assetbridge.spi.ConfigurationItem;
import io.assetbridge.spi.RequestMeter.HttpCall.Kind;
import io.assetbridge.spi.SourceRecord;
import io.assetbridge.testkit.TestConnectorContext;
import io.assetbridge.testkit.VirtualClock;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Test 15: 10,000 assets cost one request per 100 rows of each asset type, never one per asset. */
class LargeReadTest {

    @Test
    void tenThousandAssetsCostOneAssetTypeListPlusOneRequestPerHundredRowsOfEachType() {
        try (var simulator = HaloSimulator.start(
                SimulatorSettings.defaults().withAssets(10_000).withAssetTypes(12))) {
            var connector = new HaloConnector();
            var context = TestConnectorContext.virtualTime(new VirtualClock());
            long expected = 1
                    + simulator.data().assetTypeIds().stream()
                            .mapToLong(type -> Math.max(
                                    1,
                                    ceilHundreds(simulator
                                            .data()
                                            .countAssets(AssetQuery.all().withAssetTypeId(type)))))
                            .sum();

            long started = System.nanoTime();
            List<SourceRecord> records;
            try (var session = connector.authenticate(Halo.config(simulator), context)) {
                records = Halo.readAll(connector, session, "hardware");
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            records.forEach(connector::mapToCI); // warm-up, so the timing below is of mapping, not of the JIT
            long mapStarted = System.nanoTime();
            var cis = records.stream()
                    .map(connector::mapToCI)
                    .map(ConfigurationItem.class::cast)
                    .toList();
            long mapMillis = (System.nanoTime() - mapStarted) / 1_000_000;

            long api = context.meter().count(Kind.API);
            long token = context.meter().count(Kind.TOKEN);
            System.out.printf(
                    "10,000-asset read: %d API requests (formula %d), %d token request(s), %d ms reading,"
                            + " %d ms mapping%n",
                    api, expected, token, millis, mapMillis);

            assertThat(records).hasSize(10_000);
            assertThat(Halo.ids(records)).doesNotHaveDuplicates();
            assertThat(api).isEqualTo(expected);
            assertThat(simulator.counters().totalRequests() - token).isEqualTo(expected);
            assertThat(token).isEqualTo(1);
            assertThat(cis)
                    .as("fields[] arrived with the list rows")
                    .filteredOn(ci -> ci.serialNumber() != null)
                    .hasSizeGreaterThan(9_000);
        }
    }

    @Test
    void aSessionThatReadsTheAssetTypesFirstDoesNotReadTheListAgainForHardware() {
        try (var simulator =
                HaloSimulator.start(SimulatorSettings.defaults().withAssets(500).withAssetTypes(4))) {
            var connector = new HaloConnector();
            var context = TestConnectorContext.virtualTime(new VirtualClock());
            try (var session = connector.authenticate(Halo.config(simulator), context)) {
                assertThat(Halo.readAll(connector, session, "asset-types")).hasSize(4);
                assertThat(Halo.readAll(connector, session, "hardware")).hasSize(500);
            }
            assertThat(simulator.counters().requests("AssetType"))
                    .as("one asset type list for the whole sync")
                    .isEqualTo(1);
        }
    }

    private static long ceilHundreds(int rows) {
        return (rows + 99) / 100;
    }
}
