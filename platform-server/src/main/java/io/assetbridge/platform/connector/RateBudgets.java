package io.assetbridge.platform.connector;

import io.assetbridge.spi.support.RollingWindowLimiter;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The platform's rate budgets, one per key (a source instance) and limit, shared by every integration
 * and run on this server that uses both. Integrations pointing at one instance with the same limit
 * share one budget; a changed limit takes effect at the next run (it gets a budget of its own). Each
 * budget remembers which integrations used it since the server started, so a wait can say how many share it.
 */
@ApplicationScoped
public class RateBudgets {

    private final Map<String, RollingWindowLimiter> limiters = new ConcurrentHashMap<>();
    private final Map<String, Set<Long>> users = new ConcurrentHashMap<>();

    public RollingWindowLimiter limiter(String key, int requests, Duration window) {
        return limiters.computeIfAbsent(name(key, requests, window), k -> new RollingWindowLimiter(requests, window));
    }

    /** The budget, noting that {@code integrationId} uses it (null: not an integration's work). */
    RollingWindowLimiter limiter(String key, int requests, Duration window, Long integrationId) {
        if (integrationId != null) {
            users.computeIfAbsent(name(key, requests, window), k -> ConcurrentHashMap.newKeySet())
                    .add(integrationId);
        }
        return limiter(key, requests, window);
    }

    /** E.g. "250 requests per 300 s for acme.haloitsm.com:443, shared by 2 integrations". */
    String describe(String key, int requests, Duration window) {
        int sharing = users.getOrDefault(name(key, requests, window), Set.of()).size();
        return requests + " requests per " + window.toSeconds() + " s for " + key
                + (sharing > 1 ? ", shared by " + sharing + " integrations" : "");
    }

    private static String name(String key, int requests, Duration window) {
        return key + " " + requests + "/" + window;
    }
}
