package io.assetbridge.cwsim.data;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ConnectWise's {@code conditions} query parameter, for the fields the simulator filters on: {@code id} and
 * {@code lastUpdated} (also spelled {@code _info/lastUpdated}), compared with {@code = != < <= > >=}, dates in
 * square brackets, clauses joined with {@code and}. Anything else is refused, as ConnectWise refuses an
 * unknown field.
 */
public final class Conditions {

    private static final Pattern CLAUSE = Pattern.compile(
            "\\s*(id|lastUpdated|_info/lastUpdated)\\s*(>=|<=|!=|=|>|<)\\s*(\\[[^\\]]*\\]|-?\\d+)\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AND = Pattern.compile("\\s+and\\s+", Pattern.CASE_INSENSITIVE);

    public static final Conditions NONE = new Conditions(List.of());

    private record Clause(boolean onId, String op, long number, Instant time) {
        boolean test(long id, Instant lastUpdated) {
            int c = onId ? Long.compare(id, number) : lastUpdated.compareTo(time);
            return switch (op) {
                case "=" -> c == 0;
                case "!=" -> c != 0;
                case "<" -> c < 0;
                case "<=" -> c <= 0;
                case ">" -> c > 0;
                default -> c >= 0;
            };
        }
    }

    private final List<Clause> clauses;

    private Conditions(List<Clause> clauses) {
        this.clauses = List.copyOf(clauses);
    }

    /** @throws IllegalArgumentException naming the clause that cannot be read */
    public static Conditions parse(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        var clauses = new ArrayList<Clause>();
        for (String part : AND.split(text.trim())) {
            Matcher m = CLAUSE.matcher(part);
            if (!m.matches()) {
                throw new IllegalArgumentException("cannot filter on '" + part.trim() + "'");
            }
            boolean onId = m.group(1).equalsIgnoreCase("id");
            String value = m.group(3);
            boolean bracketed = value.startsWith("[");
            if (onId == bracketed) {
                throw new IllegalArgumentException("'" + part.trim() + "': ids are numbers, dates are in [brackets]");
            }
            try {
                clauses.add(
                        onId
                                ? new Clause(true, m.group(2), Long.parseLong(value), null)
                                : new Clause(
                                        false, m.group(2), 0, Instant.parse(value.substring(1, value.length() - 1))));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'" + part.trim() + "': not a date like [2026-01-01T00:00:00Z]");
            }
        }
        return new Conditions(clauses);
    }

    public boolean isEmpty() {
        return clauses.isEmpty();
    }

    public boolean test(long id, Instant lastUpdated) {
        for (Clause clause : clauses) {
            if (!clause.test(id, lastUpdated)) {
                return false;
            }
        }
        return true;
    }

    /** Whether every match was updated at or after {@code instant}: only touched rows can match then. */
    public boolean onlyUpdatedSince(Instant instant) {
        return clauses.stream()
                .anyMatch(c -> !c.onId()
                        && (c.op().equals(">") || c.op().equals(">=") || c.op().equals("="))
                        && !c.time().isBefore(instant));
    }

    @Override
    public String toString() {
        return clauses.isEmpty() ? "none" : clauses.toString().toLowerCase(Locale.ROOT);
    }
}
