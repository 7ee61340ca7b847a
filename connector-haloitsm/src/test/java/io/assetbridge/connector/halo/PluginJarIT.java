package io.assetbridge.connector.halo;

import static org.assertj.core.api.Assertions.assertThat;

import io.assetbridge.halosim.HaloSimulator;
import io.assetbridge.halosim.SimulatorSettings;
import io.assetbridge.spi.CanonicalRecord;
import io.assetbridge.spi.ConfigurationItem;
import io.assetbridge.spi.Connector;
import io.assetbridge.spi.Page;
import io.assetbridge.spi.PageRequest;
import io.assetbridge.testkit.TestConnectorContext;
import io.assetbridge.testkit.VirtualClock;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.ServiceLoader;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.spi.ToolProvider;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * The packaged plugin jar: it holds only the connector's classes and its service registration, refers
 * only to packages the platform provides (the JDK, javax.net included), and works when loaded by a class loader of its own.
 */
class PluginJarIT {

    private static final List<String> PROVIDED = List.of(
            "java.",
            "javax.net",
            "jakarta.",
            "org.eclipse.microprofile.",
            "io.assetbridge.spi",
            "io.assetbridge.connector.halo");

    private static Path jar() {
        Path jar = Path.of(System.getProperty("plugin.jar", "target/connector-haloitsm-0.1.0-SNAPSHOT.jar"));
        assertThat(jar).exists();
        return jar;
    }

    @Test
    void theJarHoldsOnlyTheConnectorsClassesAndItsServiceRegistration() throws IOException {
        try (var jar = new JarFile(jar().toFile())) {
            var entries = jar.stream()
                    .filter(e -> !e.isDirectory())
                    .map(ZipEntry::getName)
                    .toList();

            assertThat(entries)
                    .allMatch(name -> name.equals("META-INF/MANIFEST.MF")
                            || name.equals("META-INF/services/io.assetbridge.spi.Connector")
                            || name.startsWith("io/assetbridge/connector/halo/") && name.endsWith(".class"));
            assertThat(new String(jar.getInputStream(jar.getEntry("META-INF/services/io.assetbridge.spi.Connector"))
                                    .readAllBytes())
                            .strip())
                    .isEqualTo(HaloConnector.class.getName());
        }
    }

    @Test
    void theJarRefersOnlyToPackagesThePlatformProvides() {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
        var out = new ByteArrayOutputStream();
        int status = jdeps.run(
                new PrintStream(out), System.err, "-verbose:package", "--multi-release", "17", jar().toString());
        assertThat(status).isZero();

        var referenced = new TreeSet<String>();
        for (String line : out.toString().split("\\R")) {
            int arrow = line.indexOf("->");
            if (line.startsWith("   ") && arrow > 0) {
                referenced.add(line.substring(arrow + 2).strip().split("\\s+")[0]);
            }
        }
        assertThat(referenced)
                .isNotEmpty()
                .allMatch(pkg -> PROVIDED.stream().anyMatch(pkg::startsWith), "a package the platform provides");
    }

    @Test
    void theConnectorWorksFromItsOwnClassLoader() throws Exception {
        try (var loader = new PluginClassLoader(jar().toUri().toURL(), PluginJarIT.class.getClassLoader());
                var simulator = HaloSimulator.start(
                        SimulatorSettings.defaults().withAssets(150).withAssetTypes(2))) {
            Connector connector =
                    ServiceLoader.load(Connector.class, loader).findFirst().orElseThrow();
            assertThat(connector.getClass().getClassLoader()).isSameAs(loader);
            assertThat(connector.descriptor().type()).isEqualTo("haloitsm");
            assertThat(connector.descriptor().version())
                    .as("from the jar's manifest")
                    .isEqualTo("0.1.0-SNAPSHOT");

            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(loader); // as the platform does for every call into a plugin
            try (var session = connector.authenticate(
                    Halo.config(simulator), TestConnectorContext.virtualTime(new VirtualClock()))) {
                Page page = connector.fetchPage(session, PageRequest.first("hardware", 100));
                CanonicalRecord ci = connector.mapToCI(page.records().get(0), Halo.config(simulator));

                assertThat(page.records()).isNotEmpty();
                assertThat(ci).isInstanceOf(ConfigurationItem.class);
            } finally {
                thread.setContextClassLoader(previous);
            }
        }
    }

    /**
     * A plugin loader like the platform's: the connector's own classes and service file come only from the
     * jar (so a copy on the class path cannot stand in for it); everything else from the parent.
     */
    private static final class PluginClassLoader extends URLClassLoader {

        PluginClassLoader(URL jar, ClassLoader parent) {
            super(new URL[] {jar}, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith("io.assetbridge.connector.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                Class<?> type = loaded != null ? loaded : findClass(name);
                if (resolve) {
                    resolveClass(type);
                }
                return type;
            }
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            if (name.equals("META-INF/services/io.assetbridge.spi.Connector")) {
                return findResources(name);
            }
            return super.getResources(name);
        }
    }
}
