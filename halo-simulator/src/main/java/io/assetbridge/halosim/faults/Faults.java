package io.assetbridge.halosim.faults;

import io.assetbridge.halosim.json.JsonWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;

/**
 * The faults in force, switchable while the simulator runs. Control requests under
 * {@code /_sim/} are never affected. "Request numbers" count the API and token requests received
 * after the fault was set: 1 is the next one.
 */
public final class Faults {

    /** What to do with one request, decided before it is routed. */
    public record Decision(Kind kind, int status, String body, long retryAfterSeconds, long delayMillis) {
        public enum Kind {
            PROCEED,
            RATE_LIMITED,
            SERVER_ERROR,
            DROP,
            HTML
        }
    }

    private final Clock clock;
    private final IntSupplier revokeAllTokens;
    private final AtomicLong sequence = new AtomicLong();
    private final Random random;

    private volatile RateLimiter rateLimiter;
    private volatile boolean retryAfter;
    private volatile double serverErrorRate;
    private volatile int serverErrorStatus = 500;
    private final Set<Long> serverErrorAt = ConcurrentHashMap.newKeySet();
    private volatile int serverErrorAtStatus = 500;
    private volatile long slowMillis;
    private volatile double dropRate;
    private final Set<Long> dropAt = ConcurrentHashMap.newKeySet();
    private volatile String malformedEndpoint;
    private volatile int malformedPage;
    private volatile boolean html;

    public Faults(Clock clock, long seed, IntSupplier revokeAllTokens) {
        this.clock = clock;
        this.random = new Random(seed);
        this.revokeAllTokens = revokeAllTokens;
    }

    // ---- switches ------------------------------------------------------------------------------

    /** Allow {@code requests} per rolling {@code window} (token requests included); 0 turns it off. */
    public Faults rateLimit(int requests, Duration window, boolean withRetryAfter) {
        this.rateLimiter = requests <= 0 ? null : new RateLimiter(requests, window.toMillis());
        this.retryAfter = withRetryAfter;
        return this;
    }

    public Faults noRateLimit() {
        this.rateLimiter = null;
        return this;
    }

    /** Answer a random fraction of requests (seeded, so repeatable) with {@code status}. */
    public Faults serverErrors(double rate, int status) {
        this.serverErrorStatus = requireServerError(status);
        this.serverErrorRate = rate;
        return this;
    }

    /** Answer the given upcoming requests (1 = the next) with {@code status}. */
    public Faults serverErrorOnRequests(int status, long... nextRequestNumbers) {
        this.serverErrorAtStatus = requireServerError(status);
        long base = sequence.get();
        for (long n : nextRequestNumbers) {
            serverErrorAt.add(base + n);
        }
        return this;
    }

    /** Delay every API and token response by {@code delay} (zero turns it off). */
    public Faults slowResponses(Duration delay) {
        this.slowMillis = delay.toMillis();
        return this;
    }

    /** Close the connection without answering for a random fraction of requests. */
    public Faults dropConnections(double rate) {
        this.dropRate = rate;
        return this;
    }

    /** Close the connection without answering on the given upcoming requests (1 = the next). */
    public Faults dropConnectionOnRequests(long... nextRequestNumbers) {
        long base = sequence.get();
        for (long n : nextRequestNumbers) {
            dropAt.add(base + n);
        }
        return this;
    }

    /**
     * Serve truncated, unparseable JSON for page {@code page} of {@code endpoint} (e.g. "Asset",
     * "Client", "Site", "SoftwareLicence"; "AssetType" has only page 1) until cleared.
     */
    public Faults malformedJson(String endpoint, int page) {
        this.malformedPage = page;
        this.malformedEndpoint = endpoint == null ? null : endpoint.toLowerCase(Locale.ROOT);
        return this;
    }

    /** Answer every API and token request with an HTML page (status 200), as a wrong URL does. */
    public Faults htmlInsteadOfJson(boolean on) {
        this.html = on;
        return this;
    }

    /** Invalidates every issued token; returns how many were live. */
    public int revokeAllTokens() {
        return revokeAllTokens.getAsInt();
    }

    /** Turns every fault off, including the rate limit. */
    public Faults clear() {
        rateLimiter = null;
        retryAfter = false;
        serverErrorRate = 0;
        serverErrorAt.clear();
        slowMillis = 0;
        dropRate = 0;
        dropAt.clear();
        malformedEndpoint = null;
        malformedPage = 0;
        html = false;
        return this;
    }

    // ---- decisions (used by the HTTP layer) -----------------------------------------------------

    /** Numbers the request and decides its fate. The rate limit is checked first: it sees all. */
    public Decision decide() {
        long n = sequence.incrementAndGet();
        long delay = slowMillis;
        RateLimiter limiter = rateLimiter;
        if (limiter != null) {
            long wait = limiter.tryAcquire(clock.millis());
            if (wait >= 0) {
                long seconds = retryAfter ? Math.max(1, (wait + 999) / 1000) : -1;
                return new Decision(Decision.Kind.RATE_LIMITED, 429, limiter.message(), seconds, delay);
            }
        }
        if (dropAt.remove(n) || (dropRate > 0 && nextDouble() < dropRate)) {
            return new Decision(Decision.Kind.DROP, 0, null, -1, delay);
        }
        if (serverErrorAt.remove(n)) {
            return serverError(serverErrorAtStatus, delay);
        }
        if (serverErrorRate > 0 && nextDouble() < serverErrorRate) {
            return serverError(serverErrorStatus, delay);
        }
        if (html) {
            return new Decision(Decision.Kind.HTML, 200, null, -1, delay);
        }
        return new Decision(Decision.Kind.PROCEED, 200, null, -1, delay);
    }

    /** Should this page of this endpoint be served broken? */
    public boolean malformed(String endpoint, int page) {
        String e = malformedEndpoint;
        return e != null && e.equalsIgnoreCase(endpoint) && page == malformedPage;
    }

    public String describe() {
        RateLimiter limiter = rateLimiter;
        return JsonWriter.object(w -> {
            w.field("rate_limit", limiter == null ? 0 : limiter.limit());
            w.field("window_seconds", limiter == null ? 0 : limiter.windowMillis() / 1000);
            w.field("retry_after", retryAfter);
            w.field("server_error_rate", serverErrorRate);
            w.field("server_error_status", serverErrorStatus);
            w.field("server_errors_pending", serverErrorAt.size());
            w.field("slow_ms", slowMillis);
            w.field("drop_rate", dropRate);
            w.field("drops_pending", dropAt.size());
            if (malformedEndpoint == null) {
                w.nullField("malformed_endpoint");
            } else {
                w.field("malformed_endpoint", malformedEndpoint);
            }
            w.field("malformed_page", malformedPage);
            w.field("html", html);
        });
    }

    private Decision serverError(int status, long delay) {
        String body = JsonWriter.object(w -> w.field("ClassName", "System.Exception")
                .field("Message", "An unexpected error occurred (simulated " + status + ")."));
        return new Decision(Decision.Kind.SERVER_ERROR, status, body, -1, delay);
    }

    private double nextDouble() {
        synchronized (random) {
            return random.nextDouble();
        }
    }

    private static int requireServerError(int status) {
        if (status < 500 || status > 599) {
            throw new IllegalArgumentException("Not a 5xx status: " + status);
        }
        return status;
    }
}
