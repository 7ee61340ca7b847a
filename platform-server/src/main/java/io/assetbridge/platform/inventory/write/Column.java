package io.assetbridge.platform.inventory.write;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.function.BiFunction;

/**
 * A content column of a {@link RecordTable}: its name, its JDBC type and how a record fills it (the
 * referenced row ids resolved). The value is what is stored, so a change-history feature can compare
 * a stored row's column with a record's value column by column.
 *
 * @param name    the column
 * @param sqlType one of {@link Types#VARCHAR}, {@link Types#BOOLEAN}, {@link Types#BIGINT},
 *                {@link Types#DATE}, {@link Types#TIMESTAMP_WITH_TIMEZONE}
 * @param value   the stored value of a record
 */
public record Column<T>(String name, int sqlType, BiFunction<T, References, Object> value) {

    static final int MAX_TEXT = 1000;

    static <T> Column<T> text(String name, BiFunction<T, References, String> value) {
        return new Column<>(name, Types.VARCHAR, (r, refs) -> clip(value.apply(r, refs)));
    }

    static <T> Column<T> of(String name, int sqlType, BiFunction<T, References, Object> value) {
        return new Column<>(name, sqlType, value);
    }

    void bind(PreparedStatement s, int index, T record, References refs) throws SQLException {
        set(s, index, sqlType, value.apply(record, refs));
    }

    static void set(PreparedStatement s, int index, int sqlType, Object value) throws SQLException {
        if (value == null) {
            s.setNull(index, sqlType);
            return;
        }
        switch (sqlType) {
            case Types.VARCHAR -> s.setString(index, (String) value);
            case Types.BOOLEAN -> s.setBoolean(index, (Boolean) value);
            case Types.BIGINT -> s.setLong(index, (Long) value);
            case Types.DATE -> s.setDate(index, Date.valueOf((LocalDate) value));
            default -> s.setObject(index, value, sqlType);
        }
    }

    static String clip(String value) {
        return value == null || value.length() <= MAX_TEXT ? value : value.substring(0, MAX_TEXT);
    }
}
