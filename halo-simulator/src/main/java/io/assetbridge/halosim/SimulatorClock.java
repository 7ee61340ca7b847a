package io.assetbridge.halosim;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The simulator's notion of "now": token expiry, the rate-limit window and last-update stamps of
 * mutations all read it. Tests inject a {@link #manual(Instant) manual} clock and
 * {@link #advance(Duration) advance} it instead of sleeping; the standalone server uses the
 * {@link #system() system} clock, which can still be pushed forward over {@code /_sim/clock}.
 */
public final class SimulatorClock extends Clock {

    private final boolean manual;
    /** Manual mode: the current epoch milli. System mode: an offset added to the system time. */
    private final AtomicLong millis;

    private SimulatorClock(boolean manual, long millis) {
        this.manual = manual;
        this.millis = new AtomicLong(millis);
    }

    /** System time, optionally pushed forward by {@link #advance(Duration)}. */
    public static SimulatorClock system() {
        return new SimulatorClock(false, 0);
    }

    /** A clock that stands still at {@code start} until advanced. */
    public static SimulatorClock manual(Instant start) {
        return new SimulatorClock(true, start.toEpochMilli());
    }

    /** A manual clock starting at 2025-07-01T09:00:00Z, after every generated timestamp. */
    public static SimulatorClock manual() {
        return manual(Instant.parse("2025-07-01T09:00:00Z"));
    }

    public SimulatorClock advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("The simulator clock only moves forward");
        }
        millis.addAndGet(by.toMillis());
        return this;
    }

    public boolean isManual() {
        return manual;
    }

    @Override
    public long millis() {
        return manual ? millis.get() : System.currentTimeMillis() + millis.get();
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(millis());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("The simulator clock is always UTC");
    }

    @Override
    public String toString() {
        return manual ? "manual(" + instant() + ")" : "system(+" + millis.get() + " ms)";
    }
}
