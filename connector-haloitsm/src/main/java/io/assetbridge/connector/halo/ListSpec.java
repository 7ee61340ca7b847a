package io.assetbridge.connector.halo;

/**
 * One Halo list as the connector reads it.
 *
 * @param list       Halo's list name in the URL, e.g. {@code Client}
 * @param key        the member holding the rows in a wrapped answer, e.g. {@code clients}
 * @param permission the permission named when Halo refuses it
 */
record ListSpec(String list, String key, String permission) {

    static final ListSpec CLIENTS = new ListSpec("Client", "clients", "read:customers");
    static final ListSpec SITES = new ListSpec("Site", "sites", "read:customers");
    static final ListSpec ASSET_TYPES = new ListSpec("AssetType", "assettypes", "read:assets");
    static final ListSpec ASSETS = new ListSpec("Asset", "assets", "read:assets");
    static final ListSpec LICENCES =
            new ListSpec("SoftwareLicence", "licences", "read:software and read:softwarelicensing");
    static final ListSpec ASSET_SOFTWARE = new ListSpec("AssetSoftware", "software", "read:assets");
}
