package io.assetbridge.cwsim.http;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Requests per endpoint template (e.g. {@code /company/configurations}), whatever they were answered. */
public final class Counters {

    private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();

    void count(String endpoint) {
        requests.computeIfAbsent(endpoint, k -> new LongAdder()).increment();
    }

    public Map<String, Long> snapshot() {
        var copy = new TreeMap<String, Long>();
        requests.forEach((k, v) -> copy.put(k, v.sum()));
        return copy;
    }

    public long total() {
        return requests.values().stream().mapToLong(LongAdder::sum).sum();
    }

    public void reset() {
        requests.clear();
    }
}
