package io.assetbridge.connector.connectwise;

import io.assetbridge.spi.CiClass;
import io.assetbridge.spi.ResourceRole;
import io.assetbridge.spi.ResourceType;
import java.util.List;

/**
 * What the connector reads, each with the security-role permission it needs in ConnectWise. Every type honours
 * modified-since: customers, asset types and configurations through a {@code lastUpdated} condition; sites, which
 * only a per-company walk can list, are skipped in incremental runs (the next full run reads them).
 */
final class CwResourceTypes {

    static final String COMPANIES_PERMISSION = "Companies › Company Maintenance (Inquire)";
    static final String TYPES_PERMISSION = "System › Table Setup (Inquire)";
    static final String CONFIGURATIONS_PERMISSION = "Companies › Configurations (Inquire)";

    static final ResourceType CUSTOMERS = new ResourceType(
                    "customers", "Companies", ResourceRole.CUSTOMER, null, true, COMPANIES_PERMISSION, true)
            .withPageSize(ListRead.PAGE_SIZE);
    static final ResourceType SITES = new ResourceType(
                    "sites", "Company sites", ResourceRole.SITE, null, true, COMPANIES_PERMISSION, true)
            .withPageSize(ListRead.PAGE_SIZE);
    static final ResourceType ASSET_TYPES = new ResourceType(
                    "asset-types", "Configuration types", ResourceRole.ASSET_TYPE, null, true, TYPES_PERMISSION, true)
            .withPageSize(ListRead.PAGE_SIZE);
    static final ResourceType CONFIGURATIONS = new ResourceType(
                    "configurations",
                    "Configurations",
                    ResourceRole.CONFIGURATION_ITEM,
                    CiClass.HARDWARE,
                    true,
                    CONFIGURATIONS_PERMISSION,
                    true)
            .withPageSize(ListRead.PAGE_SIZE);

    static final List<ResourceType> ALL = List.of(CUSTOMERS, SITES, ASSET_TYPES, CONFIGURATIONS);

    private CwResourceTypes() {}
}
