package io.assetbridge.spi;

import io.assetbridge.spi.support.SocketHttp;
import java.time.Clock;
import java.time.Duration;

/**
 * The services the platform lends a connector for one session. Every wait a connector makes goes
 * through {@link #sleeper()} (so it is cancellable and instant in tests) and every time it reads
 * goes through {@link #clock()}. Implementations are thread-safe.
 *
 * @since 0.1
 */
public interface ConnectorContext {

    /**
     * The time source; use it for token expiry and backoff arithmetic.
     *
     * @since 0.1
     */
    Clock clock();

    /**
     * The only way to wait.
     *
     * @since 0.1
     */
    Sleeper sleeper();

    /**
     * Whether the work that opened this session was cancelled; check it between requests.
     *
     * @since 0.1
     */
    Cancellation cancellation();

    /**
     * Connect and read timeouts for every HTTP call.
     *
     * @since 0.1
     */
    HttpTimeouts timeouts();

    /**
     * The rate budget shared by every session that uses the same key and limit, typically the source
     * instance's host, so that integrations pointing at one instance stay under its limit together.
     * A session asking for another limit on the same key gets a budget of its own.
     *
     * @param key      identifies the rate-limited instance, e.g. {@code acme.haloitsm.com}
     * @param requests how many requests the window allows, at least 1
     * @param window   the rolling window, positive
     *
     * @since 0.1
     */
    RateBudget rateBudget(String key, int requests, Duration window);

    /**
     * Records every HTTP call the connector makes, token calls included.
     *
     * @since 0.1
     */
    RequestMeter meter();

    /**
     * Whether the session must obtain new credentials instead of reusing ones cached for the same
     * configuration: true for a connection test, so that a permission just granted at the source shows.
     *
     * @since 0.1
     */
    default boolean freshCredentials() {
        return false;
    }

    /**
     * Whether this configuration has never worked: no successful sync and no passed connection test. A
     * connector then reports an unreachable source (connection refused, unknown host, TLS spoken to a
     * plain-HTTP port or the reverse) at once as {@link FailureKind#CONFIGURATION} instead of retrying it
     * as {@link FailureKind#TRANSIENT}: a mistake in the URL is far likelier than an outage.
     *
     * @since 0.1
     */
    default boolean firstContact() {
        return false;
    }

    /**
     * Every HTTP connection the connector makes goes through this, so that the platform's outbound
     * policy applies: a host the policy refuses fails with {@link OutboundRefusedException} without
     * a byte sent. Timeouts are {@link #timeouts()}. The default, for contexts that lend no policy
     * (connector tests), connects directly.
     *
     * @since 1.0
     */
    default OutboundHttp http() {
        return SocketHttp.direct(timeouts());
    }
}
