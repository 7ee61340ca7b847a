package io.assetbridge.platform.inventory;

/**
 * Filters and paging for listing CIs; every field optional except paging and sort, all already
 * validated by the API.
 *
 * @param ciClass       hardware or software
 * @param integrationId AssetBridge integration id
 * @param customerId    AssetBridge customer id
 * @param siteId        AssetBridge site id
 * @param status        active, inactive, missing, retired or excluded
 * @param text          case-insensitive substring of name, serial number or asset tag
 * @param page          0-based page
 * @param size          rows per page
 * @param sort          {@code name}, {@code -name}, {@code updatedAt} or {@code -updatedAt}
 */
public record CiQuery(
        String ciClass,
        Long integrationId,
        Long customerId,
        Long siteId,
        String status,
        String text,
        int page,
        int size,
        String sort) {}
