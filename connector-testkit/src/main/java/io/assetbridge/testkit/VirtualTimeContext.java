package io.assetbridge.testkit;

import io.assetbridge.spi.HttpTimeouts;
import java.time.Duration;

/**
 * A {@link TestConnectorContext} on virtual time: {@link #sleeper()} is a {@link VirtualSleeper} and
 * {@link #clock()} a {@link VirtualClock}, typed so, so a test reads the waits without a cast.
 */
public final class VirtualTimeContext extends TestConnectorContext {

    private final VirtualClock clock;
    private final VirtualSleeper sleeper;

    VirtualTimeContext(VirtualClock clock) {
        this(clock, new VirtualSleeper(clock));
    }

    private VirtualTimeContext(VirtualClock clock, VirtualSleeper sleeper) {
        super(clock, sleeper, new HttpTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(10)));
        this.clock = clock;
        this.sleeper = sleeper;
    }

    @Override
    public VirtualClock clock() {
        return clock;
    }

    @Override
    public VirtualSleeper sleeper() {
        return sleeper;
    }

    @Override
    public VirtualTimeContext asFirstContact() {
        super.asFirstContact();
        return this;
    }

    @Override
    public VirtualTimeContext withFreshCredentials() {
        super.withFreshCredentials();
        return this;
    }
}
