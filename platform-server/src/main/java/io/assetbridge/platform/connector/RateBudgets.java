package io.assetbridge.platform.connector;

import io.assetbridge.spi.RateBudget;
import io.assetbridge.spi.Sleeper;
import io.assetbridge.spi.support.PacedRateBudget;
import io.assetbridge.spi.support.RollingWindowLimiter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The platform's rate budgets, one per key (a source instance) and limit, shared by every integration
 * and run on this server that uses both. Integrations pointing at one instance with the same limit
 * share one budget; a changed limit takes effect at the next run (it gets a budget of its own). Each
 * budget remembers which integrations used it since the server started, so a wait can say how many share it.
 * On PostgreSQL the budgets live in the database ({@link SharedBudgets}), so every node of a cluster
 * draws from the same one; on H2 (a single node) they stay in memory.
 */
@ApplicationScoped
public class RateBudgets {

    private final Map<String, RollingWindowLimiter> limiters = new ConcurrentHashMap<>();
    private final Map<String, Set<Long>> users = new ConcurrentHashMap<>();
    private SharedBudgets shared;

    @Inject
    public RateBudgets(@ConfigProperty(name = "assetbridge.db.url") String dbUrl, SharedBudgets shared) {
        this.shared = dbUrl.startsWith("jdbc:postgresql:") ? shared : null;
    }

    /** Required by CDI for the client proxy of a normal-scoped bean. */
    protected RateBudgets() {}

    /**
     * The budget for one caller, waiting through its {@code sleeper}, noting that {@code integrationId}
     * uses it (null: not an integration's work).
     */
    RateBudget budget(String key, int requests, Duration window, Long integrationId, Clock clock, Sleeper sleeper) {
        if (shared == null) {
            return new PacedRateBudget(limiter(key, requests, window, integrationId), clock, sleeper);
        }
        note(key, requests, window, integrationId);
        return new SharedRateBudget(shared, name(key, requests, window), requests, window, sleeper);
    }

    public RollingWindowLimiter limiter(String key, int requests, Duration window) {
        return limiters.computeIfAbsent(name(key, requests, window), k -> new RollingWindowLimiter(requests, window));
    }

    /** The budget, noting that {@code integrationId} uses it (null: not an integration's work). */
    RollingWindowLimiter limiter(String key, int requests, Duration window, Long integrationId) {
        note(key, requests, window, integrationId);
        return limiter(key, requests, window);
    }

    private void note(String key, int requests, Duration window, Long integrationId) {
        if (integrationId != null) {
            users.computeIfAbsent(name(key, requests, window), k -> ConcurrentHashMap.newKeySet())
                    .add(integrationId);
        }
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
