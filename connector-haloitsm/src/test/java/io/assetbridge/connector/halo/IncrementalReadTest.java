package io.assetbridge.connector.halo;

import static org.assertj.core.api.Assertions.assertThat;

import io.assetbridge.halosim.HaloSimulator;
import io.assetbridge.halosim.SimulatorSettings;
import io.assetbridge.spi.ConnectorSession;
import io.assetbridge.spi.PageRequest;
import io.assetbridge.spi.ResourceType;
import io.assetbridge.spi.SourceRecord;
import io.assetbridge.spi.SyncFilters;
import io.assetbridge.testkit.TestConnectorContext;
import io.assetbridge.testkit.VirtualClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hardware read by last change: only with incremental-assets, and then only what changed. */
class IncrementalReadTest {

    private final HaloConnector connector = new HaloConnector();

    @Test
    void hardwareDeclaresTheFilterOnlyWhenTheConfigurationOptsIn() {
        try (var simulator = HaloSimulator.start(SimulatorSettings.defaults().withAssets(50))) {
            assertThat(hardware(connector.resourceTypesFor(Halo.config(simulator)))
                            .modifiedSince())
                    .isFalse();
            var optedIn = Halo.config(simulator, v -> v.put("incremental-assets", true));
            assertThat(hardware(connector.resourceTypesFor(optedIn)).modifiedSince())
                    .isTrue();
            assertThat(hardware(connector.resourceTypesFor(optedIn)).pageSize()).isEqualTo(100);
        }
    }

    @Test
    void aReadFromAWatermarkSendsLastupdatefromdateAndGetsOnlyLaterAssets() {
        try (var simulator = HaloSimulator.start(
                SimulatorSettings.defaults().withAssets(300).withAssetTypes(2).withModifiedSinceFilter(true))) {
            var config = Halo.config(simulator, v -> v.put("incremental-assets", true));
            try (var session = connector.authenticate(config, TestConnectorContext.virtualTime(new VirtualClock()))) {
                int all = read(session, null).size();
                Instant since = Instant.parse("2025-06-01T00:00:00Z");
                List<SourceRecord> changed = read(session, since);
                assertThat(changed.size()).isPositive().isLessThan(all / 5);
                simulator.data().bumpLastUpdate(7);
                assertThat(read(session, Instant.now().minusSeconds(60)))
                        .extracting(SourceRecord::sourceId)
                        .containsExactly("7");
            }
        }
    }

    private List<SourceRecord> read(ConnectorSession session, Instant since) {
        var records = new ArrayList<SourceRecord>();
        var request = new PageRequest("hardware", null, 100, since, SyncFilters.NONE);
        while (request != null) {
            var page = connector.fetchPage(session, request);
            records.addAll(page.records());
            request = page.nextCursor() == null ? null : request.next(page.nextCursor());
        }
        return records;
    }

    private static ResourceType hardware(List<ResourceType> types) {
        return types.stream().filter(t -> t.id().equals("hardware")).findFirst().orElseThrow();
    }
}
