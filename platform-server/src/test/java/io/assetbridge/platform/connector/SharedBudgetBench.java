package io.assetbridge.platform.connector;

import io.assetbridge.spi.support.RollingWindowLimiter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What the cluster-wide rate budget (issue 20) costs per request, printed, not asserted: N grants
 * through {@link SharedBudgetSql}, each in its own transaction as on a server, against the in-memory
 * limiter. Run against a scratch PostgreSQL database (its tables are created from the migration):
 *
 * <pre>
 * java -cp platform-server/target/classes:platform-server/target/test-classes:connector-spi/target/classes:postgresql.jar \
 *     io.assetbridge.platform.connector.SharedBudgetBench jdbc:postgresql://127.0.0.1:5432/bench postgres 5000
 * </pre>
 */
public final class SharedBudgetBench {

    private SharedBudgetBench() {}

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args[1];
        int n = args.length > 2 ? Integer.parseInt(args[2]) : 5000;
        try (Connection c = DriverManager.getConnection(url, user, "")) {
            try (var s = c.createStatement();
                    var migration = Objects.requireNonNull(SharedBudgetBench.class.getResourceAsStream(
                            "/db/migration/V20_2__shared_rate_budgets.sql"))) {
                s.execute("DROP TABLE IF EXISTS rate_budget_grant, rate_budget");
                s.execute(new String(migration.readAllBytes(), StandardCharsets.UTF_8));
            }
            c.setAutoCommit(false);
            var sql = new SharedBudgetSql();
            // a budget that never runs out, with a short window so the grants expire and are deleted as the loop
            // goes (a few dozen live rows, as with a real budget of a few hundred per minutes): every call grants
            Duration shortWindow = Duration.ofMillis(50);
            time("warm-up", n / 5, () -> grant(sql, c, "bench:443 1000000/PT0.05S", shortWindow));
            time(
                    "PostgreSQL budget, 1 grant per transaction",
                    n,
                    () -> grant(sql, c, "bench:443 1000000/PT0.05S", shortWindow));
            Duration window = Duration.ofSeconds(300);
            // a spent budget: the call finds it full and returns the wait
            for (int i = 0; i < 250; i++) {
                grant(sql, c, "full:443 250/PT5M", window, 250);
            }
            time("PostgreSQL budget, spent (answers the wait)", n, () -> {
                sql.tryAcquire(c, "full:443 250/PT5M", 250, window);
                c.commit();
            });
            var limiter = new RollingWindowLimiter(1_000_000, window);
            time("in-memory limiter", n, () -> limiter.tryAcquire(Instant.now()));
        }
    }

    private static void grant(SharedBudgetSql sql, Connection c, String name, Duration window) throws Exception {
        grant(sql, c, name, window, 1_000_000);
    }

    private static void grant(SharedBudgetSql sql, Connection c, String name, Duration window, int limit)
            throws Exception {
        if (!sql.tryAcquire(c, name, limit, window).isZero()) {
            throw new IllegalStateException("expected a grant");
        }
        c.commit();
    }

    interface Step {
        void run() throws Exception;
    }

    private static void time(String what, int n, Step step) throws Exception {
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            step.run();
        }
        double micros = (System.nanoTime() - start) / 1000.0 / n;
        System.out.printf("%-48s %7d calls, %9.1f µs per call%n", what, n, micros);
    }
}
