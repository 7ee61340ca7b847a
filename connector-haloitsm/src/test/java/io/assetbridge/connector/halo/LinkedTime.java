package io.assetbridge.connector.halo;

import io.assetbridge.halosim.SimulatorClock;
import io.assetbridge.spi.HttpTimeouts;
import io.assetbridge.testkit.TestConnectorContext;
import io.assetbridge.testkit.VirtualClock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Virtual time shared by the connector and the simulator: every wait the connector makes advances both
 * clocks at once, so token expiry and rolling rate-limit windows behave as in real time, instantly.
 */
final class LinkedTime {

    final VirtualClock connectorClock = new VirtualClock();
    final SimulatorClock simulatorClock = SimulatorClock.manual();
    final List<Duration> waits = new CopyOnWriteArrayList<>();

    TestConnectorContext context() {
        return new TestConnectorContext(
                connectorClock,
                duration -> {
                    if (!duration.isNegative() && !duration.isZero()) {
                        waits.add(duration);
                        advance(duration);
                    }
                },
                new HttpTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(10)));
    }

    void advance(Duration duration) {
        connectorClock.advance(duration);
        simulatorClock.advance(duration);
    }

    Duration waited() {
        return waits.stream().reduce(Duration.ZERO, Duration::plus);
    }
}
