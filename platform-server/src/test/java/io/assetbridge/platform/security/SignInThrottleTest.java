package io.assetbridge.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    /** A clock the test moves; nothing sleeps. */
    private static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private final MovingClock clock = new MovingClock();
    private final SignInThrottle throttle = new SignInThrottle(clock);

    private Optional<SignInThrottle.Lock> failures(int count, String user, String address, String prefix) {
        Optional<SignInThrottle.Lock> last = Optional.empty();
        for (int i = 0; i < count; i++) {
            last = throttle.failed(user, address, prefix + i);
        }
        return last;
    }

    @Test
    void tenDistinctFailuresFromOneAddressLockItForAMinute() {
        assertThat(failures(9, "admin", "10.0.0.1", "guess")).isEmpty();
        assertThat(throttle.wait("admin", "10.0.0.1")).isEmpty();
        var lock = throttle.failed("admin", "10.0.0.1", "guess-tenth");
        assertThat(lock).hasValueSatisfying(l -> {
            assertThat(l.address()).isTrue();
            assertThat(l.user()).isTrue();
            assertThat(l.duration()).isEqualTo(Duration.ofMinutes(1));
        });
        assertThat(throttle.wait("admin", "10.0.0.1")).contains(Duration.ofMinutes(1));
        assertThat(throttle.wait("viewer", "10.0.0.1"))
                .as("the address for any user")
                .isPresent();
        clock.advance(Duration.ofSeconds(61));
        assertThat(throttle.wait("admin", "10.0.0.1")).isEmpty();
    }

    @Test
    void aRepeatedWrongPasswordCountsOnce() {
        for (int i = 0; i < 50; i++) {
            assertThat(throttle.failed("admin", "10.0.0.1", "same stale password"))
                    .isEmpty();
        }
        assertThat(throttle.wait("admin", "10.0.0.1")).isEmpty();
    }

    @Test
    void failuresOlderThanFiveMinutesAreForgotten() {
        failures(9, "admin", "10.0.0.1", "a");
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        assertThat(throttle.failed("admin", "10.0.0.1", "b")).isEmpty();
        assertThat(throttle.wait("admin", "10.0.0.1")).isEmpty();
    }

    @Test
    void eachFurtherBurstWaitsTwiceAsLongUpToFifteenMinutes() {
        long[] expectedMinutes = {1, 2, 4, 8, 15, 15};
        for (int burst = 0; burst < expectedMinutes.length; burst++) {
            var lock = failures(10, "admin", "10.0.0.1", "burst" + burst + "-");
            assertThat(lock).as("burst " + burst).isPresent();
            assertThat(lock.get().duration()).isEqualTo(Duration.ofMinutes(expectedMinutes[burst]));
            assertThat(throttle.wait("admin", "10.0.0.1")).contains(Duration.ofMinutes(expectedMinutes[burst]));
            clock.advance(Duration.ofMinutes(expectedMinutes[burst]));
        }
        clock.advance(Duration.ofMinutes(21));
        assertThat(failures(10, "admin", "10.0.0.1", "after a quiet spell")
                        .get()
                        .duration())
                .isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void theUserLockSparesAnAddressTheUserSignedInFromButNotANewOne() {
        throttle.succeeded("admin", "192.168.1.10");
        for (int i = 0; i < 10; i++) {
            throttle.failed("admin", "10.0.0." + i, "guess" + i); // spread: no single address is locked
        }
        assertThat(throttle.wait("admin", "10.0.0.1")).isPresent();
        assertThat(throttle.wait("admin", "172.16.0.1")).as("a new address").isPresent();
        assertThat(throttle.wait("admin", "192.168.1.10"))
                .as("the admin's own workstation")
                .isEmpty();
        assertThat(throttle.wait("viewer", "172.16.0.1")).as("another user").isEmpty();
    }

    @Test
    void aLockedAddressWaitsEvenForAKnownUser() {
        throttle.succeeded("admin", "10.0.0.1");
        failures(10, "admin", "10.0.0.1", "guess");
        assertThat(throttle.wait("admin", "10.0.0.1")).isPresent();
        assertThat(throttle.wait("viewer", "10.0.0.2")).isEmpty();
    }

    @Test
    void failuresWhileLockedStartNoNewBurst() {
        failures(10, "admin", "10.0.0.1", "guess");
        assertThat(failures(30, "admin", "10.0.0.1", "more")).isEmpty();
    }
}
