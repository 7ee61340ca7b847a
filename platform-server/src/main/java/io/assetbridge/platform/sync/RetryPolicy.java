package io.assetbridge.platform.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How often and how long a run retries a page or sign-in that failed with a retriable kind
 * (transient, rate_limited), on top of the connector's own short retries. Configurable so an
 * operator can be more patient, and tests less.
 */
@ApplicationScoped
public class RetryPolicy {

    private int attempts;
    private Duration base;
    private Duration cap;

    @Inject
    public RetryPolicy(
            @ConfigProperty(name = "assetbridge.sync.retries", defaultValue = "5") int attempts,
            @ConfigProperty(name = "assetbridge.sync.retry-base-seconds", defaultValue = "15") double baseSeconds) {
        this.attempts = Math.max(0, attempts);
        this.base = Duration.ofMillis((long) (baseSeconds * 1000));
        this.cap = Duration.ofMinutes(10);
    }

    /** Required by CDI for the client proxy of a normal-scoped bean. */
    protected RetryPolicy() {}

    /** Retries after the first failure. */
    public int attempts() {
        return attempts;
    }

    /** The wait before retry {@code attempt} (1-based): doubling from the base, capped, with ±20 % jitter. */
    public Duration backoff(int attempt) {
        long millis = Math.min(cap.toMillis(), base.toMillis() << Math.min(attempt - 1, 20));
        double jitter = 0.8 + ThreadLocalRandom.current().nextDouble() * 0.4;
        return Duration.ofMillis((long) (millis * jitter));
    }
}
