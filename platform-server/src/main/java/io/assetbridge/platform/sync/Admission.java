package io.assetbridge.platform.sync;

import io.assetbridge.platform.integration.SyncSettings;
import io.assetbridge.platform.inventory.ClassifiedItem;
import io.assetbridge.platform.inventory.write.RecordTable;
import io.assetbridge.platform.inventory.write.Tables;
import io.assetbridge.spi.AssetTypeRecord;
import io.assetbridge.spi.CanonicalRecord;
import io.assetbridge.spi.ConfigurationItem;
import io.assetbridge.spi.CustomerRecord;
import io.assetbridge.spi.ResourceRole;
import io.assetbridge.spi.SiteRecord;
import io.assetbridge.spi.SourceStatus;
import java.util.function.Function;

/**
 * What an integration's settings make of the mapped records of one role, and the table the kept ones
 * go to: the one place a record's role is dispatched. {@link #admit} returns the record to write, or
 * a {@link Rejection}.
 */
record Admission(RecordTable<?> table, Function<CanonicalRecord, Object> admit) {

    enum Rejection {
        /** Left out by the settings. */
        SKIPPED,
        /** A CI left out by the settings: stored, it turns excluded. */
        EXCLUDED,
        /** The connector mapped it to another kind of record than its type's role. */
        WRONG_KIND
    }

    static Admission of(ResourceRole role, SyncSettings settings) {
        return switch (role) {
            case CUSTOMER ->
                new Admission(
                        Tables.CUSTOMERS,
                        mapped -> mapped instanceof CustomerRecord c
                                ? (settings.acceptsCustomer(c.sourceId()) ? c : Rejection.SKIPPED)
                                : Rejection.WRONG_KIND);
            case SITE ->
                new Admission(
                        Tables.SITES,
                        mapped -> mapped instanceof SiteRecord s
                                ? (settings.acceptsCustomer(s.customerSourceId()) ? s : Rejection.SKIPPED)
                                : Rejection.WRONG_KIND);
            case ASSET_TYPE ->
                new Admission(
                        Tables.ASSET_TYPES, mapped -> mapped instanceof AssetTypeRecord t ? t : Rejection.WRONG_KIND);
            case CONFIGURATION_ITEM ->
                new Admission(Tables.CIS, mapped -> {
                    if (!(mapped instanceof ConfigurationItem c)) {
                        return Rejection.WRONG_KIND;
                    }
                    if (!settings.acceptsCustomer(c.customerSourceId())
                            || (!settings.includeInactive() && c.status() == SourceStatus.INACTIVE)) {
                        return Rejection.EXCLUDED;
                    }
                    return new ClassifiedItem(c, settings.classify(c.typeSourceId(), c.ciClass()));
                });
        };
    }
}
