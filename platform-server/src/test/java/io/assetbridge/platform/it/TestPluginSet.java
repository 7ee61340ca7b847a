package io.assetbridge.platform.it;

import io.assetbridge.spi.Connector;
import io.assetbridge.testplugins.DuplicateTypeConnector;
import io.assetbridge.testplugins.FakeCmdbConnector;
import io.assetbridge.testplugins.IsolationProbeConnector;
import io.assetbridge.testplugins.NullDescriptorConnector;
import io.assetbridge.testplugins.ThrowingConstructorConnector;
import io.assetbridge.testplugins.ThrowingDescriptorConnector;
import jakarta.json.JsonObject;
import java.nio.file.Path;

/**
 * The plugins directory every registry test uses: one isolated connector that bundles its own copies
 * of the SPI and a Jakarta API, and one jar for each way a plugin can be broken. File names decide
 * the order jars are read in.
 */
public final class TestPluginSet {

    public static final String ISOLATED = "10-isolation-probe.jar";
    public static final String NOT_A_ZIP = "20-not-a-zip.jar";
    public static final String MISSING_CLASS = "21-missing-class.jar";
    public static final String TOO_NEW = "22-too-new.jar";
    public static final String THROWING_CONSTRUCTOR = "23-throwing-constructor.jar";
    public static final String THROWING_DESCRIPTOR = "24-throwing-descriptor.jar";
    public static final String NULL_DESCRIPTOR = "25-null-descriptor.jar";
    public static final String DUPLICATE_HALO = "26-duplicate-haloitsm.jar";
    public static final String SECOND_ISOLATED = "30-isolation-probe-again.jar";

    private TestPluginSet() {}

    /** Writes the whole set into {@code dir}. */
    public static void writeTo(Path dir) {
        var jars = new PluginJars(dir);
        jars.connectorJar(
                ISOLATED,
                new String[] {IsolationProbeConnector.class.getName()},
                IsolationProbeConnector.class,
                FakeCmdbConnector.class,
                Connector.class,
                JsonObject.class);
        jars.notAZip(NOT_A_ZIP);
        jars.missingClassJar(MISSING_CLASS);
        jars.tooNewClassVersionJar(TOO_NEW, FakeCmdbConnector.class);
        jars.connectorJar(
                THROWING_CONSTRUCTOR,
                new String[] {ThrowingConstructorConnector.class.getName()},
                ThrowingConstructorConnector.class,
                FakeCmdbConnector.class);
        jars.connectorJar(
                THROWING_DESCRIPTOR,
                new String[] {ThrowingDescriptorConnector.class.getName()},
                ThrowingDescriptorConnector.class,
                FakeCmdbConnector.class);
        jars.connectorJar(
                NULL_DESCRIPTOR,
                new String[] {NullDescriptorConnector.class.getName()},
                NullDescriptorConnector.class,
                FakeCmdbConnector.class);
        jars.connectorJar(
                DUPLICATE_HALO,
                new String[] {DuplicateTypeConnector.class.getName()},
                DuplicateTypeConnector.class,
                FakeCmdbConnector.class);
        jars.connectorJar(
                SECOND_ISOLATED,
                new String[] {IsolationProbeConnector.class.getName()},
                IsolationProbeConnector.class,
                FakeCmdbConnector.class);
    }
}
