package io.assetbridge.connector.halo;

import static org.assertj.core.api.Assertions.assertThat;

import io.assetbridge.connector.halo.client.TokenGrant;
import io.assetbridge.testkit.VirtualClock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class SharedTokenTest {

    private final VirtualClock clock = new VirtualClock();
    private final AtomicInteger fetches = new AtomicInteger();
    private final Supplier<TokenGrant> fetch =
            () -> new TokenGrant("t" + fetches.incrementAndGet(), "Bearer", Duration.ofSeconds(3600), Optional.empty());

    @Test
    void refreshesWhenLessThanTheMarginRemains() {
        var token = new SharedToken();

        TokenGrant first = token.current(clock, fetch);
        clock.advance(Duration.ofSeconds(3600 - 61));
        assertThat(token.current(clock, fetch)).isSameAs(first);
        clock.advance(Duration.ofSeconds(1));
        assertThat(token.current(clock, fetch)).isNotSameAs(first);
        assertThat(fetches).hasValue(2);
    }

    @Test
    void usesTenPercentOfAShortLifetimeAsTheMargin() {
        assertThat(SharedToken.margin(Duration.ofSeconds(3600))).isEqualTo(Duration.ofSeconds(60));
        assertThat(SharedToken.margin(Duration.ofSeconds(300))).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void renewsARejectedTokenOnceEvenWhenManyThreadsSawItRejected() {
        var token = new SharedToken();
        TokenGrant rejected = token.current(clock, fetch);

        TokenGrant renewed = token.renew(rejected, clock, fetch);
        TokenGrant again = token.renew(rejected, clock, fetch);

        assertThat(again).isSameAs(renewed);
        assertThat(fetches).hasValue(2);
    }
}
