package io.assetbridge.platform.integration;

import io.assetbridge.spi.CiClass;
import io.assetbridge.spi.ResourceType;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What an integration syncs and how often.
 *
 * @param resourceTypes    selectable resource type ids to sync
 * @param includeInactive  whether records inactive at the source are stored (status inactive) or skipped
 * @param includeCustomers customer source ids to keep; empty means all
 * @param excludeCustomers customer source ids to skip
 * @param classification   asset-type source id to CI class; types not listed keep the connector's class
 * @param retireAfterSyncs complete syncs a CI may be missing before it is retired (1–100)
 * @param scheduleMinutes  minutes between scheduled syncs (15–10,080), or null for manual only
 * @param fullSyncEvery    every how many scheduled syncs one is full (1–1,000; 1 = all); the others are
 *                         incremental where every resource type read supports it
 * @param missingGuardMin  the mass-missing guard holds a run's marking when it would mark more than
 *                         max(missingGuardMin, missingGuardPercent % of the active in-scope CIs) missing
 * @param missingGuardPercent see missingGuardMin (0–100)
 */
public record SyncSettings(
        List<String> resourceTypes,
        boolean includeInactive,
        Set<String> includeCustomers,
        Set<String> excludeCustomers,
        Map<String, CiClass> classification,
        int retireAfterSyncs,
        Integer scheduleMinutes,
        int fullSyncEvery,
        int missingGuardMin,
        int missingGuardPercent) {

    public static final int DEFAULT_RETIRE_AFTER = 3;
    public static final int DEFAULT_FULL_SYNC_EVERY = 24;
    public static final int DEFAULT_SCHEDULE_MINUTES = 1440;
    public static final int DEFAULT_MISSING_GUARD_MIN = 50;
    public static final int DEFAULT_MISSING_GUARD_PERCENT = 20;

    public SyncSettings {
        resourceTypes = List.copyOf(resourceTypes);
        includeCustomers = Set.copyOf(new LinkedHashSet<>(includeCustomers));
        excludeCustomers = Set.copyOf(new LinkedHashSet<>(excludeCustomers));
        classification = Collections.unmodifiableMap(new TreeMap<>(classification));
    }

    /**
     * Defaults for a new integration: every selectable type its configuration enables, inactive
     * included, no customer filter, daily.
     */
    public static SyncSettings defaultsFor(List<ResourceType> offered) {
        List<String> selectable = offered.stream()
                .filter(ResourceType::selectable)
                .map(ResourceType::id)
                .toList();
        return new SyncSettings(
                selectable,
                true,
                Set.of(),
                Set.of(),
                Map.of(),
                DEFAULT_RETIRE_AFTER,
                DEFAULT_SCHEDULE_MINUTES,
                DEFAULT_FULL_SYNC_EVERY,
                DEFAULT_MISSING_GUARD_MIN,
                DEFAULT_MISSING_GUARD_PERCENT);
    }

    /** The CI class of an asset type after classification. */
    public CiClass classify(String assetTypeSourceId, CiClass connectorDefault) {
        return assetTypeSourceId == null
                ? connectorDefault
                : classification.getOrDefault(assetTypeSourceId, connectorDefault);
    }

    /** Whether a record of this customer (source id, may be null) is inside the settings. */
    public boolean acceptsCustomer(String customerSourceId) {
        if (customerSourceId != null && excludeCustomers.contains(customerSourceId)) {
            return false;
        }
        return includeCustomers.isEmpty() || (customerSourceId != null && includeCustomers.contains(customerSourceId));
    }
}
