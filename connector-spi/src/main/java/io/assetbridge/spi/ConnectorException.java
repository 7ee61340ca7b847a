package io.assetbridge.spi;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A failure a connector reports to the platform. The {@link FailureKind} drives both the retry
 * policy and what the user is told. The message is a sentence a source-system administrator can act
 * on and must never contain a secret (client secret, token, password).
 *
 * @since 0.1
 */
public class ConnectorException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final FailureKind kind;
    private final transient Instant retryAt;
    private final String property;

    /**
     * @param kind     what went wrong, never null
     * @param message  an actionable sentence without secrets, never blank
     * @param retryAt  for {@code RATE_LIMITED} and {@code TRANSIENT}: the earliest time a retry makes
     *                 sense, or null when unknown
     * @param property the configuration property at fault, or null
     * @param cause    the underlying exception, or null; its message is never shown to users
     *
     * @since 0.1
     */
    public ConnectorException(FailureKind kind, String message, Instant retryAt, String property, Throwable cause) {
        super(requireMessage(message), cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.retryAt = retryAt;
        this.property = property;
    }

    /**
     * @since 0.1
     */
    public ConnectorException(FailureKind kind, String message) {
        this(kind, message, null, null, null);
    }

    /**
     * A failure with a cause and neither a retry time nor a property.
     *
     * @deprecated since 1.0: one way to build a failure is enough; use
     *     {@link #ConnectorException(FailureKind, String, Instant, String, Throwable)} with null for the
     *     retry time and the property.
     * @since 0.1
     */
    @Deprecated(since = "1.0")
    public static ConnectorException of(FailureKind kind, String message, Throwable cause) {
        return new ConnectorException(kind, message, null, null, cause);
    }

    /**
     * @since 0.1
     */
    public FailureKind kind() {
        return kind;
    }

    /**
     * The earliest time a retry makes sense, when the connector knows it.
     *
     * @since 0.1
     */
    public Optional<Instant> retryAt() {
        return Optional.ofNullable(retryAt);
    }

    /**
     * The configuration property at fault, when one is.
     *
     * @deprecated since 1.0: the platform shows no property for a failure, only the message; name the
     *     property in the message by the label the admin sees ("check the Client Secret"), and report a
     *     problem with one property's value from {@link Connector#validate} as a {@link ConfigProblem}.
     * @since 0.1
     */
    @Deprecated(since = "1.0")
    public Optional<String> property() {
        return Optional.ofNullable(property);
    }

    private static String requireMessage(String message) {
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("a ConnectorException needs a message");
        }
        return message;
    }
}
