package io.assetbridge.halosim.data;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates the small tables (asset types, clients, sites, licences) as pure functions of the
 * seed and the id, and holds the lookups the asset generator needs (weights, base dates).
 */
final class ReferenceData {

    static final int STATUS_ACTIVE = 1;
    static final int STATUS_IN_STOCK = 2;
    static final int STATUS_RETIRED = 3;

    /** Asset type ids start here so code that confuses a type id with an index fails visibly. */
    static final int FIRST_ASSET_TYPE_ID = 101;

    private static final long SALT_CLIENT_INACTIVE = 11;
    private static final long SALT_CLIENT_TOPLEVEL = 12;
    private static final long SALT_SITE_INACTIVE = 21;
    private static final long SALT_SITE_STOCK = 22;
    private static final long SALT_LICENCE = 31;
    private static final long SALT_DATE_JITTER = 41;

    private static final LocalDateTime CLIENTS_FROM = LocalDateTime.of(2018, 1, 1, 8, 0);
    private static final LocalDateTime ASSETS_FROM = LocalDateTime.of(2019, 1, 1, 0, 0);
    /** Generated data ends here, before any clock the simulator runs on. */
    static final LocalDateTime GENERATED_UNTIL = LocalDateTime.of(2025, 6, 30, 0, 0);

    private final DataShape shape;
    private final List<AssetTypeInfo> assetTypes;

    ReferenceData(DataShape shape) {
        this.shape = shape;
        this.assetTypes = buildAssetTypes(shape.assetTypes());
    }

    DataShape shape() {
        return shape;
    }

    List<AssetTypeInfo> assetTypes() {
        return assetTypes;
    }

    /** Dense index of an asset type id, or -1. */
    int assetTypeIndex(int assetTypeId) {
        int i = assetTypeId - FIRST_ASSET_TYPE_ID;
        return i >= 0 && i < assetTypes.size() ? i : -1;
    }

    static int manufacturerId(String name) {
        int i = Catalogue.MANUFACTURERS.indexOf(name);
        return i < 0 ? 0 : i + 1;
    }

    static String statusName(int statusId) {
        return switch (statusId) {
            case STATUS_ACTIVE -> "Active";
            case STATUS_IN_STOCK -> "In Stock";
            case STATUS_RETIRED -> "Retired";
            default -> "";
        };
    }

    // ---- clients -------------------------------------------------------------------------------

    ClientState baseClient(int id) {
        int n = Catalogue.CLIENTS.length;
        int idx = id - 1;
        int rotation = Mix.below(Mix.hash(shape.seed(), 1, 0), n);
        String name = Catalogue.CLIENTS[(idx + rotation) % n];
        if (idx >= n) {
            name = name + " " + (idx / n + 1);
        }
        // Client 1 stays active: it plays the MSP's own organisation in demos.
        boolean inactive =
                id > 1 && Mix.unit(Mix.hash(shape.seed(), SALT_CLIENT_INACTIVE, id)) < shape.inactiveRatio() / 2;
        int toplevel = 1 + Mix.below(Mix.hash(shape.seed(), SALT_CLIENT_TOPLEVEL, id), 3);
        return new ClientState(id, name, inactive, toplevel, spreadDate(CLIENTS_FROM, id, shape.clients(), 7));
    }

    /** The generated name, also for ids of added clients; renames do not reach asset names. */
    String baseClientName(int id) {
        return id >= 1 && id <= shape.clients() ? baseClient(id).name() : "New Client " + id;
    }

    static String toplevelName(int toplevelId) {
        return toplevelId > 0 && toplevelId < Catalogue.TOP_LEVELS.length ? Catalogue.TOP_LEVELS[toplevelId] : "";
    }

    // ---- sites ---------------------------------------------------------------------------------

    int clientOfSite(int siteId) {
        return (siteId - 1) / shape.sitesPerClient() + 1;
    }

    int siteId(int clientId, int slot) {
        return (clientId - 1) * shape.sitesPerClient() + slot + 1;
    }

    /** Site of any client id, base or added: sites are arithmetic in the client id. */
    SiteState site(int siteId) {
        int perClient = shape.sitesPerClient();
        int clientId = clientOfSite(siteId);
        int slot = (siteId - 1) % perClient;
        boolean stock = perClient > 1
                && slot == perClient - 1
                && Mix.below(Mix.hash(shape.seed(), SALT_SITE_STOCK, siteId), 3) == 0;
        String name;
        if (slot == 0) {
            name = "Main";
        } else if (stock) {
            name = "Stock Room";
        } else {
            name = Catalogue.SITES[(slot - 1 + clientId) % Catalogue.SITES.length];
        }
        boolean inactive =
                slot != 0 && Mix.unit(Mix.hash(shape.seed(), SALT_SITE_INACTIVE, siteId)) < shape.inactiveRatio() / 3;
        int baseSites = shape.clients() * perClient;
        return new SiteState(
                siteId,
                clientId,
                name,
                inactive,
                stock,
                spreadDate(CLIENTS_FROM, Math.min(siteId, baseSites), Math.max(1, baseSites), 9));
    }

    // ---- licences ------------------------------------------------------------------------------

    LicenceState licence(int id) {
        long h = Mix.hash(shape.seed(), SALT_LICENCE, id);
        Catalogue.LicenceTemplate t = Catalogue.LICENCES.get(Mix.below(h, Catalogue.LICENCES.size()));
        int clientId = 1 + Mix.below(Mix.splitMix(h + 1), shape.clients());
        int count = 5 + Mix.below(Mix.splitMix(h + 2), 496);
        int inUse = Mix.below(Mix.splitMix(h + 3), count + 1);
        LocalDate start = LocalDate.of(2020, 1, 1).plusDays(Mix.below(Mix.splitMix(h + 4), 1900));
        boolean perpetual = Mix.below(Mix.splitMix(h + 5), 5) == 0;
        LocalDate end = perpetual ? null : start.plusYears(1 + Mix.below(Mix.splitMix(h + 6), 3));
        boolean active = Mix.unit(Mix.splitMix(h + 7)) >= shape.inactiveRatio();
        return new LicenceState(
                id,
                t.name(),
                t.manufacturer(),
                t.vendor(),
                clientId,
                count,
                inUse,
                start,
                end,
                active,
                perpetual ? 1 : 0);
    }

    // ---- dates ---------------------------------------------------------------------------------

    /**
     * Base last-update of record {@code id} out of {@code count}: spread from {@code from} to
     * {@link #GENERATED_UNTIL} and non-decreasing in the id, so "modified since" is an id bound.
     */
    LocalDateTime spreadDate(LocalDateTime from, int id, int count, long salt) {
        long spanMillis = Duration.between(from, GENERATED_UNTIL).toMillis();
        long step = Math.max(1, spanMillis / Math.max(1, count));
        long jitter = Mix.hash(shape.seed(), SALT_DATE_JITTER + salt, id) >>> 1;
        long offset = (long) (id - 1) * step + jitter % step;
        return from.plusNanos(Math.min(offset, spanMillis - 1) * 1_000_000);
    }

    LocalDateTime baseAssetDate(int id) {
        return spreadDate(ASSETS_FROM, id, shape.assets(), 0);
    }

    LocalDateTime baseClientDate(int id) {
        return spreadDate(CLIENTS_FROM, id, shape.clients(), 7);
    }

    private List<AssetTypeInfo> buildAssetTypes(int count) {
        List<AssetTypeInfo> types = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int id = FIRST_ASSET_TYPE_ID + i;
            if (i < Catalogue.TYPES.size()) {
                Catalogue.TypeTemplate t = Catalogue.TYPES.get(i);
                types.add(new AssetTypeInfo(
                        id,
                        t.name(),
                        t.groupId(),
                        Catalogue.GROUPS[t.groupId()],
                        t.tagPrefix(),
                        t.manufacturers(),
                        t.models(),
                        t.weight()));
            } else {
                types.add(new AssetTypeInfo(
                        id,
                        "Equipment Type " + (i + 1),
                        6,
                        Catalogue.GROUPS[6],
                        "EQ" + (i + 1),
                        List.of("Generic"),
                        List.of("Model " + (i + 1) + "-A"),
                        1));
            }
        }
        return List.copyOf(types);
    }
}
