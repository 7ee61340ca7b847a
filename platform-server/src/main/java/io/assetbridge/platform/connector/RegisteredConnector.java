package io.assetbridge.platform.connector;

import io.assetbridge.spi.Connector;
import io.assetbridge.spi.ConnectorDescriptor;
import java.util.function.Function;

/**
 * A loaded connector with its cached descriptor and the class loader it came from. Every call into
 * plugin code goes through {@link #call}, which makes the plugin's loader the context class loader.
 *
 * @param connector  the instance
 * @param descriptor its descriptor, read once at load time
 * @param loader     the plugin's class loader
 * @param source     where it came from: {@code class path} or the jar file name
 */
public record RegisteredConnector(
        Connector connector, ConnectorDescriptor descriptor, ClassLoader loader, String source) {

    public String type() {
        return descriptor.type();
    }

    public <T> T call(Function<Connector, T> operation) {
        try (var swap = LoaderSwap.to(loader)) {
            return operation.apply(connector);
        }
    }
}
