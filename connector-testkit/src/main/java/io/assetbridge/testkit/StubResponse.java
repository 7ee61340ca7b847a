package io.assetbridge.testkit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One scripted answer of an {@link HttpStub}: a status, headers, a body, a delay before answering, and
 * optionally a body cut short (the stub announces the full length, sends part of it and closes).
 *
 * @param status    the HTTP status
 * @param headers   response headers
 * @param body      the body bytes, possibly empty
 * @param delay     how long the stub waits before answering (real time: for timeouts)
 * @param truncated whether only half the body is sent before the connection closes
 */
public record StubResponse(int status, Map<String, String> headers, byte[] body, Duration delay, boolean truncated) {

    public StubResponse {
        headers = Map.copyOf(headers);
        body = body.clone();
    }

    /** A status with a JSON body. */
    public static StubResponse json(int status, String json) {
        return new StubResponse(status, Map.of("Content-Type", "application/json"), bytes(json), Duration.ZERO, false);
    }

    /** A status with a plain-text body. */
    public static StubResponse text(int status, String text) {
        return new StubResponse(
                status, Map.of("Content-Type", "text/plain; charset=utf-8"), bytes(text), Duration.ZERO, false);
    }

    /** An HTML page, as a login page or a proxy's error page answers. */
    public static StubResponse html(int status, String html) {
        return new StubResponse(
                status, Map.of("Content-Type", "text/html; charset=utf-8"), bytes(html), Duration.ZERO, false);
    }

    /** This answer with one more header. */
    public StubResponse withHeader(String name, String value) {
        var more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new StubResponse(status, more, body, delay, truncated);
    }

    /** This answer after {@code delay}. */
    public StubResponse after(Duration delay) {
        return new StubResponse(status, headers, body, delay, truncated);
    }

    /** This answer cut short: the full length is announced, half the body is sent, the connection closes. */
    public StubResponse cutShort() {
        return new StubResponse(status, headers, body, delay, true);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
