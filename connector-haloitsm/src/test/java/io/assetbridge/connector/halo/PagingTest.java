package io.assetbridge.connector.halo;

import static org.assertj.core.api.Assertions.assertThat;

import io.assetbridge.halosim.HaloSimulator;
import io.assetbridge.halosim.SimulatorSettings;
import io.assetbridge.spi.ConnectorSession;
import io.assetbridge.spi.Page;
import io.assetbridge.spi.PageRequest;
import io.assetbridge.spi.RequestMeter.HttpCall.Kind;
import io.assetbridge.spi.ResourceType;
import io.assetbridge.spi.SourceRecord;
import io.assetbridge.testkit.TestConnectorContext;
import io.assetbridge.testkit.VirtualClock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Tests 13 and 14, plus resuming from a stored cursor and discovery. */
class PagingTest {

    private static HaloSimulator simulator;
    private final HaloConnector connector = new HaloConnector();
    private final TestConnectorContext context = TestConnectorContext.virtualTime(new VirtualClock());

    @BeforeAll
    static void start() {
        simulator = HaloSimulator.start(SimulatorSettings.defaults()
                .withAssets(1200)
                .withAssetTypes(4)
                .withClients(300)
                .withSitesPerClient(2)
                .withLicences(130));
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @Test
    void theRepeatedLastPageYieldsNoDuplicateRows() {
        try (var session = connector.authenticate(Halo.config(simulator), context)) {
            List<String> all = Halo.ids(Halo.readAll(connector, session, "customers"));
            assertThat(all).hasSize(300);

            var records = new ArrayList<SourceRecord>();
            Page page = connector.fetchPage(session, PageRequest.first("customers", 100));
            records.addAll(page.records());
            page = connector.fetchPage(
                    session, PageRequest.first("customers", 100).next(page.nextCursor()));
            records.addAll(page.records());
            // the last 100 customers disappear: Halo now answers page 3 with page 2 again
            all.subList(200, 300).forEach(id -> simulator.data().hardDeleteClient(Integer.parseInt(id)));
            page = connector.fetchPage(
                    session, PageRequest.first("customers", 100).next(page.nextCursor()));
            records.addAll(page.records());

            assertThat(page.nextCursor()).isNull();
            assertThat(Halo.ids(records))
                    .hasSize(200)
                    .doesNotHaveDuplicates()
                    .containsExactlyElementsOf(all.subList(0, 200));
        }
    }

    @Test
    void askingForAThousandRowsAPageStillReadsEveryRow() {
        try (var session = connector.authenticate(Halo.config(simulator), context)) {
            long before = context.meter().count(Kind.API);

            List<SourceRecord> licences = Halo.readAll(connector, session, "software", 1000, () -> {});

            assertThat(licences).hasSize(simulator.data().totalLicences()).hasSize(130);
            assertThat(Halo.ids(licences)).doesNotHaveDuplicates();
            assertThat(context.meter().count(Kind.API) - before)
                    .as("100 rows a page")
                    .isEqualTo(2);
        }
    }

    @Test
    void aWalkResumedFromAStoredCursorReadsExactlyTheRestWithoutReReadingAssetTypes() {
        List<SourceRecord> full;
        try (var session = connector.authenticate(Halo.config(simulator), context)) {
            full = Halo.readAll(connector, session, "hardware");
        }
        var firstPart = new ArrayList<SourceRecord>();
        String cursor;
        try (ConnectorSession session = connector.authenticate(Halo.config(simulator), context)) {
            PageRequest request = PageRequest.first("hardware", 100);
            Page page = null;
            for (int i = 0; i < 5; i++) {
                page = connector.fetchPage(session, i == 0 ? request : request.next(page.nextCursor()));
                firstPart.addAll(page.records());
            }
            cursor = page.nextCursor();
        }
        // "after a crash": another connector instance, another session, only the stored cursor
        var restarted = new HaloConnector();
        long typeReadsBefore = simulator.counters().requests("AssetType");
        var rest = new ArrayList<SourceRecord>();
        try (var session = restarted.authenticate(Halo.config(simulator), context)) {
            PageRequest request = PageRequest.first("hardware", 100).next(cursor);
            while (request != null) {
                Page page = restarted.fetchPage(session, request);
                rest.addAll(page.records());
                request = page.nextCursor() == null ? null : request.next(page.nextCursor());
            }
        }

        assertThat(cursor).hasSizeLessThanOrEqualTo(2000).matches("[A-Za-z0-9._-]+");
        var combined = new ArrayList<>(firstPart);
        combined.addAll(rest);
        assertThat(Halo.ids(combined)).doesNotHaveDuplicates().containsExactlyElementsOf(Halo.ids(full));
        assertThat(simulator.counters().requests("AssetType") - typeReadsBefore).isZero();
    }

    @Test
    void readsCustomersSitesAndAssetTypesCompletely() {
        try (var session = connector.authenticate(Halo.config(simulator), context)) {
            assertThat(Halo.readAll(connector, session, "sites"))
                    .hasSize(simulator.data().totalSites());
            assertThat(Halo.readAll(connector, session, "asset-types")).hasSize(4);
            assertThat(Halo.readAll(connector, session, "customers"))
                    .hasSize(simulator.data().totalClients());
        }
    }

    @Test
    void discoversEveryReadableTypeAndInstalledSoftwareOnlyWhenSwitchedOn() {
        try (var session = connector.authenticate(Halo.config(simulator), context);
                var withInstalled = connector.authenticate(
                        Halo.config(simulator, c -> c.put("include-installed-software", true)), context)) {
            assertThat(connector.discover(session))
                    .extracting(ResourceType::id)
                    .containsExactly("customers", "sites", "asset-types", "hardware", "software");
            assertThat(connector.discover(withInstalled))
                    .extracting(ResourceType::id)
                    .contains("installed-software");
        }
    }
}
