package io.assetbridge.halosim.data;

import java.time.LocalDateTime;

/**
 * A filter over assets as {@code /api/Asset} understands it. Null components mean "any".
 * {@code modifiedSince} is {@code lastupdatefromdate}: last update at or after it.
 */
public record AssetQuery(
        Integer assetTypeId, Integer clientId, Integer siteId, Activity activity, LocalDateTime modifiedSince) {

    /** Halo's default list: active assets only. */
    public static AssetQuery activeOnly() {
        return new AssetQuery(null, null, null, Activity.ACTIVE, null);
    }

    /** What a full sync asks for: {@code includeinactive=true&includeactive=true}. */
    public static AssetQuery all() {
        return new AssetQuery(null, null, null, Activity.BOTH, null);
    }

    public AssetQuery withAssetTypeId(Integer value) {
        return new AssetQuery(value, clientId, siteId, activity, modifiedSince);
    }

    public AssetQuery withClientId(Integer value) {
        return new AssetQuery(assetTypeId, value, siteId, activity, modifiedSince);
    }

    public AssetQuery withSiteId(Integer value) {
        return new AssetQuery(assetTypeId, clientId, value, activity, modifiedSince);
    }

    public AssetQuery withActivity(Activity value) {
        return new AssetQuery(assetTypeId, clientId, siteId, value, modifiedSince);
    }

    public AssetQuery withModifiedSince(LocalDateTime value) {
        return new AssetQuery(assetTypeId, clientId, siteId, activity, value);
    }

    boolean matches(AssetState a) {
        return (assetTypeId == null || a.assetTypeId() == assetTypeId)
                && (clientId == null || a.clientId() == clientId)
                && (siteId == null || a.siteId() == siteId)
                && activity.admits(a.inactive())
                && (modifiedSince == null || !a.lastUpdate().isBefore(modifiedSince));
    }
}
