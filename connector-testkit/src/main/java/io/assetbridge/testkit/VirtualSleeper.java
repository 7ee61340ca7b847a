package io.assetbridge.testkit;

import io.assetbridge.spi.Sleeper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A sleeper that advances a {@link VirtualClock} instead of waiting, and remembers every wait. */
public final class VirtualSleeper implements Sleeper {

    private final VirtualClock clock;
    private final List<Duration> waits = new CopyOnWriteArrayList<>();

    public VirtualSleeper(VirtualClock clock) {
        this.clock = clock;
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedException("interrupted before sleeping");
        }
        if (duration.isNegative() || duration.isZero()) {
            return;
        }
        waits.add(duration);
        clock.advance(duration);
    }

    public List<Duration> waits() {
        return List.copyOf(waits);
    }

    public Duration total() {
        return waits.stream().reduce(Duration.ZERO, Duration::plus);
    }
}
