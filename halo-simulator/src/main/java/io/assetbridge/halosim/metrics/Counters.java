package io.assetbridge.halosim.metrics;

import io.assetbridge.halosim.json.JsonWriter;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the simulator has served since start or the last {@link #reset()}. Control requests under
 * {@code /_sim/} are not counted. Endpoint keys are Halo resource names: {@code Asset},
 * {@code Asset/{id}}, {@code Client}, {@code Site}, {@code AssetType}, {@code SoftwareLicence},
 * {@code token}, and {@code other} for unknown paths.
 */
public final class Counters {

    public static final String TOKEN = "token";

    private final Map<String, LongAdder> perEndpoint = new ConcurrentHashMap<>();
    private final Map<Integer, LongAdder> perStatus = new ConcurrentHashMap<>();
    private final LongAdder total = new LongAdder();
    private final LongAdder tokensIssued = new LongAdder();
    private final LongAdder dropped = new LongAdder();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();

    // ---- recording -----------------------------------------------------------------------------

    public void begin(String endpoint) {
        total.increment();
        perEndpoint.computeIfAbsent(endpoint, k -> new LongAdder()).increment();
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
    }

    public void end() {
        inFlight.decrementAndGet();
    }

    public void status(int status) {
        perStatus.computeIfAbsent(status, k -> new LongAdder()).increment();
    }

    public void tokenIssued() {
        tokensIssued.increment();
    }

    public void dropped() {
        dropped.increment();
    }

    // ---- reading -------------------------------------------------------------------------------

    /** Requests received for an endpoint key (case-insensitive), e.g. {@code requests("Asset")}. */
    public long requests(String endpoint) {
        for (Map.Entry<String, LongAdder> e : perEndpoint.entrySet()) {
            if (e.getKey().equalsIgnoreCase(endpoint)) {
                return e.getValue().sum();
            }
        }
        return 0;
    }

    public Map<String, Long> requestsPerEndpoint() {
        Map<String, Long> m = new TreeMap<>();
        perEndpoint.forEach((k, v) -> m.put(k, v.sum()));
        return m;
    }

    public long totalRequests() {
        return total.sum();
    }

    /** Requests to the token endpoint, successful or not. */
    public long tokenRequests() {
        return requests(TOKEN);
    }

    public long tokensIssued() {
        return tokensIssued.sum();
    }

    public long responses(int status) {
        LongAdder a = perStatus.get(status);
        return a == null ? 0 : a.sum();
    }

    /** 429s served. */
    public long rateLimited() {
        return responses(429);
    }

    /** 401s served, from the API and from the token endpoint. */
    public long unauthorized() {
        return responses(401);
    }

    public long forbidden() {
        return responses(403);
    }

    public long serverErrors() {
        long n = 0;
        for (Map.Entry<Integer, LongAdder> e : perStatus.entrySet()) {
            if (e.getKey() >= 500) {
                n += e.getValue().sum();
            }
        }
        return n;
    }

    public long droppedConnections() {
        return dropped.sum();
    }

    public int inFlight() {
        return inFlight.get();
    }

    public int maxInFlight() {
        return maxInFlight.get();
    }

    /** Zeroes everything except requests still in flight. */
    public void reset() {
        perEndpoint.clear();
        perStatus.clear();
        total.reset();
        tokensIssued.reset();
        dropped.reset();
        maxInFlight.set(inFlight.get());
    }

    public String toJson() {
        return JsonWriter.object(w -> {
            w.field("total_requests", totalRequests());
            w.field("token_requests", tokenRequests());
            w.field("tokens_issued", tokensIssued());
            w.field("rate_limited", rateLimited());
            w.field("unauthorized", unauthorized());
            w.field("forbidden", forbidden());
            w.field("server_errors", serverErrors());
            w.field("dropped_connections", droppedConnections());
            w.field("in_flight", inFlight());
            w.field("max_in_flight", maxInFlight());
            w.name("requests_per_endpoint").beginObject();
            requestsPerEndpoint().forEach(w::field);
            w.endObject();
            w.name("responses_per_status").beginObject();
            new TreeMap<>(perStatus).forEach((k, v) -> w.field(Integer.toString(k), v.sum()));
            w.endObject();
        });
    }
}
