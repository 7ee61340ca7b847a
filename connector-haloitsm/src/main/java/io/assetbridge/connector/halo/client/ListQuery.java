package io.assetbridge.connector.halo.client;

/**
 * One list request. Paged lists always ask for {@value #PAGE_SIZE} rows, ordered by id, inactive rows
 * included: Halo caps a page at 100 whatever is asked, defaults to active rows only, and pages stably only
 * in a fixed order.
 *
 * @param list           Halo's list name, e.g. {@code Asset}
 * @param pageNo         the 1-based page, or null for a list Halo does not page ({@code AssetType})
 * @param assetTypeId    only assets of this type (with their fields), or null
 * @param deviceId       only rows of this asset ({@code AssetSoftware}), or null
 */
public record ListQuery(String list, Integer pageNo, Long assetTypeId, Long deviceId) {

    /** Halo's cap; asking for more silently returns 100 rows a page. */
    public static final int PAGE_SIZE = 100;

    public static ListQuery page(String list, int pageNo) {
        return new ListQuery(list, pageNo, null, null);
    }

    public static ListQuery whole(String list) {
        return new ListQuery(list, null, null, null);
    }

    public ListQuery ofAssetType(long id) {
        return new ListQuery(list, pageNo, id, deviceId);
    }

    public ListQuery ofDevice(long id) {
        return new ListQuery(list, pageNo, assetTypeId, id);
    }

    boolean paged() {
        return pageNo != null;
    }
}
