package io.assetbridge.connector.connectwise.client;

import io.assetbridge.spi.ConnectorContext;
import io.assetbridge.spi.RateBudget;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * HTTP to one ConnectWise site. Every API request carries {@code Authorization: Basic
 * base64(companyId+publicKey:privateKey)}, the {@code clientId} header and an {@code Accept} header pinning the
 * API version. Thread-safe.
 */
public final class CwClient {

    /** The API version the connector is written against. */
    static final String ACCEPT = "application/vnd.connectwise.com+json; version=2025.1";

    private final URI site;
    private final String authorization;
    private final String clientId;
    private final Runner runner;
    private final Duration readTimeout;

    /** The credentials are those of one API member; the budget is shared per site. */
    public record Credentials(String companyId, String publicKey, String privateKey, String clientId) {
        @Override
        public String toString() {
            return "Credentials[company=" + companyId + "]";
        }
    }

    public CwClient(URI site, Credentials credentials, ConnectorContext context, RateBudget budget, Duration window) {
        this.site = site;
        this.authorization = "Basic "
                + Base64.getEncoder()
                        .encodeToString((credentials.companyId() + "+" + credentials.publicKey() + ":"
                                        + credentials.privateKey())
                                .getBytes(StandardCharsets.UTF_8));
        this.clientId = credentials.clientId();
        this.readTimeout = context.timeouts().read();
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(context.timeouts().connect())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.runner = new Runner(http, context, budget, window, site);
    }

    public URI site() {
        return site;
    }

    /** {@code GET /login/companyinfo/{companyId}}: no credentials needed; tells the codebase. */
    public Answer companyInfo(String companyId) {
        URI uri = site.resolve("/login/companyinfo/" + URLEncoder.encode(companyId, StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(readTimeout)
                .header("Accept", "application/json")
                .header("clientId", clientId)
                .GET()
                .build();
        return runner.send(request, "/login/companyinfo", "the company information");
    }

    /**
     * {@code GET /{codebase}/apis/3.0{path}?{query}}.
     *
     * @param endpoint    the path template for the meter
     * @param forwardOnly whether to ask for forward-only paging
     */
    public Answer get(
            URI api, String path, Map<String, String> query, boolean forwardOnly, String endpoint, String what) {
        String rawQuery = query.entrySet().stream()
                .map(e -> e.getKey() + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)
                                .replace("+", "%20"))
                .collect(Collectors.joining("&"));
        URI uri = URI.create(api + path + (rawQuery.isEmpty() ? "" : "?" + rawQuery));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(readTimeout)
                .header("Authorization", authorization)
                .header("clientId", clientId)
                .header("Accept", ACCEPT)
                .GET();
        if (forwardOnly) {
            request.header("pagination-type", "forward-only");
        }
        return runner.send(request.build(), endpoint, what);
    }

    @Override
    public String toString() {
        return "CwClient[" + site + "]";
    }
}
