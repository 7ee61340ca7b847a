package io.assetbridge.platform.api;

import io.assetbridge.platform.error.Violations;
import io.assetbridge.platform.inventory.CiQuery;
import java.util.Set;
import java.util.TreeSet;

/** Checks the CI listing's filter, search and sort parameters: one set of rules for the JSON page and the CSV export. */
final class CiParameters {

    private static final Set<String> CLASSES = Set.of("hardware", "software");
    private static final Set<String> STATUSES = Set.of("active", "inactive", "missing", "retired", "excluded");
    private static final Set<String> SORTS = Set.of("name", "-name", "updatedAt", "-updatedAt");

    private CiParameters() {}

    /** The query, or null values where {@code v} got a violation (the caller throws before using it). */
    static CiQuery query(
            String ciClass,
            String integration,
            String customer,
            String site,
            String status,
            String q,
            String sort,
            int page,
            int size,
            Violations v) {
        oneOf("class", ciClass, CLASSES, v);
        oneOf("status", status, STATUSES, v);
        oneOf("sort", sort, SORTS, v);
        text(q, v);
        return new CiQuery(
                ciClass,
                id("integration", integration, v),
                id("customer", customer, v),
                id("site", site, v),
                status,
                q,
                page,
                size,
                sort);
    }

    /** A search text: the listings' {@code q}. */
    static void text(String q, Violations v) {
        if (q != null && (q.length() > 200 || Violations.hasControlCharacters(q))) {
            v.add("q", "Must be at most 200 characters without control characters.");
        }
    }

    static Long id(String name, String raw, Violations v) {
        if (raw == null) {
            return null;
        }
        var id = Ids.canonical(raw);
        if (id.isPresent()) {
            return id.get();
        }
        v.add(name, "Must be an AssetBridge id (a positive whole number).");
        return null;
    }

    private static void oneOf(String name, String value, Set<String> allowed, Violations v) {
        if (value != null && !allowed.contains(value)) {
            v.add(name, "Must be one of " + new TreeSet<>(allowed) + ".");
        }
    }
}
