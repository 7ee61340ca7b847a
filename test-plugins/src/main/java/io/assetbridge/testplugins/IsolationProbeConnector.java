package io.assetbridge.testplugins;

import io.assetbridge.spi.Connector;
import io.assetbridge.spi.ConnectorDescriptor;
import java.util.List;

/**
 * Reports, through its descriptor, which class loader supplied the SPI and a Jakarta API class, and
 * whether it runs with its own loader as thread context class loader. Packed into a jar that also
 * bundles copies of those classes, it proves the platform's loader gives the parent's classes.
 */
public class IsolationProbeConnector extends FakeCmdbConnector {

    @Override
    public ConnectorDescriptor descriptor() {
        ClassLoader own = getClass().getClassLoader();
        boolean spiFromParent = Connector.class.getClassLoader() != own;
        boolean jakartaFromParent = loaderOf("jakarta.json.JsonObject") != own;
        boolean contextIsOwn = Thread.currentThread().getContextClassLoader() == own;
        String facts = "spi-from-parent=" + spiFromParent + ";jakarta-from-parent=" + jakartaFromParent
                + ";context-loader-is-own=" + contextIsOwn;
        var base = super.descriptor();
        return new ConnectorDescriptor(
                "isolationprobe", facts, "1.0.0", base.properties(), List.of(FakeCmdbConnector.DEVICES));
    }

    private static ClassLoader loaderOf(String className) {
        try {
            return Class.forName(className, false, Thread.currentThread().getContextClassLoader())
                    .getClassLoader();
        } catch (ClassNotFoundException e) {
            return null;
        }
    }
}
