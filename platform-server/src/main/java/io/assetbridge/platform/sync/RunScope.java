package io.assetbridge.platform.sync;

import io.assetbridge.platform.integration.SyncSettings;
import io.assetbridge.spi.ResourceRole;
import io.assetbridge.spi.ResourceType;
import io.assetbridge.spi.SyncFilters;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The resource types one run reads, in dependency order (customers, sites, asset types, CIs): the
 * selected types the configuration offers, plus the unselectable types they need.
 */
public final class RunScope {

    private RunScope() {}

    public static List<ResourceType> typesToRead(List<ResourceType> offered, SyncSettings settings) {
        boolean anyCi = offered.stream()
                .anyMatch(t -> t.role() == ResourceRole.CONFIGURATION_ITEM
                        && (!t.selectable() || settings.resourceTypes().contains(t.id())));
        return offered.stream()
                .filter(t -> t.selectable()
                        ? settings.resourceTypes().contains(t.id())
                        : t.role() != ResourceRole.ASSET_TYPE || anyCi)
                .sorted(Comparator.comparing(ResourceType::role))
                .toList();
    }

    static List<String> ciTypes(List<ResourceType> types) {
        return types.stream()
                .filter(t -> t.role() == ResourceRole.CONFIGURATION_ITEM)
                .map(ResourceType::id)
                .toList();
    }

    /** What the settings select, for the connector to narrow at the source; asset types are global. */
    static SyncFilters filters(ResourceType type, SyncSettings settings) {
        return type.role() == ResourceRole.ASSET_TYPE
                ? SyncFilters.NONE
                : new SyncFilters(settings.includeInactive(), settings.includeCustomers(), settings.excludeCustomers());
    }

    /**
     * Where an incremental read of a type starts: its watermark minus the type's overlap; null (read
     * everything) in a full run or a preview, for a type that cannot be read by last change, or before its
     * first complete run.
     */
    public static Instant modifiedSince(RunMode mode, ResourceType type, Instant watermark) {
        return mode == RunMode.INCREMENTAL && type.modifiedSince() && watermark != null
                ? watermark.minus(type.overlap())
                : null;
    }
}
