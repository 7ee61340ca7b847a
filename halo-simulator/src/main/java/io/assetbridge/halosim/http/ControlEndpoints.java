package io.assetbridge.halosim.http;

import com.sun.net.httpserver.HttpExchange;
import io.assetbridge.halosim.HaloSimulator;
import io.assetbridge.halosim.SimulatorSettings;
import io.assetbridge.halosim.data.AssetState;
import io.assetbridge.halosim.data.ClientState;
import io.assetbridge.halosim.data.HaloData;
import io.assetbridge.halosim.data.HaloDates;
import io.assetbridge.halosim.data.InstalledSoftware;
import io.assetbridge.halosim.faults.Faults;
import io.assetbridge.halosim.json.JsonWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Arrays;
import java.util.NoSuchElementException;

/**
 * The test controls under {@code /_sim/}: the same operations as the embedded Java API, for tests
 * that run the simulator as a separate process. Parameters come from the query string or a form
 * body, so no JSON reader is needed. Never rate-limited, faulted or counted.
 */
public final class ControlEndpoints {

    private final HaloSimulator sim;

    public ControlEndpoints(HaloSimulator sim) {
        this.sim = sim;
    }

    void handle(HttpExchange ex, String path, Reply reply) throws IOException {
        Params p = Params.parse(ex.getRequestURI().getRawQuery());
        boolean post = ex.getRequestMethod().equalsIgnoreCase("POST");
        if (post) {
            p = p.with(Params.parse(TokenEndpoint.readBody(ex)));
        }
        try {
            route(path, post, p, reply);
        } catch (NoSuchElementException e) {
            reply.json(404, JsonWriter.object(w -> w.field("error", e.getMessage())));
        } catch (IllegalArgumentException | Params.BadParameter e) {
            reply.json(400, JsonWriter.object(w -> w.field("error", e.getMessage())));
        }
    }

    private void route(String path, boolean post, Params p, Reply reply) throws IOException {
        if (path.startsWith("assets/") && !post) {
            reply.json(200, canonicalAsset(Integer.parseInt(path.substring(7))));
            return;
        }
        if (path.startsWith("clients/") && !post) {
            reply.json(200, canonicalClient(Integer.parseInt(path.substring(8))));
            return;
        }
        switch ((post ? "POST " : "GET ") + path) {
            case "GET summary", "GET " -> reply.json(200, summary());
            case "GET counters" -> reply.json(200, sim.counters().toJson());
            case "POST counters/reset" -> {
                sim.counters().reset();
                reply.json(200, sim.counters().toJson());
            }
            case "GET faults" -> reply.json(200, sim.faults().describe());
            case "POST faults" -> {
                applyFaults(p);
                reply.json(200, sim.faults().describe());
            }
            case "POST faults/clear" -> {
                sim.faults().clear();
                reply.json(200, sim.faults().describe());
            }
            case "POST revoke-tokens" -> {
                int n = sim.faults().revokeAllTokens();
                reply.json(200, JsonWriter.object(w -> w.field("revoked", n)));
            }
            case "POST mutate" -> reply.json(200, mutate(p));
            case "POST settings" -> {
                sim.reconfigure(s -> applySettings(s, p));
                reply.json(200, summary());
            }
            case "POST clock" -> {
                sim.clock().advance(Duration.ofMillis((long) (p.decimal("advance", 0) * 1000)));
                reply.json(
                        200,
                        JsonWriter.object(
                                w -> w.field("now", sim.clock().instant().toString())));
            }
            case "GET memory", "POST memory" -> reply.json(200, memory(p.bool("gc", false)));
            default -> reply.json(404, JsonWriter.object(w -> w.field("error", "No control endpoint /_sim/" + path)));
        }
    }

    private String summary() {
        HaloData d = sim.data();
        SimulatorSettings s = sim.settings();
        return JsonWriter.object(w -> {
            w.field("port", sim.port());
            w.field("resource_server_url", sim.resourceServerUrl());
            w.field("authorisation_server_url", sim.authorisationServerUrl());
            w.field("tenant", s.tenant());
            w.field("client_id", s.clientId());
            w.field("assets", d.totalAssets());
            w.field("active_assets", d.activeAssets());
            w.field("inactive_assets", d.inactiveAssets());
            w.field("clients", d.totalClients());
            w.field("active_clients", d.activeClients());
            w.field("sites", d.totalSites());
            w.field("active_sites", d.activeSites());
            w.field("asset_types", d.totalAssetTypes());
            w.field("licences", d.totalLicences());
            w.field("active_licences", d.activeLicences());
            w.field("installed_software", InstalledSoftware.total(d));
            w.field("mutations", d.mutationCount());
            w.name("asset_type_ids").beginArray();
            d.assetTypeIds().forEach(id -> w.value(id));
            w.endArray();
            w.name("settings").beginObject();
            s.describe(false).forEach(w::field);
            w.endObject();
        });
    }

    private void applyFaults(Params p) {
        Faults f = sim.faults();
        if (p.bool("clear", false)) {
            f.clear();
        }
        if (p.has("rate-limit")) {
            f.rateLimit(
                    p.integer("rate-limit", 0),
                    Duration.ofSeconds(p.integer("window", 300)),
                    p.bool("retry-after", false));
        }
        if (p.has("server-error-rate")) {
            f.serverErrors(p.decimal("server-error-rate", 0), p.integer("status", 500));
        }
        if (p.has("server-error-on")) {
            f.serverErrorOnRequests(p.integer("status", 500), numbers(p.get("server-error-on")));
        }
        if (p.has("slow-ms")) {
            f.slowResponses(Duration.ofMillis(p.integer("slow-ms", 0)));
        }
        if (p.has("drop-rate")) {
            f.dropConnections(p.decimal("drop-rate", 0));
        }
        if (p.has("drop-on")) {
            f.dropConnectionOnRequests(numbers(p.get("drop-on")));
        }
        if (p.has("malformed-endpoint")) {
            String endpoint = p.get("malformed-endpoint");
            f.malformedJson(endpoint.isEmpty() ? null : endpoint, p.integer("malformed-page", 1));
        }
        if (p.has("html")) {
            f.htmlInsteadOfJson(p.bool("html", false));
        }
    }

    private String mutate(Params p) {
        HaloData d = sim.data();
        String op = p.get("op", "");
        Integer id = p.integer("id");
        return switch (op) {
            case "add-asset" ->
                assetJson(d.addAsset(p.integer("assettype_id", d.assetTypeIds().get(0)), p.integer("client_id", 1)));
            case "change-asset" -> assetJson(d.changeAsset(required(id), p.get("field", ""), p.get("value", "")));
            case "deactivate-asset" -> assetJson(d.deactivateAsset(required(id)));
            case "activate-asset" -> assetJson(d.activateAsset(required(id)));
            case "delete-asset" -> {
                d.hardDeleteAsset(required(id));
                yield JsonWriter.object(w -> w.field("deleted", id));
            }
            case "bump-asset" -> assetJson(d.bumpLastUpdate(required(id)));
            case "add-client" -> clientJson(d.addClient(p.get("name", "New Client")));
            case "change-client" ->
                clientJson(d.changeClient(required(id), p.get("field", "name"), p.get("value", "")));
            case "deactivate-client" -> clientJson(d.deactivateClient(required(id)));
            case "activate-client" -> clientJson(d.activateClient(required(id)));
            case "delete-client" -> {
                d.hardDeleteClient(required(id));
                yield JsonWriter.object(w -> w.field("deleted", id));
            }
            case "bump-client" -> clientJson(d.bumpClientLastUpdate(required(id)));
            default ->
                throw new IllegalArgumentException("Unknown op '" + op + "'. Use add-asset, change-asset, "
                        + "deactivate-asset, activate-asset, delete-asset, bump-asset, add-client, change-client, "
                        + "deactivate-client, activate-client, delete-client or bump-client.");
        };
    }

    private static SimulatorSettings applySettings(SimulatorSettings s, Params p) {
        SimulatorSettings r = s;
        if (p.has("permissions")) {
            r = r.withPermissions(p.get("permissions"));
        }
        if (p.has("token-ttl")) {
            r = r.withTokenTtlSeconds(p.integer("token-ttl", 3600));
        }
        if (p.has("client-id")) {
            r = r.withClientId(p.get("client-id"));
        }
        if (p.has("client-secret")) {
            r = r.withClientSecret(p.get("client-secret"));
        }
        if (p.has("tenant")) {
            r = r.withTenant(p.get("tenant"));
        }
        if (p.has("require-tenant")) {
            r = r.withRequireTenant(p.bool("require-tenant", false));
        }
        if (p.has("refuse-unpermitted-scopes")) {
            r = r.withRefuseUnpermittedScopes(p.bool("refuse-unpermitted-scopes", false));
        }
        if (p.has("one-token-per-client")) {
            r = r.withOneTokenPerClient(p.bool("one-token-per-client", false));
        }
        if (p.has("modified-since-filter")) {
            r = r.withModifiedSinceFilter(p.bool("modified-since-filter", false));
        }
        if (p.has("page-fields")) {
            r = r.withPageFields(p.bool("page-fields", false));
        }
        if (p.has("rate-limit")) {
            r = r.withRateLimit(p.integer("rate-limit", 0), p.integer("window", (int) s.rateWindowSeconds()));
        }
        if (p.has("retry-after")) {
            r = r.withRetryAfter(p.bool("retry-after", false));
        }
        return r;
    }

    /** What an asset should look like after a sync: the values a spot check compares. */
    private String canonicalAsset(int id) {
        HaloData d = sim.data();
        AssetState a = d.asset(id).orElseThrow(() -> new NoSuchElementException("No asset " + id));
        return assetJson(a);
    }

    private String canonicalClient(int id) {
        HaloData d = sim.data();
        return clientJson(d.client(id).orElseThrow(() -> new NoSuchElementException("No client " + id)));
    }

    private String assetJson(AssetState a) {
        HaloData d = sim.data();
        return JsonWriter.object(w -> w.field("id", a.id())
                .field("name", a.name())
                .field("inventory_number", a.inventoryNumber())
                .field("serial_number", a.serialNumber())
                .field("model", a.model())
                .field("manufacturer", a.manufacturer())
                .field("assettype_id", a.assetTypeId())
                .field(
                        "assettype_name",
                        d.assetType(a.assetTypeId()).map(t -> t.name()).orElse(""))
                .field("client_id", a.clientId())
                .field(
                        "client_name",
                        d.client(a.clientId()).map(ClientState::name).orElse(""))
                .field("site_id", a.siteId())
                .field("site_name", d.site(a.siteId()).map(s -> s.name()).orElse(""))
                .field("username", a.username())
                .field("inactive", a.inactive())
                .field("status_id", a.statusId())
                .field("status_name", HaloData.statusName(a.statusId()))
                .field("purchase_date", HaloDates.format(a.purchaseDate()))
                .field("warranty_end", HaloDates.format(a.warrantyEnd()))
                .field("lastupdate", HaloDates.format(a.lastUpdate())));
    }

    private static String clientJson(ClientState c) {
        return JsonWriter.object(w -> w.field("id", c.id())
                .field("name", c.name())
                .field("inactive", c.inactive())
                .field("toplevel_id", c.toplevelId())
                .field("lastupdate", HaloDates.format(c.lastUpdate())));
    }

    private static String memory(boolean gc) {
        if (gc) {
            for (int i = 0; i < 3; i++) {
                System.gc();
            }
        }
        Runtime rt = Runtime.getRuntime();
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        return JsonWriter.object(w -> w.field("heap_used", used)
                .field("heap_committed", rt.totalMemory())
                .field("heap_max", rt.maxMemory()));
    }

    private static int required(Integer id) {
        if (id == null) {
            throw new IllegalArgumentException("Parameter 'id' is required");
        }
        return id;
    }

    private static long[] numbers(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .mapToLong(Long::parseLong)
                .toArray();
    }
}
