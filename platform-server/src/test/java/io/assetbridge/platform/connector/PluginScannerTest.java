package io.assetbridge.platform.connector;

import static org.assertj.core.api.Assertions.assertThat;

import io.assetbridge.platform.it.PluginJars;
import io.assetbridge.platform.it.TestPluginSet;
import io.assetbridge.testplugins.FakeCmdbConnector;
import io.assetbridge.testplugins.IsolationProbeConnector;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginScannerTest {

    @TempDir
    static Path plugins;

    static PluginScanner scanner;

    @BeforeAll
    static void scanTheTestPluginSet() {
        TestPluginSet.writeTo(plugins);
        new PluginJars(plugins)
                .connectorJar(
                        "27-duplicate-fakecmdb.jar",
                        new String[] {FakeCmdbConnector.class.getName()},
                        FakeCmdbConnector.class);
        scanner = new PluginScanner(PluginScannerTest.class.getClassLoader()).scan(plugins);
    }

    private static Map<String, RegisteredConnector> byType() {
        return scanner.connectors().stream().collect(Collectors.toMap(RegisteredConnector::type, Function.identity()));
    }

    private static String problemOf(String source) {
        return scanner.problems().stream()
                .filter(p -> p.source().equals(source))
                .map(PluginProblem::message)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no problem reported for " + source + ": " + scanner.problems()));
    }

    @Test
    void findsClassPathConnectorsAndPluginJarConnectors() {
        assertThat(byType()).containsKeys("haloitsm", "fakecmdb", "isolationprobe");
        assertThat(byType().get("fakecmdb").source()).isEqualTo(PluginScanner.CLASS_PATH);
        assertThat(byType().get("isolationprobe").source()).isEqualTo(TestPluginSet.ISOLATED);
    }

    @Test
    void aPluginGetsTheParentsSpiAndJakartaClassesEvenWhenItBundlesCopies() {
        var probe = byType().get("isolationprobe");
        assertThat(probe.descriptor().displayName()).isEqualTo(IsolationProbeConnector.ISOLATED_FACTS);
        assertThat(probe.connector().getClass().getClassLoader()).isInstanceOf(PluginClassLoader.class);
    }

    @Test
    void callsIntoPluginCodeRunWithThePluginLoaderAsContextLoader() {
        var probe = byType().get("isolationprobe");
        ClassLoader seen = probe.call(c -> Thread.currentThread().getContextClassLoader());
        assertThat(seen).isSameAs(probe.loader());
        assertThat(Thread.currentThread().getContextClassLoader()).isNotSameAs(probe.loader());
    }

    @Test
    void reportsEachBrokenJarAndSkipsIt() {
        assertThat(problemOf(TestPluginSet.NOT_A_ZIP)).contains("Not a readable jar");
        assertThat(problemOf(TestPluginSet.MISSING_CLASS))
                .contains("could not be loaded")
                .contains("DoesNotExist");
        assertThat(problemOf(TestPluginSet.TOO_NEW)).contains("newer Java");
        assertThat(problemOf(TestPluginSet.THROWING_CONSTRUCTOR))
                .contains("failed to start")
                .contains("constructor refuses");
        assertThat(problemOf(TestPluginSet.THROWING_DESCRIPTOR)).contains("descriptor refuses");
        assertThat(problemOf(TestPluginSet.NULL_DESCRIPTOR)).contains("no descriptor");
    }

    @Test
    void classPathWinsOverJarsAndTheFirstJarByNameWinsOverLaterOnes() {
        assertThat(problemOf(TestPluginSet.DUPLICATE_HALO)).contains("'haloitsm' is already provided by class path");
        assertThat(byType().get("haloitsm").descriptor().displayName()).isEqualTo("Halo ITSM");
        assertThat(problemOf("27-duplicate-fakecmdb.jar")).contains("'fakecmdb' is already provided by class path");
        assertThat(problemOf(TestPluginSet.SECOND_ISOLATED)).contains("already provided by " + TestPluginSet.ISOLATED);
    }

    @Test
    void aMissingPluginsDirectoryIsNotAProblem() {
        var alone = new PluginScanner(getClass().getClassLoader()).scan(plugins.resolve("absent"));
        assertThat(alone.problems()).isEmpty();
        assertThat(alone.connectors()).extracting(RegisteredConnector::type).contains("fakecmdb");
    }
}
