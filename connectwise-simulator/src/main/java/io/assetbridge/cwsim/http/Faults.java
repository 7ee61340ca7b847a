package io.assetbridge.cwsim.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the simulator does wrong on purpose, set with {@code POST /_sim/faults?…}: a rate limit (429 with or
 * without Retry-After), the next N requests answered 429 ({@code too-many}) or 503 ({@code unavailable}), endpoints a security role may not read (403, or
 * 401 as some ConnectWise versions answer), a delay per request, and forward-only paging switched off.
 */
public final class Faults {

    /** The refusal of one request, or none. */
    record Refusal(int status, String code, String message, Long retryAfterSeconds) {}

    private final Clock clock;
    private final ArrayDeque<Instant> recent = new ArrayDeque<>();
    private final Map<String, Integer> denied = new ConcurrentHashMap<>();
    private volatile int rateLimit;
    private volatile Duration window;
    private volatile boolean retryAfter = true;
    private volatile int unavailable;
    private volatile int tooMany;
    private volatile long slowMillis;
    private volatile boolean forwardOnly = true;

    public Faults(Clock clock, int rateLimit, int windowSeconds) {
        this.clock = clock;
        this.rateLimit = rateLimit;
        this.window = Duration.ofSeconds(windowSeconds);
    }

    /** Applies {@code /_sim/faults} query parameters; {@code clear=true} first resets every fault. */
    synchronized void apply(Map<String, String> params, int startRateLimit, int startWindow) {
        if (Boolean.parseBoolean(params.getOrDefault("clear", "false"))) {
            rateLimit = startRateLimit;
            window = Duration.ofSeconds(startWindow);
            retryAfter = true;
            unavailable = 0;
            tooMany = 0;
            slowMillis = 0;
            forwardOnly = true;
            denied.clear();
            recent.clear();
        }
        params.forEach((name, value) -> {
            switch (name) {
                case "clear" -> {}
                case "rate-limit" -> rateLimit = Integer.parseInt(value);
                case "window" -> window = Duration.ofSeconds(Long.parseLong(value));
                case "retry-after" -> retryAfter = Boolean.parseBoolean(value);
                case "unavailable" -> unavailable = Integer.parseInt(value);
                case "too-many" -> tooMany = Integer.parseInt(value);
                case "slow-ms" -> slowMillis = Long.parseLong(value);
                case "forward-only" -> forwardOnly = Boolean.parseBoolean(value);
                case "deny" -> denied.put(value, Integer.parseInt(params.getOrDefault("deny-status", "403")));
                case "allow" -> denied.remove(value);
                case "deny-status" -> {}
                default -> throw new IllegalArgumentException("unknown fault " + name);
            }
        });
    }

    Map<String, Object> describe() {
        return Json.object(
                "rate-limit", rateLimit,
                "window", window.toSeconds(),
                "retry-after", retryAfter,
                "unavailable", unavailable,
                "too-many", tooMany,
                "slow-ms", slowMillis,
                "forward-only", forwardOnly,
                "deny", new TreeMap<>(denied));
    }

    boolean forwardOnly() {
        return forwardOnly;
    }

    void delay() {
        if (slowMillis > 0) {
            try {
                Thread.sleep(slowMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A role refusal for the endpoint, checked after authentication. */
    Optional<Refusal> permission(String endpoint) {
        Integer status = denied.get(endpoint);
        if (status == null) {
            return Optional.empty();
        }
        return Optional.of(new Refusal(
                status,
                status == 401 ? "Unauthorized" : "Forbidden",
                "You do not have access to this resource: the member's security role does not allow it.",
                null));
    }

    /** A 429 or 503 for this request, or none; counts the request against the rate limit. */
    synchronized Optional<Refusal> throttle() {
        Instant now = clock.instant();
        if (rateLimit > 0) {
            while (!recent.isEmpty() && !recent.peekFirst().isAfter(now.minus(window))) {
                recent.pollFirst();
            }
            if (recent.size() >= rateLimit) {
                long wait = Math.max(
                        1,
                        Duration.between(now, recent.peekFirst().plus(window)).toMillis() / 1000 + 1);
                return Optional.of(new Refusal(
                        429,
                        "TooManyRequests",
                        "Rate limit exceeded: " + rateLimit + " requests per " + window.toSeconds() + " s.",
                        retryAfter ? wait : null));
            }
            recent.addLast(now);
        }
        if (tooMany > 0) {
            tooMany--;
            return Optional.of(new Refusal(
                    429, "TooManyRequests", "Too many requests; slow down.", retryAfter ? Long.valueOf(2) : null));
        }
        if (unavailable > 0) {
            unavailable--;
            return Optional.of(new Refusal(503, "ServiceUnavailable", "The service is temporarily unavailable.", null));
        }
        return Optional.empty();
    }
}
