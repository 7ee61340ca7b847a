package io.assetbridge.spi;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One page of source records.
 *
 * @param records    the records, possibly none
 * @param nextCursor an opaque, printable value (at most 2,000 characters) that resumes reading
 *                   right after this page, or null when this was the last page
 * @param total      how many records the whole resource type holds, as the source reports it, or null
 *                   when the source does not say (the platform then shows no percentage); since 0.1
 */
public record Page(List<SourceRecord> records, String nextCursor, Long total) {

    public Page {
        records = List.copyOf(records);
        Values.require(
                nextCursor == null || (!nextCursor.isEmpty() && nextCursor.length() <= 2000),
                "nextCursor must be null or 1 to 2000 characters");
        Values.require(total == null || total >= 0, "total must not be negative");
    }

    /** A page without a total, for connectors whose source does not report one. */
    public Page(List<SourceRecord> records, String nextCursor) {
        this(records, nextCursor, null);
    }

    /**
     * This page with the resource type's total.
     *
     * @since 0.1
     */
    public Page withTotal(long total) {
        return new Page(records, nextCursor, total);
    }

    /**
     * The resource type's total, when the source reported it.
     *
     * @since 0.1
     */
    public OptionalLong totalRecords() {
        return total == null ? OptionalLong.empty() : OptionalLong.of(total);
    }

    public static Page last(List<SourceRecord> records) {
        return new Page(records, null);
    }

    public Optional<String> next() {
        return Optional.ofNullable(nextCursor);
    }
}
