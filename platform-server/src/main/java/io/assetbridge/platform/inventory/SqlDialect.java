package io.assetbridge.platform.inventory;

import java.sql.Connection;
import java.sql.SQLException;

/** The few statements that differ between PostgreSQL and H2. */
public enum SqlDialect {
    POSTGRESQL("SELECT nextval('%s') FROM generate_series(1, %d)",
            "INSERT INTO sync_seen (run_id, resource_type, source_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"),
    H2("SELECT NEXT VALUE FOR %s FROM SYSTEM_RANGE(1, %d)",
            "MERGE INTO sync_seen (run_id, resource_type, source_id) KEY (run_id, resource_type, source_id) VALUES (?, ?, ?)");

    private final String nextValues;
    private final String insertSeen;

    SqlDialect(String nextValues, String insertSeen) {
        this.nextValues = nextValues;
        this.insertSeen = insertSeen;
    }

    public static SqlDialect of(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres") ? POSTGRESQL : H2;
    }

    /** Draws {@code count} values of a sequence in one statement. */
    String nextValues(String sequence, int count) {
        return String.format(nextValues, sequence, count);
    }

    /** Records a seen source id once, however often it is seen. */
    String insertSeen() {
        return insertSeen;
    }
}
