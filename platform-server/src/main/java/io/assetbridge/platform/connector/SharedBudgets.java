package io.assetbridge.platform.connector;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * Rate budgets kept in PostgreSQL, so integrations on one source host stay within one budget
 * whichever nodes run them (issue 20). Each call is a short transaction of its own.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class SharedBudgets {

    private final SharedBudgetSql sql = new SharedBudgetSql();
    private DataSource dataSource;

    @Inject
    public SharedBudgets(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Required by CDI for the client proxy of a normal-scoped bean. */
    protected SharedBudgets() {}

    public Duration tryAcquire(String name, int limit, Duration window) {
        try (var c = dataSource.getConnection()) {
            return sql.tryAcquire(c, name, limit, window);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "cannot take a request from the rate budget " + name + ": " + e.getMessage(), e);
        }
    }

    public void pauseUntil(String name, Instant until) {
        try (var c = dataSource.getConnection()) {
            sql.pauseUntil(c, name, until);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot pause the rate budget " + name + ": " + e.getMessage(), e);
        }
    }
}
