package io.assetbridge.halosim.http;

import com.sun.net.httpserver.HttpExchange;
import io.assetbridge.halosim.SimulatorSettings;
import io.assetbridge.halosim.auth.Scopes;
import io.assetbridge.halosim.auth.TokenService;
import io.assetbridge.halosim.data.Activity;
import io.assetbridge.halosim.data.AssetQuery;
import io.assetbridge.halosim.data.AssetTypeInfo;
import io.assetbridge.halosim.data.HaloData;
import io.assetbridge.halosim.data.HaloDates;
import io.assetbridge.halosim.data.InstalledSoftware;
import io.assetbridge.halosim.data.Page;
import io.assetbridge.halosim.faults.Faults;
import io.assetbridge.halosim.json.JsonWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The Halo resources under {@code /api/}: bearer check (401), permission check (403), then lists
 * paged exactly as Halo pages them and single records as bare objects.
 */
final class ApiEndpoints {

    /** Halo serves at most this many rows per page whatever {@code page_size} says. */
    static final int PAGE_CAP = 100;

    static final int DEFAULT_PAGE_SIZE = 50;
    /** Unpaged lists longer than this are streamed instead of buffered, to keep memory flat. */
    private static final int STREAM_THRESHOLD = 1000;

    private final Supplier<HaloData> data;
    private final Supplier<SimulatorSettings> settings;
    private final TokenService tokens;
    private final Faults faults;

    ApiEndpoints(Supplier<HaloData> data, Supplier<SimulatorSettings> settings, TokenService tokens, Faults faults) {
        this.data = data;
        this.settings = settings;
        this.tokens = tokens;
        this.faults = faults;
    }

    /** A list the paging code can slice and render without knowing what it holds. */
    private interface Listing {
        Page page(int offset, int limit, boolean descending);

        void render(JsonWriter w, int id);
    }

    void handle(HttpExchange ex, Route route, Reply reply) throws IOException {
        if (route.resource() != null && route.resource().equals("AuthInfo")) {
            authInfo(ex, reply);
            return;
        }
        Optional<TokenService.Token> token = tokens.check(bearer(ex));
        if (token.isEmpty()) {
            reply.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            reply.empty(401);
            return;
        }
        if (route.resource() == null) {
            reply.html(
                    404,
                    Reply.htmlPage(
                            "404 - File or directory not found.",
                            "The resource you are looking for might have been removed or is temporarily unavailable."));
            return;
        }
        if (!ex.getRequestMethod().equalsIgnoreCase("GET")) {
            reply.json(
                    405,
                    JsonWriter.object(w -> w.field(
                            "Message",
                            "The requested resource does not support http method '" + ex.getRequestMethod() + "'.")));
            return;
        }
        String needed = permissionFor(route.resource());
        boolean allowed = route.resource().equals("SoftwareLicence")
                ? Scopes.covers(token.get().scopes(), Scopes.READ_SOFTWARE)
                        || Scopes.covers(token.get().scopes(), Scopes.READ_SOFTWARE_LICENSING)
                : Scopes.covers(token.get().scopes(), needed);
        if (!allowed) {
            String wanted = route.resource().equals("SoftwareLicence")
                    ? "'" + Scopes.READ_SOFTWARE + "' or '" + Scopes.READ_SOFTWARE_LICENSING + "'"
                    : "'" + needed + "'";
            reply.json(
                    403,
                    JsonWriter.object(w -> w.field("ClassName", "System.UnauthorizedAccessException")
                            .field(
                                    "Message",
                                    "You do not have permission to access " + route.resource()
                                            + ". The API application needs the " + wanted + " permission.")));
            return;
        }
        Params p = Params.parse(ex.getRequestURI().getRawQuery());
        try {
            if (route.id() == null) {
                list(ex, route.resource(), p, reply);
            } else {
                single(route.resource(), route.id(), p, reply);
            }
        } catch (Params.BadParameter e) {
            // ASP.NET model-state dictionary, one of Halo's several 400 shapes.
            reply.json(
                    400,
                    JsonWriter.object(w ->
                            w.name(e.name).beginArray().value(e.getMessage()).endArray()));
        }
    }

    private static String permissionFor(String resource) {
        return switch (resource) {
            case "Asset", "AssetType", "AssetSoftware" -> Scopes.READ_ASSETS;
            case "Client", "Site" -> Scopes.READ_CUSTOMERS;
            default -> Scopes.READ_SOFTWARE_LICENSING;
        };
    }

    // ---- lists ---------------------------------------------------------------------------------

    private void list(HttpExchange ex, String resource, Params p, Reply reply) throws IOException {
        HaloData d = data.get();
        if (resource.equals("AssetType")) {
            assetTypes(d, p, reply);
            return;
        }
        Activity activity = activity(p);
        LocalDateTime since = modifiedSince(p, resource);
        Listing listing;
        String key;
        switch (resource) {
            case "Asset" -> {
                Integer typeId = p.integer("assettype_id");
                AssetQuery q = new AssetQuery(typeId, p.integer("client_id"), p.integer("site_id"), activity, since);
                // Halo adds fields[] only when the list is also filtered by asset type.
                boolean withFields = p.bool("includeassetfields", false) && typeId != null;
                AssetJson json = new AssetJson(d);
                listing = new Listing() {
                    public Page page(int offset, int limit, boolean desc) {
                        return d.listAssets(q, offset, limit, desc);
                    }

                    public void render(JsonWriter w, int id) {
                        d.asset(id).ifPresent(a -> json.write(w, a, withFields, false));
                    }
                };
                key = "assets";
            }
            case "Client" -> {
                DirectoryJson json = new DirectoryJson(d);
                listing = new Listing() {
                    public Page page(int offset, int limit, boolean desc) {
                        return d.listClients(activity, since, offset, limit, desc);
                    }

                    public void render(JsonWriter w, int id) {
                        d.client(id).ifPresent(c -> json.writeClient(w, c, false));
                    }
                };
                key = "clients";
            }
            case "AssetSoftware" -> {
                listing = installedSoftware(d, p.integer("device_id"));
                key = "software";
            }
            case "Site" -> {
                Integer clientId = p.integer("client_id");
                DirectoryJson json = new DirectoryJson(d);
                listing = new Listing() {
                    public Page page(int offset, int limit, boolean desc) {
                        return d.listSites(clientId, activity, since, offset, limit, desc);
                    }

                    public void render(JsonWriter w, int id) {
                        d.site(id).ifPresent(s -> json.writeSite(w, s, false));
                    }
                };
                key = "sites";
            }
            default -> {
                DirectoryJson json = new DirectoryJson(d);
                listing = new Listing() {
                    public Page page(int offset, int limit, boolean desc) {
                        return d.listLicences(activity, offset, limit, desc);
                    }

                    public void render(JsonWriter w, int id) {
                        d.licence(id).ifPresent(l -> json.writeLicence(w, l));
                    }
                };
                key = "licences";
            }
        }
        boolean descending = p.bool("orderdesc", false);
        if (p.bool("pageinate", false)) {
            paged(resource, key, listing, p, descending, reply);
        } else {
            unpaged(resource, key, listing, p, descending, reply);
        }
    }

    /** The software installed on one asset; without {@code device_id}, none (Halo lists per device). */
    private static Listing installedSoftware(HaloData d, Integer deviceId) {
        int[] ids = deviceId == null || d.asset(deviceId).isEmpty() ? new int[0] : InstalledSoftware.idsOf(deviceId);
        return new Listing() {
            public Page page(int offset, int limit, boolean desc) {
                int from = Math.min(offset, ids.length);
                int to = Math.min(ids.length, from + limit);
                int[] slice = Arrays.copyOfRange(ids, from, to);
                return new Page(ids.length, slice);
            }

            public void render(JsonWriter w, int id) {
                w.beginObject();
                w.field("id", id);
                w.field("name", InstalledSoftware.name(id));
                w.field("publisher", InstalledSoftware.publisher(id));
                w.field("version", InstalledSoftware.version(id));
                w.field("device_id", deviceId);
                w.endObject();
            }
        };
    }

    private void paged(String resource, String key, Listing listing, Params p, boolean descending, Reply reply)
            throws IOException {
        int requestedSize = p.integer("page_size", DEFAULT_PAGE_SIZE);
        int size = requestedSize < 1 ? DEFAULT_PAGE_SIZE : Math.min(requestedSize, PAGE_CAP);
        int total = listing.page(0, 0, descending).total();
        int lastPage = Math.max(1, (total + size - 1) / size);
        // Past the end Halo serves the last page again rather than an empty one.
        int pageNo = Math.min(Math.max(1, p.integer("page_no", 1)), lastPage);
        Page page = listing.page((pageNo - 1) * size, size, descending);
        StringBuilder sb = new StringBuilder(page.ids().length * 3000 + 64);
        JsonWriter w = new JsonWriter(sb);
        w.beginObject();
        if (settings.get().pageFields()) {
            w.field("page_no", pageNo);
            w.field("page_size", size);
        }
        w.field("record_count", page.total());
        w.name(key).beginArray();
        for (int id : page.ids()) {
            listing.render(w, id);
        }
        w.endArray().endObject();
        sendJson(resource, pageNo, sb.toString(), reply);
    }

    private void unpaged(String resource, String key, Listing listing, Params p, boolean descending, Reply reply)
            throws IOException {
        int total = listing.page(0, 0, descending).total();
        Integer count = p.integer("count");
        int rows = count == null ? total : Math.max(0, Math.min(count, total));
        if (rows <= STREAM_THRESHOLD || faults.malformed(resource, 1)) {
            StringBuilder sb = new StringBuilder();
            writeUnpaged(new JsonWriter(sb), key, listing, total, rows, descending);
            sendJson(resource, 1, sb.toString(), reply);
            return;
        }
        try (Writer out = new BufferedWriter(
                new OutputStreamWriter(reply.stream(200, Reply.JSON), StandardCharsets.UTF_8), 64 * 1024)) {
            writeUnpaged(new JsonWriter(out), key, listing, total, rows, descending);
        }
    }

    private static void writeUnpaged(
            JsonWriter w, String key, Listing listing, int total, int rows, boolean descending) {
        w.beginObject();
        w.field("record_count", total);
        w.name(key).beginArray();
        for (int offset = 0; offset < rows; offset += STREAM_THRESHOLD) {
            for (int id : listing.page(offset, Math.min(STREAM_THRESHOLD, rows - offset), descending)
                    .ids()) {
                listing.render(w, id);
            }
        }
        w.endArray().endObject();
    }

    private void assetTypes(HaloData d, Params p, Reply reply) throws IOException {
        Integer group = p.integer("assetgroup_id");
        StringBuilder sb = new StringBuilder();
        JsonWriter w = new JsonWriter(sb);
        // No wrapper and no paging: Halo answers a bare JSON array here.
        w.beginArray();
        for (AssetTypeInfo t : d.assetTypes()) {
            if (group == null || t.assetGroupId() == group) {
                DirectoryJson.writeAssetType(w, t, false);
            }
        }
        w.endArray();
        sendJson("AssetType", 1, sb.toString(), reply);
    }

    // ---- single records ------------------------------------------------------------------------

    private void single(String resource, String rawId, Params p, Reply reply) throws IOException {
        HaloData d = data.get();
        int id;
        try {
            id = Integer.parseInt(rawId);
        } catch (NumberFormatException e) {
            throw new Params.BadParameter("id", rawId);
        }
        boolean details = p.bool("includedetails", false);
        StringBuilder sb = new StringBuilder();
        JsonWriter w = new JsonWriter(sb);
        boolean found = switch (resource) {
            case "Asset" ->
                d.asset(id)
                        .map(a -> {
                            new AssetJson(d).write(w, a, details, true);
                            return true;
                        })
                        .orElse(false);
            case "Client" ->
                d.client(id)
                        .map(c -> {
                            new DirectoryJson(d).writeClient(w, c, true);
                            return true;
                        })
                        .orElse(false);
            case "Site" ->
                d.site(id)
                        .map(s -> {
                            new DirectoryJson(d).writeSite(w, s, true);
                            return true;
                        })
                        .orElse(false);
            case "AssetType" ->
                d.assetType(id)
                        .map(t -> {
                            DirectoryJson.writeAssetType(w, t, details);
                            return true;
                        })
                        .orElse(false);
            default ->
                d.licence(id)
                        .map(l -> {
                            new DirectoryJson(d).writeLicence(w, l);
                            return true;
                        })
                        .orElse(false);
        };
        if (!found) {
            // One of Halo's error shapes is a bare JSON string.
            reply.json(404, "\"" + resource + " " + id + " not found\"");
            return;
        }
        reply.json(200, sb.toString());
    }

    private void authInfo(HttpExchange ex, Reply reply) throws IOException {
        SimulatorSettings s = settings.get();
        String host = ex.getRequestHeaders().getFirst("Host");
        String base = "http://" + (host == null ? "127.0.0.1" : host);
        reply.json(
                200, JsonWriter.object(w -> w.field("auth_url", base + "/auth").field("tenant_id", s.tenant())));
    }

    // ---- helpers -------------------------------------------------------------------------------

    private void sendJson(String resource, int page, String body, Reply reply) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (faults.malformed(resource, page)) {
            bytes = truncate(bytes);
        }
        reply.send(200, Reply.JSON, bytes);
    }

    /** Cuts the document in half at an ASCII byte: a JSON syntax error, not an encoding error. */
    private static byte[] truncate(byte[] json) {
        int cut = Math.max(1, json.length / 2);
        while (cut > 1 && (json[cut - 1] & 0x80) != 0) {
            cut--;
        }
        return Arrays.copyOf(json, cut);
    }

    private static Activity activity(Params p) {
        String both = p.get("activeinactive");
        if (both != null && !both.isEmpty()) {
            String[] parts = both.split(",");
            boolean active = parts[0].trim().equalsIgnoreCase("true");
            boolean inactive = parts.length > 1 && parts[1].trim().equalsIgnoreCase("true");
            return Activity.of(active, inactive);
        }
        return Activity.of(p.bool("includeactive", true), p.bool("includeinactive", false));
    }

    private LocalDateTime modifiedSince(Params p, String resource) {
        String v = p.get("lastupdatefromdate");
        if (v == null || v.isEmpty() || !settings.get().modifiedSinceFilter() || resource.equals("SoftwareLicence")) {
            return null; // off by default: unverified on real Halo, which may ignore it
        }
        try {
            return HaloDates.parseLenient(v);
        } catch (IllegalArgumentException e) {
            throw new Params.BadParameter("lastupdatefromdate", v);
        }
    }

    private static String bearer(HttpExchange ex) {
        String h = ex.getRequestHeaders().getFirst("Authorization");
        if (h == null || h.length() < 7 || !h.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return h.substring(7).trim();
    }
}
