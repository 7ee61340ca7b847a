package io.assetbridge.platform.sync;

import io.assetbridge.platform.integration.SyncSettings;
import io.assetbridge.platform.inventory.ClassifiedItem;
import io.assetbridge.spi.AssetTypeRecord;
import io.assetbridge.spi.CanonicalRecord;
import io.assetbridge.spi.ConfigurationItem;
import io.assetbridge.spi.CustomerRecord;
import io.assetbridge.spi.Page;
import io.assetbridge.spi.ResourceRole;
import io.assetbridge.spi.ResourceType;
import io.assetbridge.spi.SiteRecord;
import io.assetbridge.spi.SourceRecord;
import io.assetbridge.spi.SourceStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One fetched page turned into what to write: the mapped records the settings keep, the source ids
 * seen (kept or skipped — they exist at the source), the CIs the settings leave out (to be turned
 * {@code excluded} if stored), how many were skipped or failed to map, the cursor after the page (null
 * after the last), and the type's total as the source reported it (or null). Built outside any
 * transaction, by the page feed's
 * mapping worker; pure.
 */
record PagePlan(
        ResourceType type,
        List<CustomerRecord> customers,
        List<SiteRecord> sites,
        List<AssetTypeRecord> assetTypes,
        List<ClassifiedItem> items,
        List<String> seen,
        List<String> excluded,
        int skipped,
        int failed,
        String nextCursor,
        Long sourceTotal) {

    static PagePlan of(
            ResourceType type, Page page, Function<SourceRecord, CanonicalRecord> mapper, SyncSettings settings) {
        List<SourceRecord> records = page.records();
        var customers = new ArrayList<CustomerRecord>();
        var sites = new ArrayList<SiteRecord>();
        var assetTypes = new ArrayList<AssetTypeRecord>();
        var items = new ArrayList<ClassifiedItem>();
        var seen = new ArrayList<String>();
        var excluded = new ArrayList<String>();
        int skipped = 0;
        int failed = 0;
        for (SourceRecord record : records) {
            seen.add(record.sourceId());
            CanonicalRecord mapped;
            try {
                mapped = mapper.apply(record);
            } catch (RuntimeException connectorBug) {
                failed++;
                continue;
            }
            switch (type.role()) {
                case CUSTOMER -> {
                    if (!(mapped instanceof CustomerRecord c)) {
                        failed++;
                    } else if (!settings.acceptsCustomer(c.sourceId())) {
                        skipped++;
                    } else {
                        customers.add(c);
                    }
                }
                case SITE -> {
                    if (!(mapped instanceof SiteRecord s)) {
                        failed++;
                    } else if (!settings.acceptsCustomer(s.customerSourceId())) {
                        skipped++;
                    } else {
                        sites.add(s);
                    }
                }
                case ASSET_TYPE -> {
                    if (!(mapped instanceof AssetTypeRecord t)) {
                        failed++;
                    } else {
                        assetTypes.add(t);
                    }
                }
                case CONFIGURATION_ITEM -> {
                    if (!(mapped instanceof ConfigurationItem c)) {
                        failed++;
                    } else if (!settings.acceptsCustomer(c.customerSourceId())
                            || (!settings.includeInactive() && c.status() == SourceStatus.INACTIVE)) {
                        skipped++;
                        excluded.add(c.sourceId());
                    } else {
                        items.add(new ClassifiedItem(c, settings.classify(c.typeSourceId(), c.ciClass())));
                    }
                }
            }
        }
        return new PagePlan(
                type,
                customers,
                sites,
                assetTypes,
                items,
                seen,
                excluded,
                skipped,
                failed,
                page.nextCursor(),
                page.total());
    }

    /** The highest source last-modified time of the page's kept CIs, or null (see {@link Watermarks}). */
    Instant lastModified() {
        return items.stream()
                .map(i -> i.item().sourceModifiedAt())
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(null);
    }

    boolean ciRole() {
        return type.role() == ResourceRole.CONFIGURATION_ITEM;
    }
}
