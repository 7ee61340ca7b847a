package io.assetbridge.connector.halo;

import io.assetbridge.connector.halo.client.JsonBodies;
import io.assetbridge.connector.halo.client.ListQuery;
import io.assetbridge.spi.Page;
import jakarta.json.JsonObject;
import java.util.List;

/**
 * Reads hardware asset type by asset type, because Halo returns an asset's {@code fields[]} (serial,
 * model, manufacturer) in list rows only with {@code includeassetfields=true}, which works only together
 * with {@code assettype_id}. The asset type list is read once per walk (not at all when the session
 * just read it as the asset-types resource) and carried in the cursor, so a walk costs at most
 * 1 + Σ over types of max(1, ⌈rows / 100⌉) requests — never one per asset.
 */
final class HardwareWalk {

    private HardwareWalk() {}

    static Page read(HaloSession session, Cursor cursor) {
        Cursor position = cursor;
        if (position.assetTypeId() == null) {
            List<Long> types = session.knownAssetTypeIds().orElseGet(() -> assetTypeIds(session));
            if (types.isEmpty()) {
                return Page.last(List.of());
            }
            position = position.atAssetType(types.get(0), types.subList(1, types.size()));
        } else if (position.pageNo() == 0) {
            long done = position.assetTypeId();
            List<Long> later =
                    assetTypeIds(session).stream().filter(id -> id > done).toList();
            if (later.isEmpty()) {
                return Page.last(List.of());
            }
            position = position.atAssetType(later.get(0), later.subList(1, later.size()));
        }
        String what = "hardware page " + position.pageNo() + " (asset type " + position.assetTypeId() + ")";
        ListQuery query = ListQuery.page(ListSpec.ASSETS.list(), position.pageNo())
                .ofAssetType(position.assetTypeId())
                .since(position.watermark());
        PagedList.Step step = PagedList.read(session, ListSpec.ASSETS, query, position, what);
        // record_count here counts one asset type; the total is the whole asset list's, from discovery
        Page page = new Page(Records.of(HaloResourceTypes.HARDWARE.id(), step.rows()), next(position, step));
        return position.watermark() != null
                ? page // only the changed assets are read: the whole list's total would not be this read's
                : session.knownTotal(ListSpec.ASSETS).map(page::withTotal).orElse(page);
    }

    private static String next(Cursor position, PagedList.Step step) {
        if (!step.done()) {
            return position.after(step.first(), step.last(), step.seen()).encode();
        }
        List<Long> rest = position.remainingTypes();
        if (rest == null) {
            return position.movingPastAssetType().encode();
        }
        return rest.isEmpty()
                ? null
                : position.atAssetType(rest.get(0), rest.subList(1, rest.size()))
                        .encode();
    }

    /** Every asset type id, ascending: the walk's order, stable across resumes. */
    static List<Long> assetTypeIds(HaloSession session) {
        var body = session.client()
                .list(
                        ListQuery.whole(ListSpec.ASSET_TYPES.list()),
                        session,
                        ListSpec.ASSET_TYPES.permission(),
                        "the asset type list");
        return idsOf(JsonBodies.rows(body, ListSpec.ASSET_TYPES.key()));
    }

    /** The positive ids of asset type rows, ascending and distinct. */
    static List<Long> idsOf(List<JsonObject> rows) {
        return rows.stream()
                .map(row -> JsonBodies.wholeNumber(row.get("id")))
                .filter(id -> id.isPresent() && id.getAsLong() > 0)
                .map(id -> id.getAsLong())
                .distinct()
                .sorted()
                .toList();
    }
}
