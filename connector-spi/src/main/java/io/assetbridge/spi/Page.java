package io.assetbridge.spi;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One page of source records.
 *
 * @param records       the records, possibly none
 * @param nextCursor    an opaque, printable value (at most 2,000 characters) that resumes reading
 *                      right after this page, or null when this was the last page
 * @param total         how many records the whole resource type holds, as the source reports it, or null
 *                      when the source does not say (the platform then shows no percentage); since 0.1
 * @param inconsistency null when the pages read so far form a consistent view; otherwise a sentence saying
 *                      why they may not (offset paging while records were deleted, the source's total
 *                      moved during the read, …). A run that got such a page marks nothing missing, and
 *                      shows the sentence as a warning; since 1.0
 * @since 0.1
 */
public record Page(List<SourceRecord> records, String nextCursor, Long total, String inconsistency) {

    /**
     * The canonical constructor.
     *
     * @since 1.0
     */
    public Page {
        records = List.copyOf(records);
        Values.require(
                nextCursor == null || (!nextCursor.isEmpty() && nextCursor.length() <= 2000),
                "nextCursor must be null or 1 to 2000 characters");
        Values.require(total == null || total >= 0, "total must not be negative");
        Values.require(
                inconsistency == null || (!inconsistency.isBlank() && inconsistency.length() <= 500),
                "inconsistency must be null or a sentence of at most 500 characters");
    }

    /**
     * A consistent page.
     *
     * @since 0.1
     */
    public Page(List<SourceRecord> records, String nextCursor, Long total) {
        this(records, nextCursor, total, null);
    }

    /**
     * A consistent page without a total, for connectors whose source does not report one.
     *
     * @since 0.1
     */
    public Page(List<SourceRecord> records, String nextCursor) {
        this(records, nextCursor, null, null);
    }

    /**
     * This page with the resource type's total.
     *
     * @since 0.1
     */
    public Page withTotal(long total) {
        return new Page(records, nextCursor, total, inconsistency);
    }

    /**
     * This page, saying why the view it belongs to may be inconsistent (see {@link #inconsistency()}).
     *
     * @since 1.0
     */
    public Page withInconsistency(String reason) {
        return new Page(records, nextCursor, total, reason);
    }

    /**
     * The resource type's total, when the source reported it.
     *
     * @deprecated since 1.0: the same as {@link #total()}, which the platform reads; use that.
     * @since 0.1
     */
    @Deprecated(since = "1.0")
    public OptionalLong totalRecords() {
        return total == null ? OptionalLong.empty() : OptionalLong.of(total);
    }

    /**
     * The last page of a resource type.
     *
     * @since 0.1
     */
    public static Page last(List<SourceRecord> records) {
        return new Page(records, null);
    }

    /**
     * The cursor of the next page, when there is one.
     *
     * @deprecated since 1.0: the same as {@link #nextCursor()}, which the platform reads; use that.
     * @since 0.1
     */
    @Deprecated(since = "1.0")
    public Optional<String> next() {
        return Optional.ofNullable(nextCursor);
    }
}
