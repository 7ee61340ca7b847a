package io.assetbridge.platform.connector;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The statements of a rate budget every node shares (PostgreSQL): the budget's row is locked with
 * {@code SELECT ... FOR UPDATE}, so the nodes take turns; the requests granted in the rolling window
 * are rows of {@code rate_budget_grant}. The same rule as the in-memory {@code RollingWindowLimiter}:
 * at most {@code limit} grants in any rolling window, none while a pause after a 429 lasts. Times are
 * the database's ({@code clock_timestamp()}), so the nodes' clocks need not agree. Runs in the
 * caller's transaction on {@code c}; the lock ends with it. The transaction commits without waiting
 * for its WAL flush ({@code synchronous_commit} off for it alone): a grant lost in a database crash
 * only lets one request more through, and it halves the cost per request.
 */
final class SharedBudgetSql {

    private final Set<String> known = ConcurrentHashMap.newKeySet();

    /** Grants one request and returns zero, or grants nothing and returns how long to wait. */
    Duration tryAcquire(Connection c, String name, int limit, Duration window) throws SQLException {
        ensure(c, name);
        try (var relaxed = c.createStatement()) {
            relaxed.execute("SET LOCAL synchronous_commit TO OFF");
        }
        Instant now;
        try (var lock = c.prepareStatement(
                "SELECT paused_until, clock_timestamp() FROM rate_budget WHERE name = ? FOR UPDATE")) {
            lock.setString(1, name);
            try (var row = lock.executeQuery()) {
                row.next();
                OffsetDateTime paused = row.getObject(1, OffsetDateTime.class);
                now = row.getObject(2, OffsetDateTime.class).toInstant();
                if (paused != null && now.isBefore(paused.toInstant())) {
                    return Duration.between(now, paused.toInstant());
                }
            }
        }
        OffsetDateTime windowStart = utc(now.minus(window));
        try (var expired = c.prepareStatement("DELETE FROM rate_budget_grant WHERE name = ? AND granted_at <= ?")) {
            expired.setString(1, name);
            expired.setObject(2, windowStart);
            expired.executeUpdate();
        }
        try (var count = c.prepareStatement("SELECT COUNT(*), MIN(granted_at) FROM rate_budget_grant WHERE name = ?")) {
            count.setString(1, name);
            try (var row = count.executeQuery()) {
                row.next();
                if (row.getLong(1) >= limit) {
                    Duration wait = Duration.between(
                            now.minus(window),
                            row.getObject(2, OffsetDateTime.class).toInstant());
                    return wait.isNegative() || wait.isZero() ? Duration.ofMillis(1) : wait;
                }
            }
        }
        try (var grant = c.prepareStatement("INSERT INTO rate_budget_grant (name, granted_at) VALUES (?, ?)")) {
            grant.setString(1, name);
            grant.setObject(2, utc(now));
            grant.executeUpdate();
        }
        return Duration.ZERO;
    }

    /** No request is granted on any node before {@code until}; an earlier pause is never shortened. */
    void pauseUntil(Connection c, String name, Instant until) throws SQLException {
        ensure(c, name);
        try (var pause = c.prepareStatement("UPDATE rate_budget SET paused_until = ?"
                + " WHERE name = ? AND (paused_until IS NULL OR paused_until < ?)")) {
            pause.setObject(1, utc(until));
            pause.setString(2, name);
            pause.setObject(3, utc(until));
            pause.executeUpdate();
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private void ensure(Connection c, String name) throws SQLException {
        if (!known.contains(name)) {
            try (var insert =
                    c.prepareStatement("INSERT INTO rate_budget (name) VALUES (?) ON CONFLICT (name) DO NOTHING")) {
                insert.setString(1, name);
                insert.executeUpdate();
            }
            known.add(name);
        }
    }
}
