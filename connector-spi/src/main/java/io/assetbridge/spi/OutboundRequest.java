package io.assetbridge.spi;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP request for {@link OutboundHttp#send}.
 *
 * @param method  {@code GET}, {@code POST}, … in upper case
 * @param uri     an absolute {@code http://} or {@code https://} URI
 * @param headers header values by name; {@code Host}, {@code Content-Length} and {@code Connection} are set by the client
 * @param body    the body, empty for none
 * @since 1.0
 */
public record OutboundRequest(String method, URI uri, Map<String, List<String>> headers, byte[] body) {

    /**
     * @since 1.0
     */
    public OutboundRequest {
        Values.require(method != null && method.matches("[A-Z]{1,20}"), "method must be an upper-case token");
        Values.require(uri != null && uri.isAbsolute() && uri.getHost() != null, "uri must be absolute with a host");
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        Values.require(scheme.equals("http") || scheme.equals("https"), "uri must be http or https");
        var copy = new LinkedHashMap<String, List<String>>();
        (headers == null ? Map.<String, List<String>>of() : headers).forEach((name, values) -> {
            Values.require(name.matches("[A-Za-z0-9!#$%&'*+.^_`|~-]+"), "header names are tokens");
            values.forEach(v ->
                    Values.require(v.chars().noneMatch(c -> c == '\r' || c == '\n'), "header values are one line"));
            copy.put(name, List.copyOf(values));
        });
        headers = Map.copyOf(copy);
        body = body == null ? new byte[0] : body.clone();
    }

    /**
     * @since 1.0
     */
    public static OutboundRequest get(URI uri, Map<String, List<String>> headers) {
        return new OutboundRequest("GET", uri, headers, null);
    }

    /**
     * @since 1.0
     */
    @Override
    public byte[] body() {
        return body.clone();
    }
}
