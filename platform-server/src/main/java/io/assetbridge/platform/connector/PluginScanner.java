package io.assetbridge.platform.connector;

import io.assetbridge.spi.Connector;
import io.assetbridge.spi.ConnectorDescriptor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.jar.JarFile;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Finds connectors: first those on the platform's own class path, then those in each jar of the
 * plugins directory (by file name), each jar in its own {@link PluginClassLoader}. A jar or connector
 * that fails in any way — not a zip, a provider that cannot be loaded or instantiated, a class
 * compiled for a newer Java, a descriptor that throws or is missing, a type already taken — becomes
 * a {@link PluginProblem} and is skipped; scanning never throws. For one type id the higher
 * descriptor version wins (see {@link ConnectorVersions}), so a newer jar replaces a built-in
 * connector; at equal versions the class path wins, then the first jar by file name. The loser is
 * listed in the problems either way.
 */
public final class PluginScanner {

    private static final Logger LOG = Logger.getLogger(PluginScanner.class.getName());
    static final String CLASS_PATH = "class path";

    private final ClassLoader platformLoader;
    private final List<RegisteredConnector> connectors = new ArrayList<>();
    private final List<PluginProblem> problems = new ArrayList<>();

    public PluginScanner(ClassLoader platformLoader) {
        this.platformLoader = platformLoader;
    }

    /** Scans the class path and the plugins directory (which may not exist). */
    public PluginScanner scan(Path pluginsDir) {
        scanLoader(platformLoader, CLASS_PATH);
        for (Path jar : jarsIn(pluginsDir)) {
            scanJar(jar);
        }
        return this;
    }

    public List<RegisteredConnector> connectors() {
        return List.copyOf(connectors);
    }

    public List<PluginProblem> problems() {
        return List.copyOf(problems);
    }

    private List<Path> jarsIn(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar") && Files.isRegularFile(f))
                    .sorted((a, b) ->
                            a.getFileName().toString().compareTo(b.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            report(dir.toString(), "The plugins directory cannot be read: " + e.getMessage());
            return List.of();
        }
    }

    private void scanJar(Path jar) {
        String name = jar.getFileName().toString();
        try (var ignored = new JarFile(jar.toFile())) {
            // opened only to prove it is a readable jar before a class loader is built on it
        } catch (IOException e) {
            report(name, "Not a readable jar file (" + e.getMessage() + "); the plugin was skipped.");
            return;
        }
        try {
            var loader = new PluginClassLoader(name, jar.toUri().toURL(), platformLoader);
            int before = connectors.size() + problems.size();
            scanLoader(loader, name);
            if (connectors.size() + problems.size() == before) {
                report(name, "The jar declares no connector in META-INF/services/" + Connector.class.getName() + ".");
            }
        } catch (IOException e) {
            report(name, "The jar cannot be loaded: " + e.getMessage());
        }
    }

    private void scanLoader(ClassLoader loader, String source) {
        var providers = ServiceLoader.load(Connector.class, loader).stream().iterator();
        while (true) {
            ServiceLoader.Provider<Connector> provider;
            try {
                if (!providers.hasNext()) {
                    return;
                }
                provider = providers.next();
            } catch (ServiceConfigurationError | LinkageError e) {
                report(source, "A connector could not be loaded: " + describe(e));
                if (e instanceof LinkageError) {
                    return;
                }
                continue;
            }
            if (provider.type().getClassLoader() == loader || CLASS_PATH.equals(source)) {
                register(provider, loader, source);
            }
        }
    }

    private void register(ServiceLoader.Provider<Connector> provider, ClassLoader loader, String source) {
        String where = CLASS_PATH.equals(source) ? provider.type().getName() : source;
        try (var swap = LoaderSwap.to(loader)) {
            Connector connector = provider.get();
            ConnectorDescriptor descriptor = connector.descriptor();
            if (descriptor == null) {
                report(where, "Connector " + provider.type().getName() + " returned no descriptor; it was skipped.");
                return;
            }
            var taken = connectors.stream()
                    .filter(c -> c.type().equals(descriptor.type()))
                    .findFirst();
            if (taken.isPresent()) {
                var existing = taken.get();
                if (ConnectorVersions.COMPARATOR.compare(
                                descriptor.version(), existing.descriptor().version())
                        <= 0) {
                    report(
                            where,
                            "Connector type '" + descriptor.type() + "' is already provided by "
                                    + existing.source() + " in version "
                                    + existing.descriptor().version()
                                    + "; this copy (version " + descriptor.version()
                                    + ") is not newer and was skipped.");
                    return;
                }
                connectors.remove(existing);
                report(
                        existing.source(),
                        "Connector type '" + descriptor.type() + "' version "
                                + existing.descriptor().version() + " was replaced by the newer version "
                                + descriptor.version() + " from " + source + ".");
            }
            connectors.add(new RegisteredConnector(connector, descriptor, loader, source));
            LOG.info(() -> "Loaded connector " + descriptor.type() + " " + descriptor.version() + " from " + source);
        } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
            report(where, "Connector " + provider.type().getName() + " failed to start: " + describe(e));
        }
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof UnsupportedClassVersionError) {
            return "it was compiled for a newer Java than this server runs (" + root.getMessage() + ").";
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return root.getClass().getSimpleName() + ": " + message;
    }

    private void report(String source, String message) {
        problems.add(new PluginProblem(source, message));
        LOG.log(Level.WARNING, "Plugin problem in {0}: {1}", new Object[] {source, message});
    }
}
