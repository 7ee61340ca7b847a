package io.assetbridge.cwsim.http;

import io.assetbridge.cwsim.data.Conditions;
import io.assetbridge.cwsim.data.Rows.Slice;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ConnectWise's two paging styles over a {@link Listing}. Navigable: {@code page} (from 1) and
 * {@code pageSize} (default 25, at most 1,000), with a {@code Link} header giving {@code first}, {@code prev},
 * {@code next} and {@code last}. Forward-only (request header {@code pagination-type: forward-only}, on
 * endpoints that offer it): {@code pageId} acts as {@code id > pageId}, and the {@code Link} header carries
 * only {@code rel="next"}, absent on the last page. An endpoint without forward-only answers such a request
 * with its first page and no {@code Link} header at all.
 */
final class Paging {

    static final int MAX_PAGE_SIZE = 1_000;
    private static final int DEFAULT_PAGE_SIZE = 25;

    private Paging() {}

    static Reply list(Listing listing, Map<String, String> params, boolean forwardOnlyAsked, String url) {
        Conditions conditions;
        long page;
        long pageId;
        int size;
        try {
            conditions = Conditions.parse(param(params, "conditions"));
            size = (int) Math.min(MAX_PAGE_SIZE, number(params, "pageSize", DEFAULT_PAGE_SIZE));
            page = number(params, "page", 1);
            pageId = number(params, "pageId", 0);
            String orderBy = param(params, "orderBy");
            if (orderBy != null && !orderBy.isBlank() && !orderBy.trim().matches("(?i)id( asc)?")) {
                throw new IllegalArgumentException("the simulator orders by id asc only, not '" + orderBy + "'");
            }
            if (size < 1 || page < 1 || pageId < 0) {
                throw new IllegalArgumentException("page and pageSize start at 1, pageId at 0");
            }
        } catch (IllegalArgumentException e) {
            return Reply.error(400, "InvalidObject", e.getMessage());
        }
        Set<String> fields = fields(param(params, "fields"));
        if (forwardOnlyAsked && listing.forwardOnly()) {
            Slice slice = listing.ids(conditions, pageId, 0, size);
            Reply reply = Reply.json(200, rows(listing, slice, fields));
            if (slice.more()) {
                int last = slice.ids()[slice.ids().length - 1];
                reply.with("Link", link(url, params, "pageId", last, "next"));
            }
            return reply;
        }
        long skip = forwardOnlyAsked ? 0 : (page - 1) * size;
        Slice slice = listing.ids(conditions, 0, skip, size);
        Reply reply = Reply.json(200, rows(listing, slice, fields));
        if (!forwardOnlyAsked && (slice.more() || page > 1)) {
            long last = Math.max(1, (listing.count(conditions) + size - 1) / size);
            var links = new ArrayList<String>();
            if (page > 1) {
                links.add(link(url, params, "page", 1, "first"));
                links.add(link(url, params, "page", page - 1, "prev"));
            }
            if (slice.more()) {
                links.add(link(url, params, "page", page + 1, "next"));
                links.add(link(url, params, "page", last, "last"));
            }
            reply.with("Link", String.join(", ", links));
        }
        return reply;
    }

    private static List<Map<String, Object>> rows(Listing listing, Slice slice, Set<String> fields) {
        var rows = new ArrayList<Map<String, Object>>(slice.ids().length);
        for (int id : slice.ids()) {
            listing.row(id).ifPresent(row -> rows.add(select(row, fields)));
        }
        return rows;
    }

    /** {@code fields=id,name,_info/lastUpdated}: top-level members named, or before the first slash. */
    private static Map<String, Object> select(Map<String, Object> row, Set<String> fields) {
        if (fields.isEmpty()) {
            return row;
        }
        var selected = new LinkedHashMap<String, Object>();
        row.forEach((k, v) -> {
            if (fields.contains(k)) {
                selected.put(k, v);
            }
        });
        return selected;
    }

    private static Set<String> fields(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        var names = new HashSet<String>();
        for (String f : text.split(",")) {
            names.add(f.trim().split("/")[0]);
        }
        return names;
    }

    private static String link(String url, Map<String, String> params, String key, long value, String rel) {
        var query = new StringBuilder();
        params.forEach((k, v) -> {
            if (!k.equalsIgnoreCase("page") && !k.equalsIgnoreCase("pageId")) {
                query.append(query.isEmpty() ? "" : "&").append(k).append('=').append(Params.encode(v));
            }
        });
        query.append(query.isEmpty() ? "" : "&").append(key).append('=').append(value);
        return "<" + url + "?" + query + ">; rel=\"" + rel + "\"";
    }

    static String param(Map<String, String> params, String name) {
        for (Map.Entry<String, String> e : params.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    private static long number(Map<String, String> params, String name, long fallback) {
        String value = param(params, name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, got '" + value + "'");
        }
    }
}
