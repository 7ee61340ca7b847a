package io.assetbridge.testkit;

import static org.junit.jupiter.api.Assertions.assertFalse;

import io.assetbridge.spi.Connector;
import io.assetbridge.spi.ConnectorConfig;
import io.assetbridge.spi.ConnectorSession;
import io.assetbridge.spi.Page;
import io.assetbridge.spi.PageRequest;
import io.assetbridge.spi.ResourceType;
import io.assetbridge.spi.SourceRecord;
import io.assetbridge.spi.SyncFilters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Straight reads of a resource type for the contract suite: every page, with the cursor that led to it. */
final class ContractReads {

    /** More pages than this from one type means the paging does not end. */
    static final int MAX_PAGES = 5_000;

    /** A page and the cursor it was read with (null for the first). */
    record Step(String cursor, Page page) {}

    private ContractReads() {}

    static List<Step> readAll(Connector connector, ConnectorSession session, ResourceType type, String from) {
        var steps = new ArrayList<Step>();
        var cursors = new HashSet<String>();
        String cursor = from;
        do {
            if (steps.size() >= MAX_PAGES) {
                throw new AssertionError(type.id() + ": paging did not end after " + MAX_PAGES + " pages");
            }
            var request = new PageRequest(type.id(), cursor, type.pageSize(), null, SyncFilters.NONE);
            Page page = connector.fetchPage(session, request);
            if (page == null) {
                throw new AssertionError(type.id() + ": fetchPage returned null");
            }
            steps.add(new Step(cursor, page));
            cursor = page.nextCursor();
            if (cursor != null && !cursors.add(cursor)) {
                throw new AssertionError(type.id() + ": the cursor " + cursor + " came twice, paging would not end");
            }
        } while (cursor != null);
        return steps;
    }

    static List<String> ids(List<Step> steps) {
        var ids = new ArrayList<String>();
        for (Step step : steps) {
            step.page().records().stream().map(SourceRecord::sourceId).forEach(ids::add);
        }
        return ids;
    }

    /** Every cursor of a short read; about twelve spread over a long one (each resume reads to the end). */
    static boolean resumeChecked(int page, int pages) {
        return pages <= 12 || page % Math.max(1, pages / 12) == 0 || page == pages - 1;
    }

    /** The types the configuration offers that the account may read, in the connector's order. */
    static List<ResourceType> readable(Connector connector, ConnectorConfig config, ConnectorSession session) {
        Set<String> offered = connector.resourceTypesFor(config).stream()
                .map(ResourceType::id)
                .collect(Collectors.toSet());
        var readable = connector.discover(session).stream()
                .filter(t -> offered.contains(t.id()))
                .toList();
        assertFalse(readable.isEmpty(), "discover found nothing this account may read");
        return readable;
    }

    /** Every readable type read straight, as type/id strings in order. */
    static List<String> readEverything(Connector connector, ConnectorConfig config, ConnectorSession session) {
        var ids = new ArrayList<String>();
        for (ResourceType type : readable(connector, config, session)) {
            ids(readAll(connector, session, type, null)).forEach(id -> ids.add(type.id() + "/" + id));
        }
        return ids;
    }
}
