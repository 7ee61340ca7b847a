package io.assetbridge.connector.halo;

import static org.assertj.core.api.Assertions.assertThat;

import io.assetbridge.halosim.HaloSimulator;
import io.assetbridge.halosim.SimulatorSettings;
import io.assetbridge.spi.HttpTimeouts;
import io.assetbridge.testkit.TestConnectorContext;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Test 16, in real time (the simulator's rolling window runs on its own clock): with Halo allowing 30
 * requests per rolling 3 s and a budget of 27, a long read paces itself instead of bursting into 429s.
 */
class PacingTest {

    @BeforeAll
    static void warmUp() {
        // load and initialise the REST client outside the timed read
        try (var simulator =
                HaloSimulator.start(SimulatorSettings.defaults().withAssets(10).withAssetTypes(1))) {
            var connector = new HaloConnector();
            try (var session = connector.authenticate(Halo.config(simulator), TestConnectorContext.realTime())) {
                Halo.readAll(connector, session, "hardware");
            }
        }
    }

    /**
     * 55 small requests (token, asset type list, one page for each of 53 types): 27 go at once, 27 more
     * three seconds later, the last one after six. The bound is on the time the budget spends asleep, not
     * on wall-clock time, so a loaded machine (slower requests, hence shorter waits) cannot fail it.
     */
    @Test
    void aBudgetBelowHalosLimitPacesTheReadWithAtMostOne429() {
        try (var simulator = HaloSimulator.start(SimulatorSettings.defaults()
                .withAssets(530)
                .withAssetTypes(53)
                .withClients(5)
                .withRateLimit(30, 3))) {
            var connector = new HaloConnector();
            var slept = new AtomicLong();
            var context = new TestConnectorContext(
                    Clock.systemUTC(),
                    d -> {
                        slept.addAndGet(Math.max(0, d.toNanos()));
                        Thread.sleep(Math.max(0, d.toMillis()));
                    },
                    new HttpTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(10)));
            List<?> records;
            try (var session = connector.authenticate(
                    Halo.config(simulator, c -> {
                        c.put("rate-limit-requests", 27L);
                        c.put("rate-limit-window-seconds", 3L);
                    }),
                    context)) {
                records = Halo.readAll(connector, session, "hardware");
            }
            double seconds = slept.get() / 1e9;
            int requests = context.meter().calls().size();
            // the one 429 allowed (the server's window starts at arrival, ours at sending) costs one
            // Retry-After wait of at most a window
            long rateLimited = simulator.counters().rateLimited();
            double bound = 1.1 * Math.floorDiv(requests - 1, 27) * 3 + (rateLimited > 0 ? 3 : 0);
            System.out.printf(
                    "paced read: %d requests (token included), %.2f s asleep, bound %.2f s, %d 429s%n",
                    requests, seconds, bound, rateLimited);

            assertThat(records).hasSize(530);
            assertThat(requests).as("long enough to span several windows").isGreaterThan(54);
            assertThat(rateLimited).isLessThanOrEqualTo(1);
            assertThat(seconds).isLessThanOrEqualTo(bound);
        }
    }
}
