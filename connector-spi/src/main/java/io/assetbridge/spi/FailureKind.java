package io.assetbridge.spi;

import java.util.Locale;

/**
 * Why a connector call failed; decides whether the platform retries and what it tells the user.
 *
 * @since 0.1
 */
public enum FailureKind {
    /**
     * Wrong URL or tenant, or the URL is not the expected API. Permanent until the config changes.
     *
     * @since 0.1
     */
    CONFIGURATION(false),
    /**
     * The source rejected the credentials, whatever their style: a client id and secret, an API key, a
     * user name and password, a personal access token, a certificate. Permanent until the credentials
     * change. The message names the configuration properties to check.
     *
     * @since 0.1
     */
    AUTHENTICATION(false),
    /**
     * The account lacks a permission (scope). Permanent until the source grants it.
     *
     * @since 0.1
     */
    PERMISSION(false),
    /**
     * The source asked us to slow down. Retriable, ideally at {@link ConnectorException#retryAt()}.
     *
     * @since 0.1
     */
    RATE_LIMITED(true),
    /**
     * 5xx, I/O error, timeout. Retriable with backoff.
     *
     * @since 0.1
     */
    TRANSIENT(true),
    /**
     * A response that cannot be read. Permanent for this page.
     *
     * @since 0.1
     */
    DATA(false),
    /**
     * The connector stopped because the work was cancelled: {@link Cancellation#isCancelled()} said so, or
     * the {@link Sleeper} or the {@link RateBudget} threw {@link InterruptedException}. The platform ends
     * the run as cancelled (or, when it did not ask, as interrupted) and never retries it.
     *
     * @since 1.0
     */
    CANCELLED(false);

    private final boolean retriable;

    FailureKind(boolean retriable) {
        this.retriable = retriable;
    }

    /**
     * Whether the platform retries a call that failed so.
     *
     * @since 0.1
     */
    public boolean retriable() {
        return retriable;
    }

    /**
     * The lower-case value used on the wire ({@code rate_limited}, …).
     *
     * @since 0.1
     */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
