package io.assetbridge.connector.halo.client;

import io.assetbridge.spi.RequestMeter.HttpCall.Kind;
import java.net.URI;

/**
 * One URL the connector calls, with the configuration property it comes from, so that a failure can
 * name the value the admin has to fix.
 *
 * @param kind          token or API call, for the meter
 * @param url           the URL without query; never carries credentials (validation forbids them)
 * @param property      the configuration property the URL comes from
 * @param propertyLabel how the admin sees that property
 */
public record Endpoint(Kind kind, URI url, String property, String propertyLabel) {

    /** The path the meter records, e.g. {@code /api/Asset}. */
    public String path() {
        String path = url.getRawPath();
        return path == null || path.isEmpty() ? "/" : path;
    }

    /** {@code host:port}, the way a failure names the machine that did not answer. */
    public String hostAndPort() {
        int port = url.getPort() != -1 ? url.getPort() : "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
        return url.getHost() + ":" + port;
    }
}
