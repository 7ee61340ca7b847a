package io.assetbridge.platform.inventory;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The statements that differ between PostgreSQL and H2, and how each looks rows up: the one place
 * that knows which database it talks to.
 */
public enum SqlDialect {
    POSTGRESQL("SELECT nextval('%s') FROM generate_series(1, %d)", 500) {
        @Override
        public void insertSeen(Connection connection, long runId, String resourceType, List<String> sourceIds)
                throws SQLException {
            // One statement per page; the primary key skips ids an earlier page recorded. (An anti-join
            // against sync_seen instead was planned from stale statistics as a scan per page: quadratic.)
            try (var s = connection.prepareStatement("INSERT INTO sync_seen (run_id, resource_type, source_id)"
                    + " SELECT ?, ?, unnest(?) ON CONFLICT DO NOTHING")) {
                s.setLong(1, runId);
                s.setString(2, resourceType);
                s.setArray(3, connection.createArrayOf("varchar", sourceIds.toArray()));
                s.executeUpdate();
            }
        }

        @Override
        public void analyze(Connection connection, String... tables) throws SQLException {
            try (var s = connection.createStatement()) {
                for (String table : tables) {
                    s.execute("ANALYZE " + table);
                }
            }
        }
    },

    H2("SELECT NEXT VALUE FOR %s FROM SYSTEM_RANGE(1, %d)", 1) {
        @Override
        public void insertSeen(Connection connection, long runId, String resourceType, List<String> sourceIds)
                throws SQLException {
            // H2 runs in-process, so a batch costs no round trips; each row is a primary-key probe (MERGE scanned).
            try (var s = connection.prepareStatement(
                    "INSERT INTO sync_seen (run_id, resource_type, source_id) SELECT ?, ?, ?"
                            + " WHERE NOT EXISTS (SELECT 1 FROM sync_seen WHERE run_id = ? AND resource_type = ?"
                            + " AND source_id = ?)")) {
                for (String id : sourceIds) {
                    s.setLong(1, runId);
                    s.setString(2, resourceType);
                    s.setString(3, id);
                    s.setLong(4, runId);
                    s.setString(5, resourceType);
                    s.setString(6, id);
                    s.addBatch();
                }
                s.executeBatch();
            }
        }

        @Override
        public void analyze(Connection connection, String... tables) {
            // H2 keeps its own statistics up to date
        }
    };

    private final String nextValues;
    private final int identityLookupChunk;

    SqlDialect(String nextValues, int identityLookupChunk) {
        this.nextValues = nextValues;
        this.identityLookupChunk = identityLookupChunk;
    }

    public static SqlDialect of(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres") ? POSTGRESQL : H2;
    }

    /** Draws {@code count} values of a sequence in one statement. */
    public String nextValues(String sequence, int count) {
        return String.format(nextValues, sequence, count);
    }

    /**
     * How many source ids one statement looks up by identity: PostgreSQL takes an IN list of 500 from
     * the identity index; H2 does not look an IN list up in the index (it scanned the integration's
     * rows, per page), so it probes one id at a time, which in-process costs no round trip.
     */
    public int identityLookupChunk() {
        return identityLookupChunk;
    }

    /** Records a run's seen source ids (distinct), skipping ids an earlier page recorded. */
    public abstract void insertSeen(Connection connection, long runId, String resourceType, List<String> sourceIds)
            throws SQLException;

    /** Refreshes the planner's statistics of these tables where the database needs telling. */
    public abstract void analyze(Connection connection, String... tables) throws SQLException;
}
