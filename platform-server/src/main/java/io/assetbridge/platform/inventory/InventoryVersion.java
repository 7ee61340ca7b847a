package io.assetbridge.platform.inventory;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The inventory version: a counter in the database that every change to {@code configuration_item}
 * rows increments in its own transaction. Cached CI totals and page indexes ({@link CiPageIndex}) are
 * valid only at the version they were computed at, so one primary-key read per request tells whether
 * they still hold, on every server instance sharing the database.
 *
 * <p>The row is locked from the bump to the commit, so concurrent writers serialise on it for that
 * moment: bump last, just before committing.
 */
public final class InventoryVersion {

    /** The statement {@link #bump} runs, for callers that write through JPA ({@code createNativeQuery}). */
    public static final String BUMP_SQL = "UPDATE inventory_version SET version = version + 1 WHERE id = 1";

    private InventoryVersion() {}

    /** Increments the version in the caller's transaction: call it in every transaction that changed CI rows. */
    public static void bump(Connection connection) throws SQLException {
        try (var s = connection.prepareStatement(BUMP_SQL)) {
            s.executeUpdate();
        }
    }

    /** The current version (committed changes only). */
    public static long read(Connection connection) throws SQLException {
        try (var s = connection.prepareStatement("SELECT version FROM inventory_version WHERE id = 1");
                var rows = s.executeQuery()) {
            if (!rows.next()) {
                throw new SQLException("The inventory_version row is missing (migration V4 not applied?)");
            }
            return rows.getLong(1);
        }
    }
}
