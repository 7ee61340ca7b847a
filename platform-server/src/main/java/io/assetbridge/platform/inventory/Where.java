package io.assetbridge.platform.inventory;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** A WHERE clause built from optional filters, every value a bound parameter. */
final class Where {

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();

    Where when(Object value, String condition) {
        if (value != null) {
            conditions.add(condition);
            parameters.add(value);
        }
        return this;
    }

    Where condition(String condition, Object... values) {
        conditions.add(condition);
        parameters.addAll(List.of(values));
        return this;
    }

    /** A copy with the same conditions, to add to without changing this one. */
    Where copy() {
        var copy = new Where();
        copy.conditions.addAll(conditions);
        copy.parameters.addAll(parameters);
        return copy;
    }

    /** The conditions with their values: equal for the same filter set, so it can key a cache. */
    List<Object> key() {
        return List.of(sql(), List.copyOf(parameters));
    }

    String sql() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** Binds the parameters from index 1; returns the next free index. */
    int bind(PreparedStatement statement) throws SQLException {
        int i = 1;
        for (Object p : parameters) {
            statement.setObject(i++, p);
        }
        return i;
    }

    /** A LIKE pattern matching {@code text} anywhere, with LIKE's own characters escaped. */
    static String containing(String text) {
        return "%"
                + text.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
