package io.assetbridge.spi.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RollingWindowLimiterTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void grantsUpToTheLimitThenSaysWhenTheOldestRequestLeavesTheWindow() {
        var limiter = new RollingWindowLimiter(3, Duration.ofSeconds(10));
        assertThat(limiter.tryAcquire(T0)).isZero();
        assertThat(limiter.tryAcquire(T0.plusSeconds(1))).isZero();
        assertThat(limiter.tryAcquire(T0.plusSeconds(2))).isZero();
        assertThat(limiter.tryAcquire(T0.plusSeconds(3))).isEqualTo(Duration.ofSeconds(7));
        assertThat(limiter.tryAcquire(T0.plusSeconds(10))).isZero();
        assertThat(limiter.tryAcquire(T0.plusSeconds(10))).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aPauseHoldsEveryoneAndIsNeverShortened() {
        var limiter = new RollingWindowLimiter(100, Duration.ofSeconds(10));
        limiter.pauseUntil(T0.plusSeconds(30));
        limiter.pauseUntil(T0.plusSeconds(5));
        assertThat(limiter.tryAcquire(T0)).isEqualTo(Duration.ofSeconds(30));
        assertThat(limiter.tryAcquire(T0.plusSeconds(30))).isZero();
    }

    @Test
    void refusesNonsensicalBudgets() {
        assertThatThrownBy(() -> new RollingWindowLimiter(0, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RollingWindowLimiter(1, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
