package io.assetbridge.platform.inventory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * The orders of a CI listing. Each is total ({@code id} breaks ties), so a row's sort key names its
 * position exactly: the rows from a key on, in this order, are the rows at and after its offset.
 * The row-value comparisons ({@code (a, b) >= (?, ?)}) are planned by PostgreSQL as a range of the
 * matching index ({@code ix_ci_name}, {@code ix_ci_class_status_name}, {@code ix_ci_updated}).
 */
enum CiSort {
    NAME("ci.name", false),
    NAME_DESC("ci.name", true),
    UPDATED("ci.updated_at", false),
    UPDATED_DESC("ci.updated_at", true);

    private static final Map<String, CiSort> BY_PARAMETER =
            Map.of("name", NAME, "-name", NAME_DESC, "updatedAt", UPDATED, "-updatedAt", UPDATED_DESC);

    private final String column;
    private final boolean descending;

    CiSort(String column, boolean descending) {
        this.column = column;
        this.descending = descending;
    }

    /** The API's {@code sort} value ({@code name}, {@code -name}, {@code updatedAt}, {@code -updatedAt}). */
    static CiSort of(String parameter) {
        CiSort sort = BY_PARAMETER.get(parameter);
        if (sort == null) {
            throw new IllegalArgumentException("unknown sort " + parameter);
        }
        return sort;
    }

    String orderBy() {
        String direction = descending ? " DESC" : "";
        return " ORDER BY " + column + direction + ", ci.id" + direction;
    }

    /** The sorted column (the id follows it in every order). */
    String column() {
        return column;
    }

    /** Rows at or after the key (two parameters: the column value and the id) in this order. */
    String fromKey() {
        return "(" + column + ", ci.id) " + (descending ? "<=" : ">=") + " (?, ?)";
    }

    /** Reads the key's column value as the type it is bound back with (exact, so the key compares equal). */
    Object readKey(ResultSet rows, int column) throws SQLException {
        return this == NAME || this == NAME_DESC
                ? rows.getString(column)
                : rows.getObject(column, OffsetDateTime.class);
    }
}
