package io.assetbridge.platform.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a failed delivery is tried again: {@code base} × 2^(attempts − 1), at most an hour apart, and
 * never later than 24 hours after the event; after that the delivery is given up.
 */
record WebhookBackoff(Duration base) {

    static final Duration GIVE_UP_AFTER = Duration.ofHours(24);
    static final Duration LONGEST_PAUSE = Duration.ofHours(1);

    /** The next attempt after {@code attemptsMade} failed ones, or empty when the event is too old. */
    Optional<Instant> next(Instant created, int attemptsMade, Instant now) {
        Duration pause = base;
        for (int i = 1; i < attemptsMade && pause.compareTo(LONGEST_PAUSE) < 0; i++) {
            pause = pause.multipliedBy(2);
        }
        if (pause.compareTo(LONGEST_PAUSE) > 0) {
            pause = LONGEST_PAUSE;
        }
        Instant next = now.plus(pause);
        return next.isAfter(created.plus(GIVE_UP_AFTER)) ? Optional.empty() : Optional.of(next);
    }
}
