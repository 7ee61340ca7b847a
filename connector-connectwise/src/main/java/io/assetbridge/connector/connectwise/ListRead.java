package io.assetbridge.connector.connectwise;

import io.assetbridge.connector.connectwise.client.Answer;
import io.assetbridge.connector.connectwise.client.Links;
import io.assetbridge.spi.Page;
import io.assetbridge.spi.PageRequest;
import io.assetbridge.spi.SourceRecord;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one page of a list endpoint at ConnectWise's largest page, 1,000 rows. The first page asks for
 * forward-only paging; a {@code Link} with {@code rel="next"} and a {@code pageId} continues it, and its absence
 * ends it. An endpoint that does not offer forward-only answers without a {@code Link} (or with navigable links):
 * the read then goes on with {@code page}/{@code pageSize} ordered by id. With modified-since, only rows whose
 * {@code lastUpdated} is later are asked for.
 */
final class ListRead {

    static final int PAGE_SIZE = 1_000;

    /** One list endpoint. */
    record Spec(String type, String path, String what, String permission) {}

    private ListRead() {}

    static Page fetch(CwSession session, Spec spec, PageRequest request) {
        Cursor cursor = request.cursor() == null ? null : Cursor.parse(request.cursor(), spec.type());
        var query = new LinkedHashMap<String, String>();
        query.put("pageSize", String.valueOf(pageSize(request)));
        query.put("orderBy", "id asc");
        condition(request.modifiedSince()).ifPresent(c -> query.put("conditions", c));
        boolean forwardOnly = cursor == null || cursor.mode() == Cursor.FORWARD;
        if (cursor != null && cursor.mode() == Cursor.FORWARD) {
            query.remove("orderBy");
            query.put("pageId", String.valueOf(cursor.number()));
        } else if (cursor != null) {
            query.put("page", String.valueOf(cursor.number()));
        }
        Answer answer = session.read(
                spec.path(), query, forwardOnly, new CwSession.Read(spec.path(), spec.what(), spec.permission()));
        List<JsonObject> rows = CwJson.rows(answer.body(), spec.what());
        var records = new ArrayList<SourceRecord>(rows.size());
        for (JsonObject row : rows) {
            CwJson.id(row).ifPresent(id -> records.add(new SourceRecord(spec.type(), String.valueOf(id), row)));
        }
        String next = next(cursor, answer, rows.size(), pageSize(request))
                .map(Cursor::toString)
                .orElse(null);
        return new Page(records, next);
    }

    /** {@code lastUpdated > [instant]}, to the second as ConnectWise compares, never later than asked. */
    static Optional<String> condition(Instant modifiedSince) {
        return Optional.ofNullable(modifiedSince)
                .map(at -> "lastUpdated > [" + at.truncatedTo(ChronoUnit.SECONDS) + "]");
    }

    private static Optional<Cursor> next(Cursor cursor, Answer answer, int rows, int pageSize) {
        Optional<String> link = answer.linkHeader();
        Optional<String> nextLink = link.flatMap(Links::next);
        boolean navigable = cursor != null && cursor.mode() == Cursor.PAGE
                || link.filter(Links::hasLast).isPresent();
        long page = cursor != null && cursor.mode() == Cursor.PAGE ? cursor.number() : 1;
        if (navigable) {
            return nextLink.map(url -> new Cursor(Cursor.PAGE, page + 1));
        }
        if (nextLink.isPresent()) {
            return nextLink.flatMap(url -> Links.number(url, "pageId")).map(id -> new Cursor(Cursor.FORWARD, id));
        }
        // no Link at all: the end of a forward-only read, or an endpoint without forward-only paging
        boolean firstPage = cursor == null;
        return firstPage && rows >= pageSize ? Optional.of(new Cursor(Cursor.PAGE, 2)) : Optional.empty();
    }

    /** The rows the platform asks for per page (the type declares ConnectWise's largest, 1,000), at most that. */
    static int pageSize(PageRequest request) {
        return Math.min(PAGE_SIZE, request.pageSizeHint());
    }

    static Map<String, String> idsOnly() {
        var query = new LinkedHashMap<String, String>();
        query.put("pageSize", String.valueOf(PAGE_SIZE));
        query.put("orderBy", "id asc");
        query.put("fields", "id");
        return query;
    }
}
