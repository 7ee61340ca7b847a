package io.assetbridge.connector.connectwise.client;

import io.assetbridge.spi.ConnectorContext;
import io.assetbridge.spi.OutboundRequest;
import io.assetbridge.spi.RateBudget;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * HTTP to one ConnectWise site, through the platform's outbound connections. Every API request carries {@code Authorization: Basic
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
        this.runner = new Runner(context, budget, window, site);
    }

    public URI site() {
        return site;
    }

    /** {@code GET /login/companyinfo/{companyId}}: no credentials needed; tells the codebase. */
    public Answer companyInfo(String companyId) {
        URI uri = site.resolve("/login/companyinfo/" + URLEncoder.encode(companyId, StandardCharsets.UTF_8));
        var headers = Map.of("Accept", List.of("application/json"), "clientId", List.of(clientId));
        return runner.send(OutboundRequest.get(uri, headers), "/login/companyinfo", "the company information");
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
        var headers = new LinkedHashMap<String, List<String>>();
        headers.put("Authorization", List.of(authorization));
        headers.put("clientId", List.of(clientId));
        headers.put("Accept", List.of(ACCEPT));
        if (forwardOnly) {
            headers.put("pagination-type", List.of("forward-only"));
        }
        return runner.send(OutboundRequest.get(uri, headers), endpoint, what);
    }

    @Override
    public String toString() {
        return "CwClient[" + site + "]";
    }
}
