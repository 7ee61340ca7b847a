package io.assetbridge.platform.inventory;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Hands out ids from a migration-created sequence that increments by 50: each value drawn is the
 * last id of a block of 50 (the convention EclipseLink uses too), so one draw covers 50 rows.
 */
final class IdBlocks {

    static final int BLOCK = 50;

    private final Connection connection;
    private final SqlDialect dialect;
    private final String sequence;
    private final Deque<Long> free = new ArrayDeque<>();

    IdBlocks(Connection connection, SqlDialect dialect, String sequence) {
        this.connection = connection;
        this.dialect = dialect;
        this.sequence = sequence;
    }

    /** Makes sure {@code count} ids are ready, drawing as few sequence values as needed in one statement. */
    void reserve(int count) throws SQLException {
        int missing = count - free.size();
        if (missing <= 0) {
            return;
        }
        int draws = (missing + BLOCK - 1) / BLOCK;
        try (var statement = connection.createStatement();
             var rows = statement.executeQuery(dialect.nextValues(sequence, draws))) {
            while (rows.next()) {
                long last = rows.getLong(1);
                for (long id = last - BLOCK + 1; id <= last; id++) {
                    free.add(id);
                }
            }
        }
    }

    long next() throws SQLException {
        if (free.isEmpty()) {
            reserve(1);
        }
        return free.poll();
    }
}
