package io.assetbridge.connector.connectwise;

import static org.assertj.core.api.Assertions.assertThat;

import io.assetbridge.cwsim.CwSimulator;
import io.assetbridge.cwsim.SimSettings;
import io.assetbridge.spi.Page;
import io.assetbridge.spi.PageRequest;
import io.assetbridge.spi.SourceRecord;
import io.assetbridge.spi.SyncFilters;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReadingTest {

    static final int CONFIGURATIONS = 2_500;
    static final int COMPANIES = 30;
    CwSimulator sim;

    @BeforeEach
    void start() {
        sim = CwSimulator.start(SimSettings.defaults().withSize(CONFIGURATIONS, COMPANIES, 12));
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void aFullReadCostsCompanyInfoPlusOneRequestPerThousandRowsPlusTheSiteWalk() {
        var context = Cw.context();
        var session = Cw.CONNECTOR.authenticate(Cw.config(sim), context);
        assertThat(Cw.CONNECTOR.discover(session)).hasSize(4);
        assertThat(Cw.readAll(session, "customers", null, null)).hasSize(COMPANIES);
        List<SourceRecord> sites = Cw.readAll(session, "sites", null, null);
        assertThat(Cw.readAll(session, "asset-types", null, null)).hasSize(12);
        List<SourceRecord> configurations = Cw.readAll(session, "configurations", null, null);

        assertThat(configurations).hasSize(CONFIGURATIONS);
        assertThat(configurations.stream().map(SourceRecord::sourceId)).doesNotHaveDuplicates();
        int expectedSites = 0;
        for (int company = 1; company <= COMPANIES; company++) {
            expectedSites += sim.data().sites(company).size();
        }
        assertThat(sites).hasSize(expectedSites);
        long minimum = 1 + 1 + COMPANIES + 1 + (CONFIGURATIONS + 999) / 1000;
        assertThat(context.meter().calls()).hasSize((int) minimum);
        assertThat(sim.counters().total()).isEqualTo(minimum);
    }

    @Test
    void anIncrementalReadAsksOnlyForWhatChangedAndSkipsTheSiteWalk() {
        Instant watermark = Instant.now().minusSeconds(1);
        String answer = Cw.control(sim, "/_sim/mutate?rename=5&add=7&delete=3");
        assertThat(answer).contains("renamed");
        var context = Cw.context();
        var session = Cw.CONNECTOR.authenticate(Cw.config(sim), context);
        assertThat(Cw.readAll(session, "customers", null, watermark)).isEmpty();
        assertThat(Cw.readAll(session, "sites", null, watermark)).isEmpty();
        assertThat(Cw.readAll(session, "asset-types", null, watermark)).isEmpty();
        assertThat(Cw.readAll(session, "configurations", null, watermark)).hasSize(12);
        assertThat(context.meter().calls())
                .as("companyinfo and one page per listed type")
                .hasSize(4);
        assertThat(context.meter().calls().get(3).endpoint()).isEqualTo("/company/configurations");
    }

    @Test
    void aReadResumedFromItsCursorInANewSessionGivesTheSameRowsOnce() {
        var first = Cw.CONNECTOR.authenticate(Cw.config(sim), Cw.context());
        var request = new PageRequest("configurations", null, 1_000, null, SyncFilters.NONE);
        Page one = Cw.CONNECTOR.fetchPage(first, request);
        assertThat(one.nextCursor()).startsWith("f:");
        var resumed = Cw.CONNECTOR.authenticate(Cw.config(sim), Cw.context());
        var all = new ArrayList<>(one.records());
        all.addAll(Cw.readAll(resumed, "configurations", one.nextCursor(), null));
        assertThat(all.stream().map(SourceRecord::sourceId).toList())
                .doesNotHaveDuplicates()
                .isEqualTo(Cw.readAll(first, "configurations", null, null).stream()
                        .map(SourceRecord::sourceId)
                        .toList());
    }

    @Test
    void withoutForwardOnlyTheReadFallsBackToPagesOrderedById() {
        Cw.control(sim, "/_sim/faults?forward-only=false");
        var context = Cw.context();
        var session = Cw.CONNECTOR.authenticate(Cw.config(sim), context);
        List<SourceRecord> records = Cw.readAll(session, "configurations", null, null);
        assertThat(records).hasSize(CONFIGURATIONS);
        assertThat(records.stream().map(r -> Long.valueOf(r.sourceId())).toList())
                .isSorted()
                .doesNotHaveDuplicates();
        assertThat(context.meter().calls()).as("companyinfo and three pages").hasSize(4);
    }

    @Test
    void theSiteWalkResumedInANewSessionReadsTheCompanyIdsOnce() {
        var session = Cw.CONNECTOR.authenticate(Cw.config(sim), Cw.context());
        Page first = Cw.CONNECTOR.fetchPage(session, new PageRequest("sites", null, 1_000, null, SyncFilters.NONE));
        assertThat(first.nextCursor()).isEqualTo("s:25");
        var context = Cw.context();
        var resumed = Cw.CONNECTOR.authenticate(Cw.config(sim), context);
        var rest = Cw.readAll(resumed, "sites", first.nextCursor(), null);
        assertThat(rest).isNotEmpty();
        assertThat(rest.stream().map(r -> Long.valueOf(r.sourceId()) / 10)).allMatch(company -> company > 25);
        assertThat(context.meter().calls())
                .as("companyinfo, the company ids, five companies")
                .hasSize(7);
    }
}
