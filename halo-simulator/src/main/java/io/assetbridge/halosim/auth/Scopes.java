package io.assetbridge.halosim.auth;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Halo's scope vocabulary and how a granted set covers a permission. */
public final class Scopes {

    public static final String READ_ASSETS = "read:assets";
    public static final String READ_CUSTOMERS = "read:customers";
    public static final String READ_SOFTWARE = "read:software";
    public static final String READ_SOFTWARE_LICENSING = "read:softwarelicensing";

    /** Names Halo accepts at the token endpoint (from HaloAPI's validator). Others: invalid_scope. */
    public static final Set<String> KNOWN = Set.of(
            "all",
            "all:standard",
            "admin",
            "read:tickets",
            "edit:tickets",
            "read:customers",
            "edit:customers",
            "read:crm",
            "edit:crm",
            "read:suppliers",
            "edit:suppliers",
            "read:items",
            "edit:items",
            "read:assets",
            "edit:assets",
            "read:invoices",
            "edit:invoices",
            "read:contracts",
            "edit:contracts",
            "read:quotes",
            "edit:quotes",
            "read:sales",
            "edit:sales",
            "read:projects",
            "edit:projects",
            "read:reporting",
            "edit:reporting",
            "read:software",
            "edit:software",
            "read:softwarelicensing",
            "edit:softwarelicensing",
            "read:kb",
            "edit:kb",
            "read:calendar",
            "edit:calendar",
            "read:timesheets",
            "edit:timesheets");

    private Scopes() {}

    public static List<String> parse(String spaceSeparated) {
        List<String> out = new ArrayList<>();
        if (spaceSeparated != null) {
            for (String s : spaceSeparated.trim().split("\\s+")) {
                if (!s.isEmpty() && !out.contains(s)) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    /** True when a held scope set grants {@code needed}: itself, its edit: twin, or all/admin. */
    public static boolean covers(Collection<String> held, String needed) {
        if (held.contains(needed) || held.contains("all") || held.contains("admin")) {
            return true;
        }
        if (needed.startsWith("read:") && held.contains("edit:" + needed.substring(5))) {
            return true;
        }
        return needed.startsWith("read:") && !needed.equals("read:reporting") && held.contains("all:standard");
    }

    /**
     * The scopes a token gets: the requested ones the application holds; {@code all} expands to
     * every permission the application holds.
     */
    public static Set<String> grant(List<String> requested, List<String> permitted) {
        Set<String> granted = new LinkedHashSet<>();
        for (String r : requested) {
            if (r.equals("all")) {
                granted.addAll(permitted);
            } else if (covers(permitted, r)) {
                granted.add(r);
            }
        }
        return granted;
    }
}
