package io.assetbridge.platform.api;

import io.assetbridge.platform.error.ApiException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Ids in paths and queries: canonical ASCII decimal only. {@code Long.parseLong} alone also takes
 * {@code +2}, {@code 02} and non-ASCII digits, so one resource had many names and a fuzzed
 * {@code DELETE …/+1} deleted integration 1.
 */
final class Ids {

    /** No sign, no leading zero, ASCII digits, at most 18 of them (always fits a long). */
    private static final Pattern CANONICAL = Pattern.compile("[1-9][0-9]{0,17}");

    private Ids() {}

    /** A path id; anything else is a 404 (no such resource can exist). */
    static long parse(String raw) {
        return canonical(raw)
                .orElseThrow(() -> ApiException.notFound(
                        "No resource has the id '" + raw + "'; ids are positive whole numbers in plain decimal."));
    }

    /** The id if {@code raw} is one written canonically. */
    static Optional<Long> canonical(String raw) {
        return raw != null && CANONICAL.matcher(raw).matches() ? Optional.of(Long.parseLong(raw)) : Optional.empty();
    }

    /** A whole number from 0 written canonically ({@code 0} or no leading zero), at most 9 digits. */
    static Optional<Integer> smallNumber(String raw) {
        if (raw == null || !(raw.equals("0") || raw.matches("[1-9][0-9]{0,8}"))) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(raw));
    }
}
