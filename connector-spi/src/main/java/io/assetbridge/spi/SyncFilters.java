package io.assetbridge.spi;

import java.util.Set;

/**
 * The selection an admin made in the sync settings.
 *
 * @param includeInactive   whether records inactive at the source are wanted
 * @param includeCustomers  customer source ids to keep; empty means all
 * @param excludeCustomers  customer source ids to drop
 *
 * @since 0.1
 */
public record SyncFilters(boolean includeInactive, Set<String> includeCustomers, Set<String> excludeCustomers) {

    /**
     * @since 0.1
     */
    public static final SyncFilters NONE = new SyncFilters(true, Set.of(), Set.of());

    /**
     * @since 0.1
     */
    public SyncFilters {
        includeCustomers = Set.copyOf(includeCustomers);
        excludeCustomers = Set.copyOf(excludeCustomers);
    }
}
