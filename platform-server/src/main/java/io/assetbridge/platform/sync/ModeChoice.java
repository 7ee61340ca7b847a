package io.assetbridge.platform.sync;

import io.assetbridge.spi.ResourceRole;
import io.assetbridge.spi.ResourceType;
import java.util.List;

/**
 * The mode a new run gets, and the warning that says why when it is not the one asked for. Rules
 * (docs/sync.md): Connect now is full unless incremental is asked for; a scheduled run is incremental
 * when every CI type it reads supports a modified-since read, except every {@code fullSyncEvery}-th
 * scheduled run; the first run, and the first after the settings or configuration changed, is full
 * whatever was asked. Customers, sites and asset types carry no last-modified time and are read whole in
 * every run.
 *
 * @param mode    what the run does
 * @param warning why it is full though incremental was asked for, or null
 */
record ModeChoice(RunMode mode, RunWarning warning) {

    static final String REASON = "full-sync";

    /**
     * @param requested          the mode asked for, or null for a scheduled run (the rules choose)
     * @param mustBeFull         no complete full run since the settings or configuration last changed
     * @param types              the resource types the run reads
     * @param scheduledSinceFull scheduled runs queued since the latest complete full run
     * @param fullSyncEvery      the setting: every how many scheduled runs one is full
     */
    static ModeChoice of(
            RunMode requested,
            boolean mustBeFull,
            List<ResourceType> types,
            long scheduledSinceFull,
            int fullSyncEvery) {
        if (requested == RunMode.FULL) {
            return new ModeChoice(RunMode.FULL, null);
        }
        boolean asked = requested == RunMode.INCREMENTAL;
        if (mustBeFull) {
            return full(
                    asked,
                    "This sync reads everything: there has been no complete full sync since the integration was"
                            + " created or its settings or configuration last changed.");
        }
        List<ResourceType> cis = types.stream()
                .filter(t -> t.role() == ResourceRole.CONFIGURATION_ITEM)
                .toList();
        boolean some = cis.stream().anyMatch(ResourceType::modifiedSince);
        boolean every = !cis.isEmpty() && cis.stream().allMatch(ResourceType::modifiedSince);
        if (asked) {
            return some
                    ? new ModeChoice(RunMode.INCREMENTAL, null)
                    : full(true, "This sync reads everything: none of its resource types can be read by last change.");
        }
        if (!every || scheduledSinceFull + 1 >= fullSyncEvery) {
            return new ModeChoice(RunMode.FULL, null);
        }
        return new ModeChoice(RunMode.INCREMENTAL, null);
    }

    private static ModeChoice full(boolean askedIncremental, String why) {
        return new ModeChoice(
                RunMode.FULL,
                askedIncremental
                        ? new RunWarning(null, REASON, null, "An incremental sync was asked for. " + why)
                        : null);
    }
}
