package io.assetbridge.cwsim;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Calls a simulator as a ConnectWise integration would, with the settings' credentials unless told otherwise. */
final class Client {

    record Answer(int status, String body, HttpResponse<String> response) {
        JsonStructure json() {
            return Json.createReader(new StringReader(body)).read();
        }

        JsonObject object() {
            return (JsonObject) json();
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final CwSimulator sim;
    private String authorization;
    private String clientId;

    Client(CwSimulator sim) {
        this.sim = sim;
        SimSettings s = sim.settings();
        keys(s.companyId(), s.publicKey(), s.privateKey());
        this.clientId = s.clientId();
    }

    Client keys(String company, String publicKey, String privateKey) {
        authorization = "Basic "
                + Base64.getEncoder()
                        .encodeToString(
                                (company + "+" + publicKey + ":" + privateKey).getBytes(StandardCharsets.UTF_8));
        return this;
    }

    Client clientId(String value) {
        clientId = value;
        return this;
    }

    Answer api(String pathAndQuery, boolean forwardOnly) {
        var request = HttpRequest.newBuilder(URI.create(sim.site() + "/v4_6_release/apis/3.0" + pathAndQuery))
                .header("Authorization", authorization)
                .header("Accept", "application/vnd.connectwise.com+json; version=2025.1");
        if (clientId != null) {
            request.header("clientId", clientId);
        }
        if (forwardOnly) {
            request.header("pagination-type", "forward-only");
        }
        return send(request.build());
    }

    Answer api(String pathAndQuery) {
        return api(pathAndQuery, false);
    }

    Answer get(String path) {
        return send(HttpRequest.newBuilder(URI.create(sim.site() + path)).build());
    }

    Answer post(String path) {
        return send(HttpRequest.newBuilder(URI.create(sim.site() + path))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
