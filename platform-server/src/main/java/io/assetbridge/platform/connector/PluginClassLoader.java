package io.assetbridge.platform.connector;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * The class loader of one plugin jar. Child-first, so a plugin may bundle its own libraries, except
 * for the packages the platform and the plugin must share — the JDK, the Jakarta and MicroProfile
 * APIs, and the connector SPI — which always come from the parent, so a plugin cannot shadow them.
 */
final class PluginClassLoader extends URLClassLoader {

    private static final List<String> PARENT_FIRST =
            List.of("java.", "javax.", "jdk.", "sun.", "jakarta.", "org.eclipse.microprofile.", "io.assetbridge.spi.");

    static {
        registerAsParallelCapable();
    }

    PluginClassLoader(String jarName, URL jar, ClassLoader parent) {
        super("plugin:" + jarName, new URL[] {jar}, parent);
    }

    static boolean isShared(String name) {
        String dotted = name.replace('/', '.');
        return PARENT_FIRST.stream().anyMatch(dotted::startsWith);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (isShared(name)) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                try {
                    loaded = findClass(name);
                } catch (ClassNotFoundException notInJar) {
                    loaded = getParent().loadClass(name);
                }
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
        return own != null ? own : getParent().getResource(name);
    }

    /** Own resources first, so ServiceLoader meets the plugin's providers before the parent's. */
    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        List<URL> all = new ArrayList<>(Collections.list(findResources(name)));
        all.addAll(Collections.list(getParent().getResources(name)));
        return Collections.enumeration(all);
    }
}
