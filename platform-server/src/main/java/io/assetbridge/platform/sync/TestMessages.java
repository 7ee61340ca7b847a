package io.assetbridge.platform.sync;

import io.assetbridge.spi.ConnectorDescriptor;
import io.assetbridge.spi.ConnectorException;
import io.assetbridge.spi.FailureKind;
import io.assetbridge.spi.OutboundRefusedException;
import io.assetbridge.spi.PropertyDefinition;
import io.assetbridge.spi.PropertyType;
import java.io.IOException;
import java.util.stream.Collectors;

/**
 * What a connection test may say about a failure, so that it is no oracle for probing other machines
 * from this server. A connector's own sentence is shown only for what the admin must tell apart to fix
 * a URL — an unknown host, a refused connection, the wrong scheme (configuration failures caused by the
 * network) — and for the source refusing the credentials, a permission or a value that is not a URL
 * (a company id, a client id: the source answered as itself). Connectors quote at most a sanitised
 * OAuth {@code error_description} there. Anything else — an HTML page, another API, an error page, a
 * port that does not speak HTTP, a timeout, a failure pinned on a URL, a target the outbound policy
 * refuses — gets one message, the same whatever answered.
 */
final class TestMessages {

    private TestMessages() {}

    static String of(ConnectorException e, ConnectorDescriptor descriptor) {
        if (causedBy(e, OutboundRefusedException.class)) {
            return notTheApi(descriptor);
        }
        boolean sourceRefused = e.kind() == FailureKind.AUTHENTICATION || e.kind() == FailureKind.PERMISSION;
        boolean urlMistake = e.kind() == FailureKind.CONFIGURATION && causedBy(e, IOException.class);
        boolean valueRefused = e.kind() == FailureKind.CONFIGURATION
                && e.property()
                        .flatMap(descriptor::property)
                        .map(p -> p.type() != PropertyType.URL)
                        .orElse(false);
        return sourceRefused || urlMistake || valueRefused ? e.getMessage() : notTheApi(descriptor);
    }

    /** The one message for every answer that is not the expected API, and for every refused target. */
    static String notTheApi(ConnectorDescriptor descriptor) {
        String urls = descriptor.properties().stream()
                .filter(p -> p.type() == PropertyType.URL)
                .map(PropertyDefinition::label)
                .collect(Collectors.joining(" and "));
        return "No " + descriptor.displayName() + " API answered as expected at the configured address"
                + (urls.isEmpty() ? "" : " — check the " + urls) + ".";
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
