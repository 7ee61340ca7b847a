package io.assetbridge.connector.halo;

import io.assetbridge.connector.halo.client.JsonBodies;
import io.assetbridge.connector.halo.client.ListQuery;
import io.assetbridge.spi.Page;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.OptionalLong;

/**
 * Reads one page of a Halo list and decides whether the list is done. Halo caps pages at 100 rows and,
 * past the end, may send the last page again instead of an empty one; so the list ends on an empty or
 * short page, when {@code record_count} rows have been read, or when a page repeats the previous one.
 */
final class PagedList {

    private PagedList() {}

    /**
     * One page read.
     *
     * @param rows  the rows that are new (none when the page repeated the previous one)
     * @param first the page's first id, or null
     * @param last  the page's last id, or null
     * @param seen  rows read so far in the list, this page included
     * @param done  whether the list has no more pages
     * @param total the list's {@code record_count} (a total only of a paged request), or null
     */
    record Step(List<JsonObject> rows, String first, String last, long seen, boolean done, Long total) {

        /** The page of these rows, with the list's total when Halo reported one. */
        Page page(String resourceType, String nextCursor) {
            Page page = new Page(Records.of(resourceType, rows), nextCursor);
            return total == null ? page : page.withTotal(total);
        }
    }

    /**
     * @param query the list request for {@code position.pageNo()}
     * @param what  names the page in messages, e.g. {@code hardware page 3 (asset type 12)}
     */
    static Step read(HaloSession session, ListSpec spec, ListQuery query, Cursor position, String what) {
        JsonValue body = session.client().list(query, session, spec.permission(), what);
        List<JsonObject> rows = JsonBodies.rows(body, spec.key());
        OptionalLong count = JsonBodies.recordCount(body);
        Long total = count.isPresent() ? count.getAsLong() : null;
        if (rows.isEmpty()) {
            return new Step(List.of(), null, null, position.seen(), true, total);
        }
        String first = idOf(rows.get(0));
        String last = idOf(rows.get(rows.size() - 1));
        if (first != null
                && first.equals(position.previousFirst())
                && last != null
                && last.equals(position.previousLast())) {
            return new Step(List.of(), first, last, position.seen(), true, total); // Halo re-sent the last page
        }
        long seen = position.seen() + rows.size();
        boolean done = rows.size() < ListQuery.PAGE_SIZE || (total != null && seen >= total);
        return new Step(rows, first, last, seen, done, total);
    }

    static String idOf(JsonObject row) {
        return JsonFields.id(row, "id").orElse(null);
    }
}
