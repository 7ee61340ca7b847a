package io.assetbridge.spi;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The whole answer to an {@link OutboundRequest}.
 *
 * @param status  the HTTP status
 * @param headers header values by name, names compared without case
 * @param body    the body as received (de-chunked), empty when there was none
 * @since 1.0
 */
public record OutboundResponse(int status, Map<String, List<String>> headers, byte[] body) {

    /**
     * @since 1.0
     */
    public OutboundResponse {
        Values.require(status >= 100 && status <= 999, "status must be three digits");
        var copy = new TreeMap<String, List<String>>(String.CASE_INSENSITIVE_ORDER);
        (headers == null ? Map.<String, List<String>>of() : headers).forEach((k, v) -> copy.put(k, List.copyOf(v)));
        headers = Collections.unmodifiableMap(copy);
        body = body == null ? new byte[0] : body;
    }

    /**
     * The first value of a header, names compared without case.
     *
     * @since 1.0
     */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }
}
