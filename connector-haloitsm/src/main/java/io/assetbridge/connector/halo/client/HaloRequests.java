package io.assetbridge.connector.halo.client;

import io.assetbridge.spi.OutboundRequest;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Halo's two kinds of request as {@link OutboundRequest}s: the OAuth 2.0 client-credentials token request
 * to the authorisation server, and one list read from the resource server. Parameters that are null are
 * left out.
 */
final class HaloRequests {

    private static final String ACCEPT = "application/json, */*;q=0.5";

    private HaloRequests() {}

    /** {@code POST …/token[?tenant=…]} with a form body. */
    static OutboundRequest token(URI tokenEndpoint, TokenRequest request) {
        var query = new LinkedHashMap<String, Object>();
        query.put("tenant", request.tenant());
        var form = new LinkedHashMap<String, Object>();
        form.put("grant_type", "client_credentials");
        form.put("client_id", request.clientId());
        form.put("client_secret", request.clientSecret());
        form.put("scope", request.scopes());
        return new OutboundRequest(
                "POST",
                withQuery(tokenEndpoint, query),
                Map.of("Content-Type", List.of("application/x-www-form-urlencoded"), "Accept", List.of(ACCEPT)),
                encoded(form).getBytes(StandardCharsets.US_ASCII));
    }

    /** {@code GET …/{list}?…} with the bearer token. */
    static OutboundRequest list(URI listUrl, ListQuery query, String authorization) {
        boolean paged = query.paged();
        var parameters = new LinkedHashMap<String, Object>();
        parameters.put("pageinate", paged ? Boolean.TRUE : null);
        parameters.put("page_size", paged ? query.pageSize() : null);
        parameters.put("page_no", query.pageNo());
        parameters.put("order", paged ? "id" : null);
        parameters.put("includeinactive", paged ? Boolean.TRUE : null);
        parameters.put("includeactive", paged ? Boolean.TRUE : null);
        parameters.put("assettype_id", query.assetTypeId());
        parameters.put("includeassetfields", query.assetTypeId() != null ? Boolean.TRUE : null);
        parameters.put("device_id", query.deviceId());
        parameters.put("lastupdatefromdate", query.lastUpdateFrom());
        return OutboundRequest.get(
                withQuery(listUrl, parameters),
                Map.of("Authorization", List.of(authorization), "Accept", List.of(ACCEPT)));
    }

    private static URI withQuery(URI base, Map<String, Object> parameters) {
        String query = encoded(parameters);
        return query.isEmpty() ? base : URI.create(base + (base.getRawQuery() == null ? "?" : "&") + query);
    }

    private static String encoded(Map<String, Object> parameters) {
        var joined = new StringJoiner("&");
        parameters.forEach((name, value) -> {
            if (value != null) {
                joined.add(name + "=" + URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8));
            }
        });
        return joined.toString();
    }
}
