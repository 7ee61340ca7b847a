package io.assetbridge.platform.connector;

import io.assetbridge.spi.support.RollingWindowLimiter;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The platform's rate budgets, one per key (a source instance) and limit, shared by every integration
 * and run on this server that uses both. Integrations pointing at one instance with the same limit
 * share one budget; a changed limit takes effect at the next run (it gets a budget of its own).
 */
@ApplicationScoped
public class RateBudgets {

    private final Map<String, RollingWindowLimiter> limiters = new ConcurrentHashMap<>();

    public RollingWindowLimiter limiter(String key, int requests, Duration window) {
        return limiters.computeIfAbsent(
                key + " " + requests + "/" + window, k -> new RollingWindowLimiter(requests, window));
    }
}
