package io.assetbridge.cwsim.http;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An API path below {@code /{codebase}/apis/3.0} resolved to its template (what the counters and faults
 * name, e.g. {@code /company/companies/{id}/sites}), whether it asks for a count, and its id if any.
 *
 * @param template the endpoint template without {@code /count}
 * @param count    whether the path ends in {@code /count}
 * @param id       the company id of a sites path, or the id of a single row; 0 when none
 * @param single   whether one row is asked for by id
 */
record Endpoint(String template, boolean count, int id, boolean single) {

    private static final Pattern SITES = Pattern.compile("/company/companies/(\\d{1,9})/sites");
    private static final Pattern ONE = Pattern.compile("/company/(configurations|companies)/(\\d{1,9})");

    static Optional<Endpoint> of(String path) {
        boolean count = path.endsWith("/count");
        String base = count ? path.substring(0, path.length() - "/count".length()) : path;
        switch (base) {
            case "/system/info", "/company/companies", "/company/configurations", "/company/configurations/types" -> {
                return Optional.of(new Endpoint(base, count, 0, false));
            }
            default -> {
                Matcher sites = SITES.matcher(base);
                if (sites.matches()) {
                    return Optional.of(new Endpoint(
                            "/company/companies/{id}/sites", count, Integer.parseInt(sites.group(1)), false));
                }
                Matcher one = ONE.matcher(base);
                if (one.matches() && !count) {
                    return Optional.of(
                            new Endpoint("/company/" + one.group(1), false, Integer.parseInt(one.group(2)), true));
                }
                return Optional.empty();
            }
        }
    }

    /** The name the counters use: the template, with {@code /count} or {@code /{id}} when asked. */
    String counterName() {
        return single ? template + "/{id}" : count ? template + "/count" : template;
    }
}
