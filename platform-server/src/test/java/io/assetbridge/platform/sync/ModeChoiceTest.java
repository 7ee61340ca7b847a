package io.assetbridge.platform.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.assetbridge.spi.CiClass;
import io.assetbridge.spi.ResourceRole;
import io.assetbridge.spi.ResourceType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModeChoiceTest {

    private static final ResourceType CUSTOMERS =
            new ResourceType("customers", "Customers", ResourceRole.CUSTOMER, null, true, null, false);
    private static final ResourceType HARDWARE = new ResourceType(
                    "hardware", "Hardware", ResourceRole.CONFIGURATION_ITEM, CiClass.HARDWARE, true, null, false)
            .withModifiedSince(Duration.ofMinutes(2));
    private static final ResourceType SOFTWARE = new ResourceType(
            "software", "Software", ResourceRole.CONFIGURATION_ITEM, CiClass.SOFTWARE, true, null, false);

    @Test
    void connectNowIsFullAndAFullRequestIsNeverChanged() {
        assertThat(ModeChoice.of(RunMode.FULL, false, List.of(CUSTOMERS, HARDWARE), 0, 24))
                .isEqualTo(new ModeChoice(RunMode.FULL, null));
    }

    @Test
    void theFirstRunAndTheFirstAfterAChangeAreFullAndSayWhyWhenIncrementalWasAsked() {
        var asked = ModeChoice.of(RunMode.INCREMENTAL, true, List.of(CUSTOMERS, HARDWARE), 0, 24);
        assertThat(asked.mode()).isEqualTo(RunMode.FULL);
        assertThat(asked.warning().reason()).isEqualTo(ModeChoice.REASON);
        assertThat(asked.warning().message()).contains("settings or configuration");
        var scheduled = ModeChoice.of(null, true, List.of(CUSTOMERS, HARDWARE), 3, 24);
        assertThat(scheduled).isEqualTo(new ModeChoice(RunMode.FULL, null));
    }

    @Test
    void scheduledRunsAreIncrementalOnlyWhenEveryCiTypeSupportsIt() {
        assertThat(ModeChoice.of(null, false, List.of(CUSTOMERS, HARDWARE), 0, 24)
                        .mode())
                .isEqualTo(RunMode.INCREMENTAL);
        assertThat(ModeChoice.of(null, false, List.of(CUSTOMERS, HARDWARE, SOFTWARE), 0, 24)
                        .mode())
                .isEqualTo(RunMode.FULL);
        assertThat(ModeChoice.of(null, false, List.of(CUSTOMERS), 0, 24).mode()).isEqualTo(RunMode.FULL);
    }

    @Test
    void everyFullSyncEveryThScheduledRunIsFull() {
        assertThat(ModeChoice.of(null, false, List.of(HARDWARE), 22, 24).mode()).isEqualTo(RunMode.INCREMENTAL);
        assertThat(ModeChoice.of(null, false, List.of(HARDWARE), 23, 24).mode()).isEqualTo(RunMode.FULL);
        assertThat(ModeChoice.of(null, false, List.of(HARDWARE), 0, 1).mode()).isEqualTo(RunMode.FULL);
    }

    @Test
    void askedIncrementalRunsIncrementalWhenSomeCiTypeSupportsItAndFullOtherwise() {
        assertThat(ModeChoice.of(RunMode.INCREMENTAL, false, List.of(HARDWARE, SOFTWARE), 99, 1))
                .isEqualTo(new ModeChoice(RunMode.INCREMENTAL, null));
        var vain = ModeChoice.of(RunMode.INCREMENTAL, false, List.of(CUSTOMERS, SOFTWARE), 0, 24);
        assertThat(vain.mode()).isEqualTo(RunMode.FULL);
        assertThat(vain.warning().message()).contains("none of its resource types");
    }

    @Test
    void anIncrementalReadStartsAtTheWatermarkMinusTheOverlap() {
        Instant watermark = Instant.parse("2026-11-29T10:00:00Z");
        assertThat(RunScope.modifiedSince(RunMode.INCREMENTAL, HARDWARE, watermark))
                .isEqualTo(Instant.parse("2026-11-29T09:58:00Z"));
        assertThat(RunScope.modifiedSince(RunMode.FULL, HARDWARE, watermark)).isNull();
        assertThat(RunScope.modifiedSince(RunMode.INCREMENTAL, SOFTWARE, watermark))
                .isNull();
        assertThat(RunScope.modifiedSince(RunMode.INCREMENTAL, HARDWARE, null)).isNull();
    }
}
