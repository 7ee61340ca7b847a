package io.assetbridge.spi;

import java.util.List;
import java.util.Optional;

/**
 * One page of source records.
 *
 * @param records    the records, possibly none
 * @param nextCursor an opaque, printable value (at most 2,000 characters) that resumes reading
 *                   right after this page, or null when this was the last page
 */
public record Page(List<SourceRecord> records, String nextCursor) {

    public Page {
        records = List.copyOf(records);
        Values.require(
                nextCursor == null || (!nextCursor.isEmpty() && nextCursor.length() <= 2000),
                "nextCursor must be null or 1 to 2000 characters");
    }

    public static Page last(List<SourceRecord> records) {
        return new Page(records, null);
    }

    public Optional<String> next() {
        return Optional.ofNullable(nextCursor);
    }
}
