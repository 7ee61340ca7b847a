package io.assetbridge.halosim;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the simulator can be configured with. Immutable: every {@code withX} returns a copy, so
 * {@code SimulatorSettings.defaults().withAssets(5000).withClients(40)} reads like a sentence and
 * a settings object can be shared between tests safely.
 */
public final class SimulatorSettings {

    /** Every Halo permission the connector may ask for; the default application holds all of them. */
    public static final List<String> CONNECTOR_PERMISSIONS =
            List.of("read:assets", "read:customers", "read:software", "read:softwarelicensing");

    private int port = 0;
    private String bindAddress = "127.0.0.1";
    private int assets = 5_000;
    private int clients = 40;
    private int sitesPerClient = 3;
    private int assetTypes = 10;
    private int licences = 200;
    private double inactiveRatio = 0.1;
    private long seed = 1;
    private String tenant = "assetbridge";
    private boolean requireTenant = false;
    private String clientId = "assetbridge-client";
    private String clientSecret = "s3cr3t-halo-simulator-demo";
    private List<String> permissions = CONNECTOR_PERMISSIONS;
    private boolean refuseUnpermittedScopes = false;
    private long tokenTtlSeconds = 3600;
    private boolean oneTokenPerClient = false;
    private int rateLimit = 0;
    private long rateWindowSeconds = 300;
    private boolean retryAfter = false;
    private boolean modifiedSinceFilter = false;
    private boolean pageFields = false;
    private int threads = 16;
    private SimulatorClock clock = SimulatorClock.system();

    private SimulatorSettings() {}

    public static SimulatorSettings defaults() {
        return new SimulatorSettings();
    }

    private SimulatorSettings copy() {
        SimulatorSettings c = new SimulatorSettings();
        c.port = port;
        c.bindAddress = bindAddress;
        c.assets = assets;
        c.clients = clients;
        c.sitesPerClient = sitesPerClient;
        c.assetTypes = assetTypes;
        c.licences = licences;
        c.inactiveRatio = inactiveRatio;
        c.seed = seed;
        c.tenant = tenant;
        c.requireTenant = requireTenant;
        c.clientId = clientId;
        c.clientSecret = clientSecret;
        c.permissions = permissions;
        c.refuseUnpermittedScopes = refuseUnpermittedScopes;
        c.tokenTtlSeconds = tokenTtlSeconds;
        c.oneTokenPerClient = oneTokenPerClient;
        c.rateLimit = rateLimit;
        c.rateWindowSeconds = rateWindowSeconds;
        c.retryAfter = retryAfter;
        c.modifiedSinceFilter = modifiedSinceFilter;
        c.pageFields = pageFields;
        c.threads = threads;
        c.clock = clock;
        return c;
    }

    // ---- withers -------------------------------------------------------------------------------

    /** 0 picks a free port. */
    public SimulatorSettings withPort(int port) {
        SimulatorSettings c = copy();
        c.port = requireRange("port", port, 0, 65535);
        return c;
    }

    public SimulatorSettings withBindAddress(String bindAddress) {
        SimulatorSettings c = copy();
        c.bindAddress = Objects.requireNonNull(bindAddress);
        return c;
    }

    public SimulatorSettings withAssets(int assets) {
        SimulatorSettings c = copy();
        c.assets = requireRange("assets", assets, 0, 50_000_000);
        return c;
    }

    public SimulatorSettings withClients(int clients) {
        SimulatorSettings c = copy();
        c.clients = requireRange("clients", clients, 1, 10_000_000);
        return c;
    }

    public SimulatorSettings withSitesPerClient(int sitesPerClient) {
        SimulatorSettings c = copy();
        c.sitesPerClient = requireRange("sites-per-client", sitesPerClient, 1, 1000);
        return c;
    }

    public SimulatorSettings withAssetTypes(int assetTypes) {
        SimulatorSettings c = copy();
        c.assetTypes = requireRange("asset-types", assetTypes, 1, 10_000);
        return c;
    }

    public SimulatorSettings withLicences(int licences) {
        SimulatorSettings c = copy();
        c.licences = requireRange("licences", licences, 0, 10_000_000);
        return c;
    }

    public SimulatorSettings withInactiveRatio(double inactiveRatio) {
        if (!(inactiveRatio >= 0 && inactiveRatio <= 1)) {
            throw new IllegalArgumentException("inactive-ratio must be between 0 and 1: " + inactiveRatio);
        }
        SimulatorSettings c = copy();
        c.inactiveRatio = inactiveRatio;
        return c;
    }

    public SimulatorSettings withSeed(long seed) {
        SimulatorSettings c = copy();
        c.seed = seed;
        return c;
    }

    /** An empty tenant means the token endpoint ignores {@code ?tenant=}. */
    public SimulatorSettings withTenant(String tenant) {
        SimulatorSettings c = copy();
        c.tenant = tenant == null ? "" : tenant;
        return c;
    }

    /** Shared-auth-host behaviour: a token request without {@code ?tenant=} is refused with 400. */
    public SimulatorSettings withRequireTenant(boolean requireTenant) {
        SimulatorSettings c = copy();
        c.requireTenant = requireTenant;
        return c;
    }

    public SimulatorSettings withClientId(String clientId) {
        SimulatorSettings c = copy();
        c.clientId = requireText("client-id", clientId);
        return c;
    }

    public SimulatorSettings withClientSecret(String clientSecret) {
        SimulatorSettings c = copy();
        c.clientSecret = requireText("client-secret", clientSecret);
        return c;
    }

    /** The permissions the API application holds, e.g. {@code "read:assets", "read:customers"}. */
    public SimulatorSettings withPermissions(String... permissions) {
        return withPermissions(Arrays.asList(permissions));
    }

    public SimulatorSettings withPermissions(List<String> permissions) {
        List<String> cleaned = new ArrayList<>();
        for (String p : permissions) {
            for (String part : p.trim().split("[\\s,]+")) {
                if (!part.isEmpty() && !cleaned.contains(part)) {
                    cleaned.add(part);
                }
            }
        }
        SimulatorSettings c = copy();
        c.permissions = List.copyOf(cleaned);
        return c;
    }

    /** Refuse a requested-but-not-permitted scope with 400 invalid_scope instead of leaving it out. */
    public SimulatorSettings withRefuseUnpermittedScopes(boolean refuse) {
        SimulatorSettings c = copy();
        c.refuseUnpermittedScopes = refuse;
        return c;
    }

    public SimulatorSettings withTokenTtl(Duration ttl) {
        return withTokenTtlSeconds(ttl.toSeconds());
    }

    public SimulatorSettings withTokenTtlSeconds(long seconds) {
        if (seconds < 1) {
            throw new IllegalArgumentException("token-ttl must be at least 1 second: " + seconds);
        }
        SimulatorSettings c = copy();
        c.tokenTtlSeconds = seconds;
        return c;
    }

    /** Issuing a token invalidates earlier tokens of the same client (a suspected Halo behaviour). */
    public SimulatorSettings withOneTokenPerClient(boolean oneTokenPerClient) {
        SimulatorSettings c = copy();
        c.oneTokenPerClient = oneTokenPerClient;
        return c;
    }

    /** At most {@code requests} per rolling {@code windowSeconds}; 0 requests disables the limit. */
    public SimulatorSettings withRateLimit(int requests, long windowSeconds) {
        SimulatorSettings c = copy();
        c.rateLimit = requireRange("rate-limit", requests, 0, Integer.MAX_VALUE);
        if (windowSeconds < 1) {
            throw new IllegalArgumentException("window must be at least 1 second: " + windowSeconds);
        }
        c.rateWindowSeconds = windowSeconds;
        return c;
    }

    public SimulatorSettings withRateLimit(int requests) {
        return withRateLimit(requests, rateWindowSeconds);
    }

    public SimulatorSettings withoutRateLimit() {
        return withRateLimit(0, rateWindowSeconds);
    }

    /** Send {@code Retry-After} with 429s (real Halo is not known to). */
    public SimulatorSettings withRetryAfter(boolean retryAfter) {
        SimulatorSettings c = copy();
        c.retryAfter = retryAfter;
        return c;
    }

    /** Honour {@code lastupdatefromdate} on assets, clients and sites (unverified on real Halo). */
    public SimulatorSettings withModifiedSinceFilter(boolean enabled) {
        SimulatorSettings c = copy();
        c.modifiedSinceFilter = enabled;
        return c;
    }

    /** Add {@code page_no} and {@code page_size} to paged list bodies, as newer Halo versions do. */
    public SimulatorSettings withPageFields(boolean pageFields) {
        SimulatorSettings c = copy();
        c.pageFields = pageFields;
        return c;
    }

    /** Worker threads, which also bound how many requests are served concurrently. */
    public SimulatorSettings withThreads(int threads) {
        SimulatorSettings c = copy();
        c.threads = requireRange("threads", threads, 1, 1024);
        return c;
    }

    public SimulatorSettings withClock(SimulatorClock clock) {
        SimulatorSettings c = copy();
        c.clock = Objects.requireNonNull(clock);
        return c;
    }

    // ---- accessors -----------------------------------------------------------------------------

    public int port() {
        return port;
    }

    public String bindAddress() {
        return bindAddress;
    }

    public int assets() {
        return assets;
    }

    public int clients() {
        return clients;
    }

    public int sitesPerClient() {
        return sitesPerClient;
    }

    public int assetTypes() {
        return assetTypes;
    }

    public int licences() {
        return licences;
    }

    public double inactiveRatio() {
        return inactiveRatio;
    }

    public long seed() {
        return seed;
    }

    public String tenant() {
        return tenant;
    }

    public boolean requireTenant() {
        return requireTenant;
    }

    public String clientId() {
        return clientId;
    }

    public String clientSecret() {
        return clientSecret;
    }

    public List<String> permissions() {
        return permissions;
    }

    public boolean refuseUnpermittedScopes() {
        return refuseUnpermittedScopes;
    }

    public long tokenTtlSeconds() {
        return tokenTtlSeconds;
    }

    public boolean oneTokenPerClient() {
        return oneTokenPerClient;
    }

    public int rateLimit() {
        return rateLimit;
    }

    public long rateWindowSeconds() {
        return rateWindowSeconds;
    }

    public boolean retryAfter() {
        return retryAfter;
    }

    public boolean modifiedSinceFilter() {
        return modifiedSinceFilter;
    }

    public boolean pageFields() {
        return pageFields;
    }

    public int threads() {
        return threads;
    }

    public SimulatorClock clock() {
        return clock;
    }

    /** True when both settings generate the same data set (so a reconfigure keeps mutations). */
    public boolean sameDataShape(SimulatorSettings other) {
        return assets == other.assets
                && clients == other.clients
                && sitesPerClient == other.sitesPerClient
                && assetTypes == other.assetTypes
                && licences == other.licences
                && inactiveRatio == other.inactiveRatio
                && seed == other.seed;
    }

    /**
     * Every setting with its value in flag order, for the start-up banner and {@code /_sim/summary}.
     * The client secret is included only when asked: it is a demo fixture, printed once at start.
     */
    public Map<String, String> describe(boolean includeSecret) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("port", Integer.toString(port));
        m.put("bind", bindAddress);
        m.put("assets", Integer.toString(assets));
        m.put("clients", Integer.toString(clients));
        m.put("sites-per-client", Integer.toString(sitesPerClient));
        m.put("asset-types", Integer.toString(assetTypes));
        m.put("licences", Integer.toString(licences));
        m.put("inactive-ratio", Double.toString(inactiveRatio));
        m.put("seed", Long.toString(seed));
        m.put("tenant", tenant);
        m.put("require-tenant", Boolean.toString(requireTenant));
        m.put("client-id", clientId);
        m.put("client-secret", includeSecret ? clientSecret : "(hidden)");
        m.put("permissions", String.join(" ", permissions));
        m.put("refuse-unpermitted-scopes", Boolean.toString(refuseUnpermittedScopes));
        m.put("token-ttl", Long.toString(tokenTtlSeconds));
        m.put("one-token-per-client", Boolean.toString(oneTokenPerClient));
        m.put("rate-limit", rateLimit == 0 ? "off" : Integer.toString(rateLimit));
        m.put("window", Long.toString(rateWindowSeconds));
        m.put("retry-after", Boolean.toString(retryAfter));
        m.put("modified-since-filter", Boolean.toString(modifiedSinceFilter));
        m.put("page-fields", Boolean.toString(pageFields));
        m.put("threads", Integer.toString(threads));
        m.put("clock", clock.toString());
        return m;
    }

    @Override
    public String toString() {
        return "SimulatorSettings" + describe(false);
    }

    private static int requireRange(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ": " + value);
        }
        return value;
    }

    private static String requireText(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        return value;
    }
}
