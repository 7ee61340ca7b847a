package io.assetbridge.spi.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class PacedRateBudgetTest {

    @Test
    void waitsThroughTheSleeperUntilTheWindowAllowsTheNextRequest() throws Exception {
        var now = new AtomicReference<>(Instant.parse("2026-01-01T00:00:00Z"));
        Clock clock = new Clock() {
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            public Clock withZone(ZoneId zone) {
                return this;
            }

            public Instant instant() {
                return now.get();
            }
        };
        var slept = new AtomicReference<>(Duration.ZERO);
        var budget = new PacedRateBudget(new RollingWindowLimiter(27, Duration.ofSeconds(3)), clock, d -> {
            slept.set(slept.get().plus(d));
            now.set(now.get().plus(d));
        });
        for (int i = 0; i < 100; i++) {
            budget.acquire();
        }
        // 100 requests at 27 per 3 s need floor(99 / 27) = 3 full windows of waiting.
        assertThat(slept.get()).isEqualTo(Duration.ofSeconds(9));
    }
}
