package io.assetbridge.platform.connector;

import io.assetbridge.spi.Sleeper;
import io.assetbridge.spi.WaitReason;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

/**
 * A sleeper that shows each wait on a {@link WaitDisplay} while it lasts, with its reason and a sentence
 * about it, so a waiting run never looks hung.
 */
final class ShownSleeper implements Sleeper {

    private final Sleeper base;
    private final Clock clock;
    private final WaitDisplay display;
    private final Function<WaitReason, String> messages;

    /**
     * @param messages the sentence shown for a wait of each reason
     */
    ShownSleeper(Sleeper base, Clock clock, WaitDisplay display, Function<WaitReason, String> messages) {
        this.base = base;
        this.clock = clock;
        this.display = display;
        this.messages = messages;
    }

    /** A wait the connector gave no reason for: shown as a retry, the commonest. */
    @Override
    public void sleep(Duration duration) throws InterruptedException {
        sleep(duration, WaitReason.RETRY);
    }

    @Override
    public void sleep(Duration duration, WaitReason reason) throws InterruptedException {
        if (duration.isNegative() || duration.isZero()) {
            return;
        }
        Instant until = clock.instant().plus(duration);
        display.waiting(until, wireName(reason), messages.apply(reason));
        try {
            base.sleep(duration);
        } finally {
            display.done();
        }
    }

    /** {@code rate-budget}, {@code rate-limited} or {@code retry}. */
    static String wireName(WaitReason reason) {
        return switch (reason) {
            case RATE_BUDGET -> "rate-budget";
            case RATE_LIMITED -> "rate-limited";
            case RETRY -> "retry";
        };
    }
}
