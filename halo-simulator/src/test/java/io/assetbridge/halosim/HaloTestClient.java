package io.assetbridge.halosim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A minimal Halo client for the tests: fetch a token, GET resources, POST controls. */
final class HaloTestClient {

    record Response(int status, String body, byte[] bytes, HttpResponse<byte[]> raw) {
        Map<String, Object> json() {
            return MiniJson.object(body);
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows(String key) {
            return (List<Map<String, Object>>) json().get(key);
        }

        int recordCount() {
            return ((Number) json().get("record_count")).intValue();
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private String token;

    HaloTestClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    HaloTestClient(HaloSimulator sim) {
        this(sim.baseUrl());
    }

    /** POST /auth/token with the given form fields; query is appended as-is (e.g. "?tenant=x"). */
    Response token(String query, String... formPairs) {
        StringBuilder form = new StringBuilder();
        for (int k = 0; k + 1 < formPairs.length; k += 2) {
            if (form.length() > 0) {
                form.append('&');
            }
            form.append(enc(formPairs[k])).append('=').append(enc(formPairs[k + 1]));
        }
        HttpRequest req = HttpRequest.newBuilder(URI.create(baseUrl + "/auth/token" + query))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString()))
                .build();
        return send(req);
    }

    /** Fetches a token for the simulator's own credentials and the given scope; keeps it. */
    HaloTestClient login(HaloSimulator sim, String scope) {
        Response r = token(
                "?tenant=" + sim.tenant(),
                "grant_type",
                "client_credentials",
                "client_id",
                sim.clientId(),
                "client_secret",
                sim.clientSecret(),
                "scope",
                scope);
        if (r.status() != 200) {
            throw new IllegalStateException("Token request failed: " + r.status() + " " + r.body());
        }
        token = (String) r.json().get("access_token");
        return this;
    }

    HaloTestClient login(HaloSimulator sim) {
        return login(sim, "all");
    }

    String token() {
        return token;
    }

    void useToken(String value) {
        token = value;
    }

    /** GET a path below the base URL, e.g. "/api/Asset?pageinate=true". */
    Response get(String pathAndQuery) {
        HttpRequest.Builder b =
                HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery)).GET();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return send(b.build());
    }

    Response post(String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
    }

    /** Like {@link #get} but lets transport failures (a dropped connection) escape as IOException. */
    Response getOrThrow(String pathAndQuery) throws IOException {
        HttpRequest.Builder b =
                HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery)).GET();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(r.statusCode(), new String(r.body(), StandardCharsets.UTF_8), r.body(), r);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private Response send(HttpRequest req) {
        try {
            HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
            return new Response(r.statusCode(), new String(r.body(), StandardCharsets.UTF_8), r.body(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
