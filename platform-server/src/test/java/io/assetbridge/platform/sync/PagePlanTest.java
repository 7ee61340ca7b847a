package io.assetbridge.platform.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.assetbridge.platform.integration.SyncSettings;
import io.assetbridge.platform.inventory.ClassifiedItem;
import io.assetbridge.spi.CiClass;
import io.assetbridge.spi.ConfigurationItem;
import io.assetbridge.spi.CustomerRecord;
import io.assetbridge.spi.Page;
import io.assetbridge.spi.ResourceRole;
import io.assetbridge.spi.ResourceType;
import io.assetbridge.spi.SourceRecord;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A record the connector cannot map is counted as failed and named in a warning; the rest of the page is kept. */
class PagePlanTest {

    private static final ResourceType HARDWARE = new ResourceType(
            "hardware", "Hardware", ResourceRole.CONFIGURATION_ITEM, CiClass.HARDWARE, true, null, false);
    private static final SyncSettings SETTINGS = SyncSettings.defaultsFor(List.of(HARDWARE));

    private static Page page(String... ids) {
        return Page.last(List.of(ids).stream()
                .map(id -> new SourceRecord("hardware", id, id))
                .toList());
    }

    @Test
    void aMappingBugFailsItsRecordAndIsWarnedAbout() {
        var plan = PagePlan.of(
                HARDWARE,
                page("1", "2", "3"),
                r -> {
                    if (r.sourceId().equals("2")) {
                        throw new IllegalStateException("no serial in " + r.sourceId());
                    }
                    return ConfigurationItem.builder(r.sourceId(), CiClass.HARDWARE)
                            .build();
                },
                SETTINGS);

        assertThat(plan.failed()).isEqualTo(1);
        assertThat(plan.seen()).containsExactly("1", "2", "3");
        assertThat(plan.records().records())
                .extracting(r -> ((ClassifiedItem) r).item().sourceId())
                .containsExactly("1", "3");
        RunWarning warning = plan.mappingWarning();
        assertThat(warning.reason()).isEqualTo(RunWarning.MAPPING);
        assertThat(warning.resourceType()).isEqualTo("hardware");
        assertThat(warning.message()).contains("record 2", "IllegalStateException", "no serial in 2");
    }

    @Test
    void aRecordOfAnotherKindFailsToo() {
        var plan = PagePlan.of(HARDWARE, page("1"), r -> new CustomerRecord("1", "x", true), SETTINGS);

        assertThat(plan.failed()).isEqualTo(1);
        assertThat(plan.records().records()).isEmpty();
        assertThat(plan.mappingWarning().message()).contains("record 1", "another kind");
    }

    @Test
    void aCleanPageHasNoWarning() {
        var plan = PagePlan.of(
                HARDWARE,
                page("1"),
                r -> ConfigurationItem.builder(r.sourceId(), CiClass.HARDWARE).build(),
                SETTINGS);

        assertThat(plan.failed()).isZero();
        assertThat(plan.mappingWarning()).isNull();
    }
}
