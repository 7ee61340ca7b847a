package io.assetbridge.platform.connector;

import io.assetbridge.spi.support.RollingWindowLimiter;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The platform's rate budgets, one per key (a source instance), shared by every integration and run
 * on this server that uses the key. The first request for a key fixes its limit.
 */
@ApplicationScoped
public class RateBudgets {

    private final Map<String, RollingWindowLimiter> limiters = new ConcurrentHashMap<>();

    public RollingWindowLimiter limiter(String key, int requests, Duration window) {
        return limiters.computeIfAbsent(key, k -> new RollingWindowLimiter(requests, window));
    }
}
