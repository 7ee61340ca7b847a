package io.assetbridge.spi;

import java.time.Duration;

/**
 * Records the HTTP calls a connector makes, so runs report the requests they cost. Thread-safe.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface RequestMeter {

    /**
     * A meter that records nothing.
     *
     * @deprecated since 1.0: a connector always records on its context's {@link ConnectorContext#meter()},
     *     and a test reads what was recorded from the testkit's {@code RecordingMeter}; a meter that drops
     *     the calls only hides requests from the run's count.
     * @since 0.1
     */
    @Deprecated(since = "1.0")
    RequestMeter NONE = call -> {};

    /**
     * @since 0.1
     */
    void record(HttpCall call);

    /**
     * One HTTP call.
     *
     * @param kind     token or API call
     * @param method   HTTP method
     * @param endpoint the path without query, e.g. {@code /api/Asset}; never a secret
     * @param status   the HTTP status, or 0 when no response arrived
     * @param elapsed  time from sending to the end of the response
     */
    record HttpCall(Kind kind, String method, String endpoint, int status, Duration elapsed) {

        public enum Kind {
            TOKEN,
            API
        }

        public HttpCall {
            Values.require(kind != null, "kind");
            method = Values.requireText(method, "method");
            endpoint = Values.requireText(endpoint, "endpoint");
            Values.require(status >= 0, "status must not be negative");
            Values.require(elapsed != null && !elapsed.isNegative(), "elapsed must not be negative");
        }
    }
}
