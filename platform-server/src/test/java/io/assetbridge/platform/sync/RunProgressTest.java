package io.assetbridge.platform.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.assetbridge.platform.connector.PlatformConnectorContext.UsedBudget;
import io.assetbridge.spi.CiClass;
import io.assetbridge.spi.ResourceRole;
import io.assetbridge.spi.ResourceType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunProgressTest {

    private static final ResourceType CUSTOMERS =
            new ResourceType("customers", "Customers", ResourceRole.CUSTOMER, null, true, null, false);
    private static final ResourceType HARDWARE = new ResourceType(
            "hardware", "Hardware", ResourceRole.CONFIGURATION_ITEM, CiClass.HARDWARE, true, null, false);
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void theTotalAddsKnownTotalsAndWhatWasReadOfTypesThatTellNone() {
        var progress = new RunProgress(List.of(CUSTOMERS, HARDWARE), Map.of(), START, 0);
        assertThat(progress.total()).isNull();

        progress.expect("hardware", 1000);
        progress.page("customers", 40, null, true);

        assertThat(progress.total()).isEqualTo(1040);
    }

    @Test
    void theEstimateIsThePaceSoFarUnlessTheBudgetIsSlower() {
        var progress = new RunProgress(List.of(HARDWARE), Map.of(), START, 0);
        progress.page("hardware", 100, 1000L, false);
        Instant now = START.plusSeconds(1);

        assertThat(progress.estimatedEnd(now, 1, List.of()))
                .as("100 records a second, 900 to go")
                .isEqualTo(now.plusSeconds(9));
        assertThat(progress.estimatedEnd(now, 1, List.of(new UsedBudget("halo", 2, Duration.ofSeconds(10)))))
                .as("9 requests to go, 2 free now, the other 7 at 2 per 10 s")
                .isEqualTo(now.plusSeconds(35));
    }

    @Test
    void aResumedRunCountsTheRecordsOfItsCheckpoints() {
        var progress = new RunProgress(
                List.of(CUSTOMERS, HARDWARE), Map.of("customers", new PageStore.Checkpoint(null, true, 40)), START, 3);

        progress.page("hardware", 100, 500L, false);

        assertThat(progress.total()).isEqualTo(540);
    }
}
