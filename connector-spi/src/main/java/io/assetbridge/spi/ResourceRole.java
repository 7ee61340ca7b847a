package io.assetbridge.spi;

/**
 * What a resource type contributes to the inventory. The platform syncs roles in this order, so
 * that CIs can link to the customers, sites and types read before them.
 *
 * @since 0.1
 */
public enum ResourceRole {
    /**
     * @since 0.1
     */
    CUSTOMER,
    /**
     * @since 0.1
     */
    SITE,
    /**
     * @since 0.1
     */
    ASSET_TYPE,
    /**
     * @since 0.1
     */
    CONFIGURATION_ITEM
}
