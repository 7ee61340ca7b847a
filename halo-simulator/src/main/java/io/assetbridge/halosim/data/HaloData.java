package io.assetbridge.halosim.data;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

/**
 * The simulated Halo tenant's data: totals, lookups, lists and mutations. Generated records are
 * computed on demand from the seed; mutations are kept in small overlays, so memory does not grow
 * with the number of assets served. Thread-safe: reads never lock, mutations are serialised.
 */
public final class HaloData {

    private final DataShape shape;
    private final Clock clock;
    private final ReferenceData reference;
    private final AssetGenerator generator;
    private final AssetIndex index;
    private final RankedBits inactiveClients;
    private final RankedBits inactiveSites;
    private final RankedBits inactiveLicences;
    private final Overlay<AssetState> assetOverlay = new Overlay<>();
    private final Overlay<ClientState> clientOverlay = new Overlay<>();
    private final Overlay<SiteState> siteOverlay = new Overlay<>();
    private final AtomicInteger nextAssetId;
    private final AtomicInteger nextClientId;
    private final AtomicInteger mutations = new AtomicInteger();

    public HaloData(DataShape shape, Clock clock) {
        this.shape = shape;
        this.clock = clock;
        this.reference = new ReferenceData(shape);
        this.generator = new AssetGenerator(reference);
        this.index = new AssetIndex(generator, shape.assets(), shape.assetTypes(), shape.clients());
        this.inactiveClients =
                new RankedBits(shape.clients(), p -> reference.baseClient(p + 1).inactive());
        int sites = baseSiteCount();
        this.inactiveSites = new RankedBits(sites, p -> reference.site(p + 1).inactive());
        this.inactiveLicences =
                new RankedBits(shape.licences(), p -> !reference.licence(p + 1).active());
        this.nextAssetId = new AtomicInteger(shape.assets() + 1);
        this.nextClientId = new AtomicInteger(shape.clients() + 1);
    }

    public DataShape shape() {
        return shape;
    }

    // ---- totals --------------------------------------------------------------------------------

    /** Assets that exist, active or not (hard-deleted ones are gone). */
    public int totalAssets() {
        return countAssets(AssetQuery.all());
    }

    public int activeAssets() {
        return countAssets(AssetQuery.activeOnly());
    }

    public int inactiveAssets() {
        return countAssets(AssetQuery.all().withActivity(Activity.INACTIVE));
    }

    public int countAssets(AssetQuery query) {
        return assetListing(query).total();
    }

    public int totalClients() {
        return clientListing(Activity.BOTH, null).total();
    }

    public int activeClients() {
        return clientListing(Activity.ACTIVE, null).total();
    }

    public int totalSites() {
        return siteListing(null, Activity.BOTH, null).total();
    }

    public int activeSites() {
        return siteListing(null, Activity.ACTIVE, null).total();
    }

    public int totalAssetTypes() {
        return reference.assetTypes().size();
    }

    public int totalLicences() {
        return shape.licences();
    }

    public int activeLicences() {
        return licenceListing(Activity.ACTIVE).total();
    }

    /** How many mutations were applied since start. */
    public int mutationCount() {
        return mutations.get();
    }

    // ---- lookups -------------------------------------------------------------------------------

    public Optional<AssetState> asset(int id) {
        if (assetOverlay.touched(id)) {
            return Optional.ofNullable(assetOverlay.current(id));
        }
        return id >= 1 && id <= shape.assets() ? Optional.of(generator.asset(id)) : Optional.empty();
    }

    public Optional<ClientState> client(int id) {
        if (clientOverlay.touched(id)) {
            return Optional.ofNullable(clientOverlay.current(id));
        }
        return id >= 1 && id <= shape.clients() ? Optional.of(reference.baseClient(id)) : Optional.empty();
    }

    public Optional<SiteState> site(int id) {
        if (siteOverlay.touched(id)) {
            return Optional.ofNullable(siteOverlay.current(id));
        }
        return id >= 1 && id <= baseSiteCount() ? Optional.of(reference.site(id)) : Optional.empty();
    }

    public Optional<LicenceState> licence(int id) {
        return id >= 1 && id <= shape.licences() ? Optional.of(reference.licence(id)) : Optional.empty();
    }

    public List<AssetTypeInfo> assetTypes() {
        return reference.assetTypes();
    }

    public Optional<AssetTypeInfo> assetType(int id) {
        int i = reference.assetTypeIndex(id);
        return i < 0 ? Optional.empty() : Optional.of(reference.assetTypes().get(i));
    }

    /** The asset type ids, ascending. */
    public List<Integer> assetTypeIds() {
        return reference.assetTypes().stream().map(AssetTypeInfo::id).toList();
    }

    /** Site ids of a client, in order; the first is its "Main" site. */
    public List<Integer> siteIdsOfClient(int clientId) {
        return IntStream.range(0, shape.sitesPerClient())
                .map(slot -> reference.siteId(clientId, slot))
                .filter(id -> site(id).isPresent())
                .boxed()
                .toList();
    }

    public static String statusName(int statusId) {
        return ReferenceData.statusName(statusId);
    }

    public static String toplevelName(int toplevelId) {
        return ReferenceData.toplevelName(toplevelId);
    }

    /** Deterministic per-asset decoration (RMM ids etc.), a pure function of seed, id and salt. */
    public long assetDetailHash(int assetId, int salt) {
        return generator.detailHash(assetId, salt);
    }

    // ---- lists ---------------------------------------------------------------------------------

    public Page listAssets(AssetQuery query, int offset, int limit, boolean descending) {
        return assetListing(query).page(offset, limit, descending);
    }

    public Page listClients(Activity activity, LocalDateTime modifiedSince, int offset, int limit, boolean descending) {
        return clientListing(activity, modifiedSince).page(offset, limit, descending);
    }

    public Page listSites(
            Integer clientId,
            Activity activity,
            LocalDateTime modifiedSince,
            int offset,
            int limit,
            boolean descending) {
        return siteListing(clientId, activity, modifiedSince).page(offset, limit, descending);
    }

    public Page listLicences(Activity activity, int offset, int limit, boolean descending) {
        return licenceListing(activity).page(offset, limit, descending);
    }

    private MergedListing assetListing(AssetQuery q) {
        Integer typeIndex = q.assetTypeId() == null ? null : reference.assetTypeIndex(q.assetTypeId());
        IdRun run = index.run(typeIndex, q.clientId(), q.siteId(), q.activity());
        int minId = q.modifiedSince() == null
                ? 1
                : firstIdOnOrAfter(shape.assets(), reference::baseAssetDate, q.modifiedSince());
        return new MergedListing(run, minId, assetOverlay, id -> {
            AssetState a = assetOverlay.current(id);
            return a != null && q.matches(a);
        });
    }

    private MergedListing clientListing(Activity activity, LocalDateTime since) {
        IdRun run = IdRun.identity(1, shape.clients(), inactiveClients).with(activity);
        int minId = since == null ? 1 : firstIdOnOrAfter(shape.clients(), reference::baseClientDate, since);
        return new MergedListing(run, minId, clientOverlay, id -> {
            ClientState c = clientOverlay.current(id);
            return c != null
                    && activity.admits(c.inactive())
                    && (since == null || !c.lastUpdate().isBefore(since));
        });
    }

    private MergedListing siteListing(Integer clientId, Activity activity, LocalDateTime since) {
        IdRun run;
        if (clientId == null) {
            run = IdRun.identity(1, baseSiteCount(), inactiveSites);
        } else if (clientId >= 1 && clientId <= shape.clients()) {
            int first = reference.siteId(clientId, 0);
            run = IdRun.identity(
                    first,
                    shape.sitesPerClient(),
                    new RankedBits(
                            shape.sitesPerClient(),
                            p -> reference.site(first + p).inactive()));
        } else {
            run = IdRun.EMPTY;
        }
        int minId = since == null
                ? 1
                : firstIdOnOrAfter(baseSiteCount(), id -> reference.site(id).lastUpdate(), since);
        return new MergedListing(run.with(activity), minId, siteOverlay, id -> {
            SiteState s = siteOverlay.current(id);
            return s != null
                    && (clientId == null || s.clientId() == clientId)
                    && activity.admits(s.inactive())
                    && (since == null || !s.lastUpdate().isBefore(since));
        });
    }

    private MergedListing licenceListing(Activity activity) {
        return new MergedListing(
                IdRun.identity(1, shape.licences(), inactiveLicences).with(activity), 1, new Overlay<>(), id -> false);
    }

    /** Base dates grow with the id, so "modified since" is a lower id bound found by bisection. */
    private static int firstIdOnOrAfter(int count, IntFunction<LocalDateTime> dateOf, LocalDateTime since) {
        int lo = 1;
        int hi = count + 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (dateOf.apply(mid).isBefore(since)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private int baseSiteCount() {
        return shape.clients() * shape.sitesPerClient();
    }

    // ---- asset mutations -----------------------------------------------------------------------

    /** Adds an active asset of the given type at the client's main site; returns it. */
    public synchronized AssetState addAsset(int assetTypeId, int clientId) {
        AssetTypeInfo type =
                assetType(assetTypeId).orElseThrow(() -> new NoSuchElementException("No asset type " + assetTypeId));
        requireClient(clientId);
        int id = nextAssetId.getAndIncrement();
        AssetState a = generator.build(id, type, clientId, mainSite(clientId), false, now());
        assetOverlay.put(id, a);
        mutations.incrementAndGet();
        return a;
    }

    /** Applies an edit (the {@code withX} methods of {@link AssetState}) and bumps the last update. */
    public synchronized AssetState changeAsset(int id, UnaryOperator<AssetState> edit) {
        AssetState before = requireAsset(id);
        AssetState after = edit.apply(before);
        if (after.id() != id) {
            throw new IllegalArgumentException("An edit cannot change the asset id");
        }
        assetType(after.assetTypeId())
                .orElseThrow(() -> new IllegalArgumentException("No asset type " + after.assetTypeId()));
        requireClient(after.clientId());
        SiteState site = site(after.siteId()).orElse(null);
        AssetState placed = after;
        if (site == null || site.clientId() != after.clientId()) {
            // Halo keeps an asset's site within its client: moving client lands on the main site.
            placed = after.withLocation(after.clientId(), mainSite(after.clientId()));
        }
        AssetState stamped = placed.withLastUpdate(now());
        assetOverlay.put(id, stamped);
        mutations.incrementAndGet();
        return stamped;
    }

    /**
     * Changes one field by its Halo-ish name: {@code name} (key_field), {@code inventory_number},
     * {@code username}, {@code serial} / {@code serial_number}, {@code model}, {@code manufacturer},
     * {@code assettype_id}, {@code client_id}, {@code site_id}, {@code warranty_end} (a date or "").
     */
    public AssetState changeAsset(int id, String field, String value) {
        String v = value == null ? "" : value;
        UnaryOperator<AssetState> edit = switch (field.toLowerCase(Locale.ROOT)) {
            case "name", "key_field" -> a -> a.withName(v);
            case "inventory_number" -> a -> a.withInventoryNumber(v);
            case "username" -> a -> a.withUsername(v);
            case "serial", "serial_number", "serial number" -> a -> a.withSerialNumber(v);
            case "model" -> a -> a.withModel(v);
            case "manufacturer" -> a -> a.withManufacturer(v);
            case "assettype_id" -> a -> a.withAssetTypeId(Integer.parseInt(v));
            case "client_id" -> a -> a.withLocation(Integer.parseInt(v), -1);
            case "site_id" ->
                a -> {
                    int siteId = Integer.parseInt(v);
                    SiteState s = site(siteId).orElseThrow(() -> new NoSuchElementException("No site " + siteId));
                    return a.withLocation(s.clientId(), siteId);
                };
            case "warranty_end" -> a -> a.withWarrantyEnd(v.isEmpty() ? null : LocalDate.parse(v.substring(0, 10)));
            case "inactive" -> a -> a.withInactive(Boolean.parseBoolean(v), a.lastUpdate());
            default -> throw new IllegalArgumentException("Unknown asset field: " + field);
        };
        return changeAsset(id, edit);
    }

    public synchronized AssetState deactivateAsset(int id) {
        return changeAsset(id, a -> a.withInactive(true, a.lastUpdate()));
    }

    public synchronized AssetState activateAsset(int id) {
        return changeAsset(id, a -> a.withInactive(false, a.lastUpdate()));
    }

    /** Removes the asset for good; Halo lists no deleted assets, so syncs must notice the gap. */
    public synchronized void hardDeleteAsset(int id) {
        requireAsset(id);
        assetOverlay.delete(id);
        mutations.incrementAndGet();
    }

    /** Touches the asset: only its last-update time changes. */
    public synchronized AssetState bumpLastUpdate(int id) {
        return changeAsset(id, UnaryOperator.identity());
    }

    // ---- client mutations ----------------------------------------------------------------------

    /** Adds an active client with {@code sitesPerClient} new sites; returns it. */
    public synchronized ClientState addClient(String name) {
        int id = nextClientId.getAndIncrement();
        LocalDateTime now = now();
        ClientState c = new ClientState(id, name, false, 1, now);
        clientOverlay.put(id, c);
        for (int slot = 0; slot < shape.sitesPerClient(); slot++) {
            SiteState s = reference.site(reference.siteId(id, slot));
            siteOverlay.put(s.id(), new SiteState(s.id(), id, s.name(), false, s.stockLocation(), now));
        }
        mutations.incrementAndGet();
        return c;
    }

    public synchronized ClientState changeClient(int id, UnaryOperator<ClientState> edit) {
        ClientState after = edit.apply(requireClient(id)).withLastUpdate(now());
        if (after.id() != id) {
            throw new IllegalArgumentException("An edit cannot change the client id");
        }
        clientOverlay.put(id, after);
        mutations.incrementAndGet();
        return after;
    }

    /** Changes {@code name} or {@code inactive} of a client. */
    public ClientState changeClient(int id, String field, String value) {
        return switch (field.toLowerCase(Locale.ROOT)) {
            case "name" -> changeClient(id, c -> c.withName(value));
            case "inactive" -> changeClient(id, c -> c.withInactive(Boolean.parseBoolean(value)));
            default -> throw new IllegalArgumentException("Unknown client field: " + field);
        };
    }

    public ClientState renameClient(int id, String name) {
        return changeClient(id, c -> c.withName(name));
    }

    public ClientState deactivateClient(int id) {
        return changeClient(id, c -> c.withInactive(true));
    }

    public ClientState activateClient(int id) {
        return changeClient(id, c -> c.withInactive(false));
    }

    public ClientState bumpClientLastUpdate(int id) {
        return changeClient(id, UnaryOperator.identity());
    }

    /** Deletes the client and its sites. Its assets stay, still pointing at the old client id. */
    public synchronized void hardDeleteClient(int id) {
        requireClient(id);
        clientOverlay.delete(id);
        for (int slot = 0; slot < shape.sitesPerClient(); slot++) {
            siteOverlay.delete(reference.siteId(id, slot));
        }
        mutations.incrementAndGet();
    }

    // ---- helpers -------------------------------------------------------------------------------

    private AssetState requireAsset(int id) {
        return asset(id).orElseThrow(() -> new NoSuchElementException("No asset " + id));
    }

    private ClientState requireClient(int id) {
        return client(id).orElseThrow(() -> new NoSuchElementException("No client " + id));
    }

    private int mainSite(int clientId) {
        return reference.siteId(clientId, 0);
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }
}
