package io.assetbridge.platform.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookBackoffTest {

    private final WebhookBackoff backoff = new WebhookBackoff(Duration.ofSeconds(30));
    private final Instant created = Instant.parse("2026-11-29T10:00:00Z");

    @Test
    void pausesDoubleFromTheBaseUpToAnHour() {
        assertThat(backoff.next(created, 1, created)).hasValue(created.plusSeconds(30));
        assertThat(backoff.next(created, 2, created)).hasValue(created.plusSeconds(60));
        assertThat(backoff.next(created, 5, created)).hasValue(created.plusSeconds(480));
        assertThat(backoff.next(created, 9, created)).hasValue(created.plus(Duration.ofHours(1)));
        assertThat(backoff.next(created, 1_000, created)).hasValue(created.plus(Duration.ofHours(1)));
    }

    @Test
    void givesUpWhenTheNextAttemptWouldFallMoreThan24HoursAfterTheEvent() {
        Instant late = created.plus(Duration.ofHours(23)).plusSeconds(1);
        assertThat(backoff.next(created, 20, late)).isEmpty();
        assertThat(backoff.next(created, 20, created.plus(Duration.ofHours(23))))
                .hasValue(created.plus(Duration.ofHours(24)));
    }

    @Test
    void theSignatureIsTheHexHmacSha256OfTheBody() {
        // RFC 4231 test case 2
        assertThat(WebhookSender.signature("Jefe", "what do ya want for nothing?"))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }
}
