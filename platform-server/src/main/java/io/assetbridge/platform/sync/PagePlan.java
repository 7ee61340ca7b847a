package io.assetbridge.platform.sync;

import io.assetbridge.platform.integration.SyncSettings;
import io.assetbridge.platform.inventory.ClassifiedItem;
import io.assetbridge.platform.inventory.write.PageRecords;
import io.assetbridge.spi.CanonicalRecord;
import io.assetbridge.spi.Page;
import io.assetbridge.spi.ResourceType;
import io.assetbridge.spi.SourceRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One fetched page turned into what to write: the mapped records the settings keep (with their
 * table), the source ids seen (kept or skipped — they exist at the source), the CIs the settings
 * leave out (to be turned {@code excluded} if stored), how many were skipped or failed, why the first
 * record that could not be mapped failed (or null), the cursor after the page (null after the last),
 * and the type's total as the source reported it (or null). Built outside any transaction, by the
 * page feed's mapping worker; pure.
 */
record PagePlan(
        ResourceType type,
        PageRecords<?> records,
        List<String> seen,
        List<String> excluded,
        int skipped,
        int failed,
        String mappingFailure,
        String nextCursor,
        Long sourceTotal) {

    private static final int MAX_REASON = 300;

    static PagePlan of(
            ResourceType type, Page page, Function<SourceRecord, CanonicalRecord> mapper, SyncSettings settings) {
        var admission = Admission.of(type.role(), settings);
        var records = new PageRecords<>(admission.table(), type.id());
        var seen = new ArrayList<String>();
        var excluded = new ArrayList<String>();
        int skipped = 0;
        int failed = 0;
        String mappingFailure = null;
        for (SourceRecord record : page.records()) {
            seen.add(record.sourceId());
            CanonicalRecord mapped;
            try {
                mapped = mapper.apply(record);
            } catch (RuntimeException connectorBug) {
                failed++;
                if (mappingFailure == null) {
                    mappingFailure = reason(record, connectorBug);
                }
                continue;
            }
            Object admitted = admission.admit().apply(mapped);
            if (admitted == Admission.Rejection.WRONG_KIND) {
                failed++;
                if (mappingFailure == null) {
                    mappingFailure =
                            "record " + record.sourceId() + " was mapped to another kind of record than " + type.role();
                }
            } else if (admitted == Admission.Rejection.SKIPPED) {
                skipped++;
            } else if (admitted == Admission.Rejection.EXCLUDED) {
                skipped++;
                excluded.add(mapped.sourceId());
            } else {
                records.add(admitted);
            }
        }
        return new PagePlan(
                type, records, seen, excluded, skipped, failed, mappingFailure, page.nextCursor(), page.total());
    }

    /**
     * The highest source last-modified time of the page's kept CIs, or null (see {@link Watermarks});
     * null for the other roles.
     */
    Instant lastModified() {
        return records.records().stream()
                .filter(ClassifiedItem.class::isInstance)
                .map(r -> ((ClassifiedItem) r).item().sourceModifiedAt())
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(null);
    }

    private static String reason(SourceRecord record, RuntimeException e) {
        String text = "record " + record.sourceId() + ": " + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")");
        return text.length() <= MAX_REASON ? text : text.substring(0, MAX_REASON) + "…";
    }

    /** Configuration items: seen ids recorded, exclusions applied, the inventory version bumped. */
    boolean inventory() {
        return records.table().inventory();
    }

    /** The warning telling that records of this page could not be mapped, or null when all could. */
    RunWarning mappingWarning() {
        return mappingFailure == null ? null : RunWarning.mapping(type, mappingFailure);
    }
}
