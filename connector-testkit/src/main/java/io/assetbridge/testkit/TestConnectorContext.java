package io.assetbridge.testkit;

import io.assetbridge.spi.Cancellation;
import io.assetbridge.spi.ConnectorContext;
import io.assetbridge.spi.HttpTimeouts;
import io.assetbridge.spi.RateBudget;
import io.assetbridge.spi.RequestMeter;
import io.assetbridge.spi.Sleeper;
import io.assetbridge.spi.support.PacedRateBudget;
import io.assetbridge.spi.support.RollingWindowLimiter;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A connector context for tests: virtual time by default (or the real clock with a real sleeper,
 * for tests against a simulator whose rate-limit window runs on real time), the platform's real
 * rate budget shared per key, and a recording meter.
 */
public class TestConnectorContext implements ConnectorContext {

    private final Clock clock;
    private final Sleeper sleeper;
    private final RecordingMeter meter = new RecordingMeter();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final Map<String, RollingWindowLimiter> limiters = new ConcurrentHashMap<>();
    private final HttpTimeouts timeouts;
    private volatile boolean firstContact;
    private volatile boolean freshCredentials;

    public TestConnectorContext(Clock clock, Sleeper sleeper, HttpTimeouts timeouts) {
        this.clock = clock;
        this.sleeper = sleeper;
        this.timeouts = timeouts;
    }

    /** Virtual time: sleeping advances the clock; {@code sleeper()} is the {@link VirtualSleeper}. */
    public static VirtualTimeContext virtualTime(VirtualClock clock) {
        return new VirtualTimeContext(clock);
    }

    /** Real time: for pacing against a server that measures real time. */
    public static TestConnectorContext realTime() {
        return new TestConnectorContext(
                Clock.systemUTC(),
                d -> Thread.sleep(Math.max(0, d.toMillis())),
                new HttpTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(10)));
    }

    public void cancel() {
        cancelled.set(true);
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public Sleeper sleeper() {
        return sleeper;
    }

    @Override
    public Cancellation cancellation() {
        return cancelled::get;
    }

    @Override
    public HttpTimeouts timeouts() {
        return timeouts;
    }

    @Override
    public RateBudget rateBudget(String key, int requests, Duration window) {
        var limiter = limiters.computeIfAbsent(
                key + " " + requests + "/" + window, k -> new RollingWindowLimiter(requests, window));
        return new PacedRateBudget(limiter, clock, sleeper);
    }

    @Override
    public RecordingMeter meter() {
        return meter;
    }

    /** Makes the context say that the configuration has never worked (see {@link #firstContact()}). */
    public TestConnectorContext asFirstContact() {
        firstContact = true;
        return this;
    }

    /** Makes the context ask for new credentials, as a connection test does. */
    public TestConnectorContext withFreshCredentials() {
        freshCredentials = true;
        return this;
    }

    @Override
    public boolean firstContact() {
        return firstContact;
    }

    @Override
    public boolean freshCredentials() {
        return freshCredentials;
    }

    /** The meter as the SPI type, for code that only needs to record. */
    public RequestMeter requestMeter() {
        return meter;
    }
}
