package io.assetbridge.platform.inventory.write;

import io.assetbridge.platform.inventory.SqlDialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Hands out ids from a migration-created sequence that increments by 50: each value drawn is the
 * last id of a block of 50 (the convention EclipseLink uses too), so one draw covers 50 rows. A run
 * keeps one per sequence and draws several blocks at a time, so most pages need no sequence
 * statement; ids left over when the run ends are simply never used.
 */
final class IdBlocks {

    static final int BLOCK = 50;
    /** Blocks drawn at least per statement: 500 ids, five full pages. */
    static final int MIN_DRAWS = 10;

    private final SqlDialect dialect;
    private final String sequence;
    private final Deque<Long> free = new ArrayDeque<>();

    IdBlocks(SqlDialect dialect, String sequence) {
        this.dialect = dialect;
        this.sequence = sequence;
    }

    /** Makes sure {@code count} ids are ready, drawing the missing blocks in one statement. */
    void reserve(Connection connection, int count) throws SQLException {
        int missing = count - free.size();
        if (missing <= 0) {
            return;
        }
        int draws = Math.max(MIN_DRAWS, (missing + BLOCK - 1) / BLOCK);
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

    /** The next id; {@link #reserve} must have made it ready. */
    long next() {
        Long id = free.poll();
        if (id == null) {
            throw new IllegalStateException("No id reserved from " + sequence);
        }
        return id;
    }
}
