package io.assetbridge.testkit;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A request an {@link HttpStub} received.
 *
 * @param method  the HTTP method
 * @param path    the path, without the query
 * @param query   the raw query, or null
 * @param headers the headers, names in lower case
 * @param body    the body bytes
 */
public record RecordedRequest(
        String method, String path, String query, Map<String, List<String>> headers, byte[] body) {

    public RecordedRequest {
        headers = Map.copyOf(headers);
        body = body.clone();
    }

    /** The first value of a header (name in any case), or null. */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
