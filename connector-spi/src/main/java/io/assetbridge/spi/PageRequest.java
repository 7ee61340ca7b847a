package io.assetbridge.spi;

import java.time.Instant;
import java.util.Optional;

/**
 * What {@link Connector#fetchPage} should read.
 *
 * @param resourceType  a resource type id from the descriptor
 * @param cursor        the {@link Page#nextCursor()} of the previous page, or null for the first page
 * @param pageSizeHint  rows the platform would like per page (at least 1); the connector may return
 *                      fewer, and its source may cap it
 * @param modifiedSince only records changed since then, or null for all; honoured only where
 *                      {@link ResourceType#modifiedSince()} says so
 * @param filters       what the sync settings select; the connector may narrow at the source, the
 *                      platform applies them again
 *
 * @since 0.1
 */
public record PageRequest(
        String resourceType, String cursor, int pageSizeHint, Instant modifiedSince, SyncFilters filters) {

    /**
     * @since 0.1
     */
    public PageRequest {
        resourceType = Values.requireText(resourceType, "resourceType");
        Values.require(pageSizeHint >= 1, "pageSizeHint must be at least 1");
        filters = filters == null ? SyncFilters.NONE : filters;
    }

    /**
     * @since 0.1
     */
    public static PageRequest first(String resourceType, int pageSizeHint) {
        return new PageRequest(resourceType, null, pageSizeHint, null, SyncFilters.NONE);
    }

    /**
     * @since 0.1
     */
    public PageRequest next(String nextCursor) {
        return new PageRequest(resourceType, nextCursor, pageSizeHint, modifiedSince, filters);
    }

    /**
     * The cursor, when this is not the first page.
     *
     * @deprecated since 1.0: the same as {@link #cursor()}; use that.
     * @since 0.1
     */
    @Deprecated(since = "1.0")
    public Optional<String> cursorValue() {
        return Optional.ofNullable(cursor);
    }
}
