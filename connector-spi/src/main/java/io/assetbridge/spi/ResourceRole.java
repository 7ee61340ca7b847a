package io.assetbridge.spi;

/**
 * What a resource type contributes to the inventory. The platform syncs roles in this order, so
 * that CIs can link to the customers, sites and types read before them.
 */
public enum ResourceRole {
    CUSTOMER,
    SITE,
    ASSET_TYPE,
    CONFIGURATION_ITEM
}
