package io.assetbridge.testplugins;

import io.assetbridge.spi.Connector;
import io.assetbridge.spi.ConnectorDescriptor;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports, through its descriptor, which class loader supplied the SPI and a Jakarta API class,
 * whether it runs with its own loader as thread context class loader, and which of the platform's
 * private classes it can reach. Packed into a jar that also bundles copies of the SPI and API
 * classes, it proves the platform's loader gives the parent's shared classes and nothing else.
 */
public class IsolationProbeConnector extends FakeCmdbConnector {

    /** Classes the WAR holds that a plugin must not see: libraries, platform internals, built-ins. */
    public static final List<String> PRIVATE_TO_PLATFORM = List.of(
            "com.fasterxml.jackson.databind.ObjectMapper",
            "org.flywaydb.core.Flyway",
            "org.h2.Driver",
            "org.postgresql.Driver",
            "io.assetbridge.platform.connector.ConnectorRegistry",
            "io.assetbridge.connector.halo.HaloConnector");

    /** What the descriptor reports when isolation holds. */
    public static final String ISOLATED_FACTS =
            "spi-from-parent=true;jakarta-from-parent=true;context-loader-is-own=true;leaks=none";

    @Override
    public ConnectorDescriptor descriptor() {
        ClassLoader own = getClass().getClassLoader();
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        boolean spiFromParent = Connector.class.getClassLoader() != own;
        boolean jakartaFromParent = loaderOf("jakarta.json.JsonObject", context) != own;
        boolean contextIsOwn = context == own;
        String facts = "spi-from-parent=" + spiFromParent + ";jakarta-from-parent=" + jakartaFromParent
                + ";context-loader-is-own=" + contextIsOwn + ";leaks=" + leaks(own, context);
        var base = super.descriptor();
        return new ConnectorDescriptor(
                "isolationprobe", facts, "1.0.0", base.properties(), List.of(FakeCmdbConnector.DEVICES));
    }

    /** The private classes loadable through either loader, named with the loader that let them through. */
    private static String leaks(ClassLoader own, ClassLoader context) {
        List<String> seen = new ArrayList<>();
        for (String name : PRIVATE_TO_PLATFORM) {
            if (loadable(name, own)) {
                seen.add("own:" + name);
            }
            if (loadable(name, context)) {
                seen.add("context:" + name);
            }
        }
        return seen.isEmpty() ? "none" : String.join(",", seen);
    }

    private static boolean loadable(String className, ClassLoader loader) {
        try {
            Class.forName(className, false, loader);
            return true;
        } catch (ClassNotFoundException expected) {
            return false;
        } catch (LinkageError other) {
            return true;
        }
    }

    private static ClassLoader loaderOf(String className, ClassLoader loader) {
        try {
            return Class.forName(className, false, loader).getClassLoader();
        } catch (ClassNotFoundException e) {
            return null;
        }
    }
}
