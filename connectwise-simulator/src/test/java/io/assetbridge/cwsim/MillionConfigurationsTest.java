package io.assetbridge.cwsim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A million configurations are generated, not stored: the heap barely grows, and any page is at hand. */
class MillionConfigurationsTest {

    @Test
    void aMillionConfigurationsCostAlmostNoMemory() {
        long before = usedHeap();
        try (var sim = CwSimulator.start(SimSettings.defaults().withSize(1_000_000, 5_000, 20))) {
            var client = new Client(sim);
            client.post("/_sim/mutate?delete=1000&rename=1000&add=1000");
            long after = usedHeap();
            assertThat(after - before).as("heap growth in bytes").isLessThan(16L * 1024 * 1024);
            var last = client.api("/company/configurations?pageSize=1000&pageId=1000500", true);
            assertThat(last.json().asJsonArray())
                    .as("the added ones after the last generated id")
                    .hasSize(500);
            assertThat(last.header("Link")).isNull();
            assertThat(client.api("/company/configurations/count").object().getInt("count"))
                    .isEqualTo(1_000_000);
            var changed = client.api(
                    "/company/configurations/count?conditions=lastUpdated%20%3E%20%5B2026-01-01T00:00:00Z%5D");
            assertThat(changed.object().getInt("count")).isEqualTo(2_000);
        }
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
