package io.assetbridge.connector.halo.client;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * One list request. Paged lists always ask for {@value #PAGE_SIZE} rows, ordered by id, inactive rows
 * included: Halo caps a page at 100 whatever is asked, defaults to active rows only, and pages stably only
 * in a fixed order.
 *
 * @param list           Halo's list name, e.g. {@code Asset}
 * @param pageNo         the 1-based page, or null for a list Halo does not page ({@code AssetType})
 * @param assetTypeId    only assets of this type (with their fields), or null
 * @param deviceId       only rows of this asset ({@code AssetSoftware}), or null
 * @param pageSize       rows asked for per page: {@value #PAGE_SIZE}, or 1 for a permission probe
 * @param modifiedSince  only rows Halo last updated at or after it ({@code lastupdatefromdate}), or null
 */
public record ListQuery(
        String list, Integer pageNo, Long assetTypeId, Long deviceId, int pageSize, Instant modifiedSince) {

    /** Halo's cap; asking for more silently returns 100 rows a page. */
    public static final int PAGE_SIZE = 100;

    public static ListQuery page(String list, int pageNo) {
        return new ListQuery(list, pageNo, null, null, PAGE_SIZE, null);
    }

    /**
     * The cheapest read of a list that still proves the permission and reports {@code record_count}: the
     * first page of one row.
     */
    public static ListQuery probe(String list) {
        return new ListQuery(list, 1, null, null, 1, null);
    }

    public static ListQuery whole(String list) {
        return new ListQuery(list, null, null, null, PAGE_SIZE, null);
    }

    public ListQuery ofAssetType(long id) {
        return new ListQuery(list, pageNo, id, deviceId, pageSize, modifiedSince);
    }

    public ListQuery ofDevice(long id) {
        return new ListQuery(list, pageNo, assetTypeId, id, pageSize, modifiedSince);
    }

    /** Only rows changed at or after {@code since} (null: all). */
    public ListQuery since(Instant since) {
        return new ListQuery(list, pageNo, assetTypeId, deviceId, pageSize, since);
    }

    /** {@code lastupdatefromdate} as Halo writes dates: without a zone, in UTC (as the mapping reads them). */
    String lastUpdateFrom() {
        return modifiedSince == null
                ? null
                : LocalDateTime.ofInstant(modifiedSince, ZoneOffset.UTC).toString();
    }

    boolean paged() {
        return pageNo != null;
    }
}
