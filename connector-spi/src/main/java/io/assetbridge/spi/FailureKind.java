package io.assetbridge.spi;

import java.util.Locale;

/** Why a connector call failed; decides whether the platform retries and what it tells the user. */
public enum FailureKind {
    /** Wrong URL or tenant, or the URL is not the expected API. Permanent until the config changes. */
    CONFIGURATION(false),
    /** The source rejected the client id or secret. Permanent until the credentials change. */
    AUTHENTICATION(false),
    /** The account lacks a permission (scope). Permanent until the source grants it. */
    PERMISSION(false),
    /** The source asked us to slow down. Retriable, ideally at {@link ConnectorException#retryAt()}. */
    RATE_LIMITED(true),
    /** 5xx, I/O error, timeout. Retriable with backoff. */
    TRANSIENT(true),
    /** A response that cannot be read. Permanent for this page. */
    DATA(false);

    private final boolean retriable;

    FailureKind(boolean retriable) {
        this.retriable = retriable;
    }

    public boolean retriable() {
        return retriable;
    }

    /** The lower-case value used on the wire ({@code rate_limited}, …). */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
