package io.assetbridge.bench;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The fetch floor: the pages a full sync reads (customers, sites, the asset type list, hardware per
 * asset type with its fields, licences), fetched one after another from the same simulator with a
 * plain java.net.http client and one token, each body parsed with JSON-P; nothing stored.
 */
final class FetchFloor {

    /** seconds, API requests (the paging minimum, token apart), rows parsed. */
    record Result(double seconds, long requests, long rows) {}

    private static final String SCOPES = "read:assets read:customers read:software read:softwarelicensing";
    private static final String PAGED = "pageinate=true&page_size=100&includeinactive=true&includeactive=true&order=id";

    private final String base;
    private String token;
    private long requests;
    private long rows;

    private FetchFloor(int simPort) {
        this.base = "http://127.0.0.1:" + simPort;
    }

    static Result measure(int simPort) throws Exception {
        var floor = new FetchFloor(simPort);
        long start = System.nanoTime();
        floor.token();
        floor.pages("Client", "clients", "");
        floor.pages("Site", "sites", "");
        JsonArray types = floor.get("/api/AssetType").asJsonArray();
        List<Long> typeIds = new ArrayList<>();
        for (JsonValue t : types) {
            typeIds.add(t.asJsonObject().getJsonNumber("id").longValue());
        }
        typeIds.sort(null);
        for (long typeId : typeIds) {
            floor.pages("Asset", "assets", "&includeassetfields=true&assettype_id=" + typeId);
        }
        floor.pages("SoftwareLicence", "licences", "");
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(seconds, floor.requests, floor.rows);
    }

    private void token() throws Exception {
        String form =
                "grant_type=client_credentials&client_id=assetbridge-client&client_secret=s3cr3t-halo-simulator-demo&scope="
                        + URLEncoder.encode(SCOPES, StandardCharsets.UTF_8);
        var r = Api.send(HttpRequest.newBuilder(URI.create(base + "/auth/token?tenant=assetbridge"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("token → " + r.statusCode() + " " + r.body());
        }
        token = Api.parse(r.body()).asJsonObject().getString("access_token");
    }

    /** Pages 1..⌈record_count/100⌉ (at least one), as Halo pages: past the end it repeats the last page. */
    private void pages(String list, String key, String extra) throws Exception {
        int page = 1;
        long pagesNeeded = 1;
        do {
            JsonObject body = get("/api/" + list + "?" + PAGED + "&page_no=" + page + extra)
                    .asJsonObject();
            if (page == 1) {
                long total = body.getJsonNumber("record_count").longValue();
                pagesNeeded = Math.max(1, (total + 99) / 100);
            }
            rows += body.getJsonArray(key).size();
            page++;
        } while (page <= pagesNeeded);
    }

    private JsonValue get(String pathAndQuery) throws Exception {
        var r = Api.HTTP.send(
                HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                        .header("Authorization", "Bearer " + token)
                        .timeout(Duration.ofSeconds(60))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofInputStream());
        requests++;
        try (InputStream in = r.body();
                var reader = Json.createReader(in)) {
            if (r.statusCode() != 200) {
                throw new IllegalStateException(pathAndQuery + " → " + r.statusCode());
            }
            return reader.readValue();
        }
    }
}
