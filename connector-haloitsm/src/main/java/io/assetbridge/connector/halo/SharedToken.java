package io.assetbridge.connector.halo;

import io.assetbridge.connector.halo.client.TokenGrant;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * The one access token of one credential, shared by every session and thread that uses the credential:
 * Halo may invalidate older tokens when it issues a new one, so tokens are never minted per thread.
 * Fetches are serialised; a thread that finds a token already refreshed by another uses it.
 */
final class SharedToken {

    private static final Duration MAX_MARGIN = Duration.ofSeconds(60);

    private TokenGrant token;
    private Instant refreshAt = Instant.MIN;

    /** A token with time left, fetched through {@code fetch} when there is none or it is about to expire. */
    synchronized TokenGrant current(Clock clock, Supplier<TokenGrant> fetch) {
        if (token == null || !clock.instant().isBefore(refreshAt)) {
            refresh(clock, fetch);
        }
        return token;
    }

    /** A new token after Halo refused {@code rejected}, unless another thread has replaced it already. */
    synchronized TokenGrant renew(TokenGrant rejected, Clock clock, Supplier<TokenGrant> fetch) {
        if (token == null || token == rejected) {
            refresh(clock, fetch);
        }
        return token;
    }

    /** A new token, whatever is cached. */
    synchronized TokenGrant replace(Clock clock, Supplier<TokenGrant> fetch) {
        refresh(clock, fetch);
        return token;
    }

    private void refresh(Clock clock, Supplier<TokenGrant> fetch) {
        token = null; // a failed fetch leaves no stale token behind
        Instant requested = clock.instant();
        TokenGrant fresh = fetch.get();
        token = fresh;
        refreshAt = requested.plus(fresh.expiresIn()).minus(margin(fresh.expiresIn()));
    }

    /** Refresh when less than min(60 s, 10 % of the lifetime) remains. */
    static Duration margin(Duration lifetime) {
        Duration tenth = lifetime.dividedBy(10);
        return tenth.compareTo(MAX_MARGIN) < 0 ? tenth : MAX_MARGIN;
    }
}
