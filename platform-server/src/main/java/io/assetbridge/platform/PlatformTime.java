package io.assetbridge.platform;

import io.assetbridge.spi.Cancellation;
import io.assetbridge.spi.Sleeper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/**
 * The server's time: its clock, and sleepers that wake early when their work is cancelled. Every
 * wait of the platform and its connectors goes through here.
 */
@ApplicationScoped
public class PlatformTime {

    private static final long SLICE_MILLIS = 200;

    private final Clock clock = Clock.systemUTC();

    public Clock clock() {
        return clock;
    }

    /** A sleeper that gives up, with an InterruptedException, soon after {@code cancellation} says so. */
    public Sleeper sleeper(Cancellation cancellation) {
        return duration -> {
            long remaining = Math.max(0, duration.toMillis());
            while (remaining > 0) {
                if (cancellation.isCancelled()) {
                    throw new InterruptedException("cancelled");
                }
                long slice = Math.min(remaining, SLICE_MILLIS);
                Thread.sleep(slice);
                remaining -= slice;
            }
        };
    }

    /** A wait that no cancellation ends early. */
    public Sleeper sleeper() {
        return sleeper(Cancellation.NEVER);
    }
}
