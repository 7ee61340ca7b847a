package io.assetbridge.connector.halo;

import io.assetbridge.spi.CiClass;
import io.assetbridge.spi.ResourceRole;
import io.assetbridge.spi.ResourceType;
import java.time.Duration;
import java.util.List;

/**
 * What the connector reads, in sync order within each role. Only hardware honours a modified-since
 * watermark, and only when the configuration opts in ({@link #HARDWARE_CHANGES}): Halo's
 * {@code lastupdatefromdate} is documented but unverified on assets. Customers and sites carry no
 * last-modified time in the canonical form, and licences have no such filter.
 */
final class HaloResourceTypes {

    static final String READ_ASSETS = "read:assets";
    static final String READ_CUSTOMERS = "read:customers";
    static final String READ_SOFTWARE = "read:software";

    static final ResourceType CUSTOMERS =
            new ResourceType("customers", "Customers", ResourceRole.CUSTOMER, null, true, READ_CUSTOMERS, false);
    static final ResourceType SITES =
            new ResourceType("sites", "Sites", ResourceRole.SITE, null, true, READ_CUSTOMERS, false);
    static final ResourceType ASSET_TYPES =
            new ResourceType("asset-types", "Asset types", ResourceRole.ASSET_TYPE, null, false, READ_ASSETS, false);
    static final ResourceType HARDWARE = new ResourceType(
            "hardware", "Hardware assets", ResourceRole.CONFIGURATION_ITEM, CiClass.HARDWARE, true, READ_ASSETS, false);
    /** Hardware read by last change: five minutes of overlap cover Halo's two last-update stamps and skew. */
    static final ResourceType HARDWARE_CHANGES = HARDWARE.withModifiedSince(Duration.ofMinutes(5));

    static final ResourceType SOFTWARE = new ResourceType(
            "software",
            "Software licences",
            ResourceRole.CONFIGURATION_ITEM,
            CiClass.SOFTWARE,
            true,
            READ_SOFTWARE,
            false);
    static final ResourceType INSTALLED_SOFTWARE = new ResourceType(
            "installed-software",
            "Installed software",
            ResourceRole.CONFIGURATION_ITEM,
            CiClass.SOFTWARE,
            true,
            READ_ASSETS,
            false);

    static final List<ResourceType> ALL =
            List.of(CUSTOMERS, SITES, ASSET_TYPES, HARDWARE, SOFTWARE, INSTALLED_SOFTWARE);

    private HaloResourceTypes() {}
}
