package io.assetbridge.platform.inventory;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Exact totals and page indexes of CI listings, held in memory per filter set (and sort) and valid at
 * the {@link InventoryVersion} they were computed at.
 *
 * <ul>
 * <li>A <b>total</b> is one {@code count(*)} over every matching row, reused while the version is unchanged.</li>
 * <li>A <b>sparse index</b> holds the sort key of every {@value #STRIDE}th row of a listing (offsets
 * STRIDE, 2·STRIDE, …), computed in one ordered pass. A deep page starts from the nearest key at or
 * before its offset, an index range scan that skips fewer than STRIDE rows, instead of an
 * {@code OFFSET} walk over every row before it. Every sort ends with the unique id, so the rows from
 * the key at offset STRIDE·j on are exactly the rows from offset STRIDE·j on: the same pages.</li>
 * <li>A <b>dense index</b> holds every id of a listing in order; it serves text searches ({@code q}).
 * Their pages cannot walk the sort index cheaply (the matches of a term cluster anywhere in name order,
 * and PostgreSQL cannot estimate {@code LIKE '%term%'}, so it picks that walk or a sort of every match
 * by guesswork, hundreds of milliseconds either way at a million CIs). One pass that sorts the matches
 * gives the total and every page: a page is then a primary-key lookup of its ids.</li>
 * </ul>
 *
 * <p>The version is read before a figure is computed, so a figure is never labelled with a version
 * newer than the data it saw; a change committed meanwhile only makes it look stale sooner.
 */
final class CiPageIndex {

    /** Rows between two sparse keys: a deep page skips fewer than this many rows. */
    static final int STRIDE = 250;
    /** Ids the dense indexes hold together at most (8 bytes each). */
    static final long DENSE_IDS = 4_000_000;

    /** Where a page can start: rows from {@code key} on, in the sort's order, begin at {@code offset}. */
    record Anchor(Object[] key, long offset) {}

    private record IndexKey(List<Object> filter, CiSort sort) {}

    private final int stride;
    private final VersionedCache<List<Object>, Long> totals = new VersionedCache<>(256);
    // ~ total/stride keys each: 4,000 keys for 1,000,000 rows
    private final VersionedCache<IndexKey, List<Object[]>> sparse = new VersionedCache<>(64);
    private final VersionedCache<IndexKey, long[]> dense =
            new VersionedCache<>(DENSE_IDS, ids -> Math.max(1, ids.length));

    CiPageIndex() {
        this(STRIDE);
    }

    /** For tests: a small stride puts many keys into a small inventory. */
    CiPageIndex(int stride) {
        this.stride = stride;
    }

    long total(Connection connection, long version, Where where) throws SQLException {
        return totals.get(where.key(), version, () -> count(connection, where));
    }

    /** The anchor for a page at {@code offset}, or null when the page should use the plain query (shallow). */
    Anchor anchor(Connection connection, long version, Where where, CiSort sort, long offset) throws SQLException {
        if (offset < stride) {
            return null;
        }
        List<Object[]> keys = sparse.get(new IndexKey(where.key(), sort), version, () -> keys(connection, where, sort));
        int j = (int) Math.min(offset / stride, keys.size());
        return j == 0 ? null : new Anchor(keys.get(j - 1), (long) j * stride);
    }

    /** Every id of the listing, in its order (its length is the total). */
    long[] ids(Connection connection, long version, Where where, CiSort sort) throws SQLException {
        return dense.get(new IndexKey(where.key(), sort), version, () -> allIds(connection, where, sort));
    }

    private static long count(Connection connection, Where where) throws SQLException {
        try (var s = connection.prepareStatement("SELECT count(*) FROM configuration_item ci" + where.sql())) {
            where.bind(s);
            try (var rows = s.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** One ordered pass in the database; only every stride-th key crosses the wire. */
    private List<Object[]> keys(Connection connection, Where where, CiSort sort) throws SQLException {
        String sql = "SELECT k, id FROM (SELECT " + sort.column() + " AS k, ci.id AS id,"
                + " ROW_NUMBER() OVER (" + sort.orderBy().trim() + ") AS rn FROM configuration_item ci" + where.sql()
                + ") t WHERE rn > 1 AND MOD(rn - 1, " + stride + ") = 0 ORDER BY rn";
        var keys = new ArrayList<Object[]>();
        try (var s = connection.prepareStatement(sql)) {
            where.bind(s);
            try (var rows = s.executeQuery()) {
                while (rows.next()) {
                    keys.add(new Object[] {sort.readKey(rows, 1), rows.getLong(2)});
                }
            }
        }
        return List.copyOf(keys);
    }

    private static long[] allIds(Connection connection, Where where, CiSort sort) throws SQLException {
        long[] ids = new long[1024];
        int n = 0;
        // PostgreSQL's driver streams rows by the fetch size only inside a transaction; otherwise it holds
        // the whole result (tens of bytes a row) at once
        boolean autoCommit = connection.getAutoCommit();
        if (autoCommit) {
            connection.setAutoCommit(false);
        }
        try (var s =
                connection.prepareStatement("SELECT ci.id FROM configuration_item ci" + where.sql() + sort.orderBy())) {
            where.bind(s);
            s.setFetchSize(10_000);
            try (var rows = s.executeQuery()) {
                while (rows.next()) {
                    if (n == ids.length) {
                        ids = Arrays.copyOf(ids, n * 2);
                    }
                    ids[n++] = rows.getLong(1);
                }
            }
        } finally {
            if (autoCommit) {
                connection.commit(); // read only: ends the transaction
                connection.setAutoCommit(true);
            }
        }
        return Arrays.copyOf(ids, n);
    }
}
