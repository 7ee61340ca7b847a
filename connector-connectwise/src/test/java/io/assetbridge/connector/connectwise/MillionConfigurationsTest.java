package io.assetbridge.connector.connectwise;

import static org.assertj.core.api.Assertions.assertThat;

import io.assetbridge.cwsim.CwSimulator;
import io.assetbridge.cwsim.SimSettings;
import io.assetbridge.spi.ConnectorSession;
import io.assetbridge.spi.Page;
import io.assetbridge.spi.PageRequest;
import io.assetbridge.spi.SyncFilters;
import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What full and modified-since reads cost at a million configurations (2,000 companies, 40 types), counted
 * by the connector's meter and the simulator: {@code mvn -B -pl connector-connectwise -am -Plarge test}.
 */
@Tag("large")
class MillionConfigurationsTest {

    static final int CONFIGURATIONS = 1_000_000;
    static final int COMPANIES = 2_000;

    @Test
    void aFullReadCostsThePagingMinimumAndAnIncrementalOneCostsOneRequestPerListedType() {
        try (var sim = CwSimulator.start(SimSettings.defaults().withSize(CONFIGURATIONS, COMPANIES, 40))) {
            var context = Cw.context();
            var session = Cw.CONNECTOR.authenticate(Cw.config(sim), context);
            long rows = 0;
            for (String type : new String[] {"customers", "sites", "asset-types", "configurations"}) {
                rows += count(session, type, null);
            }
            long full = context.meter().calls().size();
            assertThat(full).isEqualTo(1 + 2 + COMPANIES + 1 + CONFIGURATIONS / 1_000);

            Instant watermark = Instant.now().minusSeconds(1);
            Cw.control(sim, "/_sim/mutate?rename=5&add=7");
            var incrementalContext = Cw.context();
            var incremental = Cw.CONNECTOR.authenticate(Cw.config(sim), incrementalContext);
            long changed = 0;
            for (String type : new String[] {"customers", "sites", "asset-types", "configurations"}) {
                changed += count(incremental, type, watermark);
            }
            long incrementalRequests = incrementalContext.meter().calls().size();
            assertThat(changed).isEqualTo(12);
            assertThat(incrementalRequests).isEqualTo(4);
            System.out.printf(
                    "ConnectWise at %,d configurations and %,d companies: full read %,d rows in %,d requests;"
                            + " modified-since read of 12 changes %,d requests (sites skipped)%n",
                    CONFIGURATIONS, COMPANIES, rows, full, incrementalRequests);
        }
    }

    private static long count(ConnectorSession session, String type, Instant modifiedSince) {
        long rows = 0;
        var request = new PageRequest(type, null, 1_000, modifiedSince, SyncFilters.NONE);
        while (true) {
            Page page = Cw.CONNECTOR.fetchPage(session, request);
            rows += page.records().size();
            if (page.nextCursor() == null) {
                return rows;
            }
            request = request.next(page.nextCursor());
        }
    }
}
