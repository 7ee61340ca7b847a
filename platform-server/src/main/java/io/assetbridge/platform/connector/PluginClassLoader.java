package io.assetbridge.platform.connector;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The class loader of one plugin jar. A plugin sees only its own jar and what the platform promises
 * to share: the JDK, the Jakarta EE and MicroProfile APIs, the connector SPI, and the implementations
 * those APIs find through {@code ServiceLoader} (Jersey's MicroProfile REST Client, Parsson, Yasson,
 * and whatever class a parent's service file of a shared API names, once the plugin has read that
 * file). Those always come from the parent, so a plugin cannot shadow them; everything else the WAR holds —
 * Jackson, Flyway, H2, the PostgreSQL driver, platform internals, built-in connectors — is a
 * {@link ClassNotFoundException}, so a plugin that forgets to bundle a library fails at once instead
 * of on a platform upgrade.
 */
final class PluginClassLoader extends URLClassLoader {

    private static final List<String> SHARED = List.of(
            "java.",
            "javax.",
            "jdk.",
            "sun.",
            "jakarta.",
            "org.eclipse.microprofile.",
            "io.assetbridge.spi.",
            "org.glassfish.jersey.",
            "org.eclipse.parsson.",
            "org.glassfish.json.",
            "org.eclipse.yasson.");

    private static final String SERVICES = "META-INF/services/";

    /** The WAR's connector list; a plugin must not register the built-in connectors again. */
    private static final String CONNECTOR_SERVICES = SERVICES + "io.assetbridge.spi.Connector";

    /** Providers named by the parent's service files of shared APIs that this loader handed out. */
    private final Set<String> parentProviders = ConcurrentHashMap.newKeySet();

    static {
        registerAsParallelCapable();
    }

    PluginClassLoader(String jarName, URL jar, ClassLoader parent) {
        super("plugin:" + jarName, new URL[] {jar}, parent);
    }

    /** Whether a class or resource name (dotted or slashed) belongs to what the platform shares. */
    static boolean isShared(String name) {
        String dotted = name.replace('/', '.');
        return SHARED.stream().anyMatch(dotted::startsWith);
    }

    /** Parent resources a plugin may see: shared classes and files, and service lists of shared APIs. */
    private static boolean parentResourceVisible(String name) {
        if (name.startsWith(SERVICES)) {
            return !name.equals(CONNECTOR_SERVICES) && isShared(name.substring(SERVICES.length()));
        }
        return isShared(name);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (isShared(name) || parentProviders.contains(name)) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                loaded = findClass(name);
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }

    @Override
    public URL getResource(String name) {
        if (isShared(name)) {
            return super.getResource(name);
        }
        URL own = findResource(name);
        return own != null || !parentResourceVisible(name) ? own : getParent().getResource(name);
    }

    /** Own resources first, so ServiceLoader meets the plugin's providers before the parent's. */
    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        List<URL> all = new ArrayList<>(Collections.list(findResources(name)));
        if (parentResourceVisible(name)) {
            List<URL> parents = Collections.list(getParent().getResources(name));
            if (name.startsWith(SERVICES)) {
                parents.forEach(this::rememberProviders);
            }
            all.addAll(parents);
        }
        return Collections.enumeration(all);
    }

    /** A ServiceLoader that reads a parent's service file next loads the classes it names. */
    private void rememberProviders(URL servicesFile) {
        try (var lines = new BufferedReader(new InputStreamReader(servicesFile.openStream(), StandardCharsets.UTF_8))) {
            lines.lines()
                    .map(line -> line.replaceFirst("#.*", "").strip())
                    .filter(line -> !line.isEmpty())
                    .forEach(parentProviders::add);
        } catch (IOException unreadable) {
            // ServiceLoader reads the same file next and reports it as a ServiceConfigurationError
        }
    }
}
