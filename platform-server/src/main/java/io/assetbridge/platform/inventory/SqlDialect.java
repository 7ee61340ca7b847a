package io.assetbridge.platform.inventory;

import java.sql.Connection;
import java.sql.SQLException;

/** The few statements that differ between PostgreSQL and H2. */
public enum SqlDialect {
    POSTGRESQL("SELECT nextval('%s') FROM generate_series(1, %d)"),
    H2("SELECT NEXT VALUE FOR %s FROM SYSTEM_RANGE(1, %d)");

    private final String nextValues;

    SqlDialect(String nextValues) {
        this.nextValues = nextValues;
    }

    public static SqlDialect of(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres") ? POSTGRESQL : H2;
    }

    /** Draws {@code count} values of a sequence in one statement. */
    String nextValues(String sequence, int count) {
        return String.format(nextValues, sequence, count);
    }
}
