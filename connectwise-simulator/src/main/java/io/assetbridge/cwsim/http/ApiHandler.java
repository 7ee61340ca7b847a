package io.assetbridge.cwsim.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.assetbridge.cwsim.SimSettings;
import io.assetbridge.cwsim.data.Conditions;
import io.assetbridge.cwsim.data.CwData;
import io.assetbridge.cwsim.data.Rows.Company;
import io.assetbridge.cwsim.data.Rows.Site;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * ConnectWise's REST side: {@code GET /login/companyinfo/{companyId}} (no authentication) and everything under
 * {@code /{codebase}/apis/3.0/}, which needs a {@code clientId} header (400 without a registered one) and
 * {@code Authorization: Basic base64(companyId+publicKey:privateKey)} (401 otherwise). A path outside the
 * codebase gets the web server's HTML 404, as a wrong site or codebase would.
 */
public final class ApiHandler implements HttpHandler {

    private static final String COMPANY_INFO = "/login/companyinfo/";
    private static final String API = "/" + SimSettings.CODEBASE + "apis/3.0";

    private final SimSettings settings;
    private final CwData data;
    private final Counters counters;
    private final Faults faults;
    private final Listings listings;

    public ApiHandler(SimSettings settings, CwData data, Counters counters, Faults faults) {
        this.settings = settings;
        this.data = data;
        this.counters = counters;
        this.faults = faults;
        this.listings = new Listings(data);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            answer(exchange).send(exchange);
        } catch (RuntimeException e) {
            Reply.error(500, "InternalError", "The simulator failed: " + e).send(exchange);
        }
    }

    private Reply answer(HttpExchange exchange) {
        String path = exchange.getRequestURI().getPath();
        if (path.startsWith(COMPANY_INFO)) {
            counters.count("/login/companyinfo");
            faults.delay();
            return companyInfo(path.substring(COMPANY_INFO.length()));
        }
        if (!path.startsWith(API + "/")) {
            return Reply.notAnApi();
        }
        Optional<Endpoint> found = Endpoint.of(path.substring(API.length()));
        if (found.isEmpty()) {
            return Reply.error(404, "NotFound", "No resource at " + path.substring(API.length()) + ".");
        }
        Endpoint endpoint = found.get();
        counters.count(endpoint.counterName());
        faults.delay();
        if (!exchange.getRequestMethod().equals("GET")) {
            return Reply.error(405, "MethodNotAllowed", "The simulator serves GET only.");
        }
        var headers = exchange.getRequestHeaders();
        String clientId = headers.getFirst("clientId");
        if (clientId == null || !clientId.trim().equalsIgnoreCase(settings.clientId())) {
            return Reply.error(
                    400,
                    "InvalidClientId",
                    "A clientId header holding the integration's registered GUID is required (clientId).");
        }
        if (!authorised(headers.getFirst("Authorization"))) {
            return Reply.error(401, "Unauthorized", "Invalid credentials: the company, public key or private key.");
        }
        Optional<Faults.Refusal> refusal =
                faults.permission(endpoint.template()).or(faults::throttle);
        if (refusal.isPresent()) {
            Faults.Refusal r = refusal.get();
            Reply reply = Reply.error(r.status(), r.code(), r.message());
            return r.retryAfterSeconds() == null
                    ? reply
                    : reply.with("Retry-After", r.retryAfterSeconds().toString());
        }
        String host = Optional.ofNullable(headers.getFirst("Host")).orElse("127.0.0.1");
        String url = "http://" + host + path;
        boolean forwardOnly = "forward-only".equalsIgnoreCase(headers.getFirst("pagination-type"));
        return serve(endpoint, Params.of(exchange.getRequestURI().getRawQuery()), forwardOnly, url);
    }

    private Reply serve(Endpoint endpoint, Map<String, String> params, boolean forwardOnly, String url) {
        if (endpoint.template().equals("/system/info")) {
            return Reply.json(200, Json.object("version", "v2025.1.10431", "isCloud", true, "serverTimeZone", "UTC"));
        }
        Listing listing = listings.of(endpoint, faults.forwardOnly());
        if (endpoint.single()) {
            return listing.row(endpoint.id())
                    .map(row -> Reply.json(200, row))
                    .orElseGet(() -> Reply.error(404, "NotFound", "No record with id " + endpoint.id() + "."));
        }
        if (endpoint.count()) {
            try {
                Conditions conditions = Conditions.parse(Paging.param(params, "conditions"));
                return Reply.json(200, Json.object("count", listing.count(conditions)));
            } catch (IllegalArgumentException e) {
                return Reply.error(400, "InvalidObject", e.getMessage());
            }
        }
        return Paging.list(listing, params, forwardOnly, url);
    }

    private Reply companyInfo(String companyId) {
        if (!companyId.equalsIgnoreCase(settings.companyId())) {
            return Reply.error(404, "NotFound", "Company " + companyId + " was not found.");
        }
        return Reply.json(
                200,
                Json.object(
                        "CompanyName", "AssetBridge Simulated MSP",
                        "Codebase", SimSettings.CODEBASE,
                        "VersionCode", "v2025.1",
                        "VersionNumber", "v4.6.10431",
                        "CompanyID", settings.companyId(),
                        "IsCloud", true,
                        "SiteUrl", "127.0.0.1"));
    }

    private boolean authorised(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        String expected = settings.companyId().toLowerCase(Locale.ROOT) + "+" + settings.publicKey() + ":"
                + settings.privateKey();
        int plus = decoded.indexOf('+');
        return plus > 0
                && (decoded.substring(0, plus).toLowerCase(Locale.ROOT) + decoded.substring(plus)).equals(expected);
    }

    /** The listing behind each list endpoint. */
    private record Listings(CwData data) {

        Listing of(Endpoint endpoint, boolean forwardOnly) {
            return switch (endpoint.template()) {
                case "/company/companies" ->
                    Listing.of(
                            range(data.companyCount()),
                            id -> data.company(id).orElseThrow().lastUpdated(),
                            id -> RowJson.company(data.company(id).orElseThrow()));
                case "/company/configurations/types" ->
                    Listing.of(
                            range(data.typeCount()),
                            id -> data.type(id).orElseThrow().lastUpdated(),
                            id -> RowJson.type(data.type(id).orElseThrow()));
                case "/company/companies/{id}/sites" -> sites(endpoint.id());
                default -> new ConfigurationListing(data, forwardOnly);
            };
        }

        private Listing sites(int companyId) {
            Optional<Company> company = data.company(companyId);
            if (company.isEmpty()) {
                return Listing.of(new int[0], id -> null, id -> Map.of());
            }
            var sites = data.sites(companyId);
            return Listing.of(
                    sites.stream().mapToInt(Site::id).toArray(),
                    id -> company.get().lastUpdated(),
                    id -> RowJson.site(
                            sites.stream().filter(s -> s.id() == id).findFirst().orElseThrow(),
                            company.get().lastUpdated()));
        }

        private static int[] range(int count) {
            int[] ids = new int[count];
            for (int i = 0; i < count; i++) {
                ids[i] = i + 1;
            }
            return ids;
        }
    }
}
