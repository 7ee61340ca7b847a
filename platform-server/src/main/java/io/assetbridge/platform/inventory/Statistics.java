package io.assetbridge.platform.inventory;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * PostgreSQL's planner statistics, refreshed where the platform knows a table just grew. Statistics
 * taken while a table was small (or never, with autovacuum off or not yet due) make the planner
 * expect a handful of rows, and it then plans lookups as scans of everything an integration has —
 * quadratic over a sync (figures in docs/performance.md). ANALYZE samples a bounded number of
 * rows, so it stays cheap on big tables; it does not block writers. H2 keeps its own statistics up to date.
 */
public final class Statistics {

    private Statistics() {}

    public static void refresh(Connection connection, String... tables) throws SQLException {
        SqlDialect.of(connection).analyze(connection, tables);
    }
}
