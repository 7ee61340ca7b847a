package io.assetbridge.platform.it;

import io.assetbridge.spi.Connector;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Writes plugin jars for tests from classes on the test class path (the {@code test-plugins}
 * module): well-formed ones, and each kind of broken jar the registry must survive.
 */
public final class PluginJars {

    private final Path dir;

    public PluginJars(Path dir) {
        this.dir = dir;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A jar holding {@code classes} and a services file naming {@code providers}. */
    public Path connectorJar(String fileName, String[] providers, Class<?>... classes) {
        return write(fileName, jar -> {
            for (Class<?> type : classes) {
                addClass(jar, type.getName(), classBytes(type.getName()));
            }
            addServices(jar, providers);
        });
    }

    /** A jar whose connector class file claims a Java version far newer than any JVM running the tests. */
    public Path tooNewClassVersionJar(String fileName, Class<?> connector) {
        byte[] bytes = classBytes(connector.getName());
        bytes[6] = 0;
        bytes[7] = (byte) 99; // major version 99: Java 55
        return write(fileName, jar -> {
            addClass(jar, connector.getName(), bytes);
            addServices(jar, new String[] {connector.getName()});
        });
    }

    /** A jar whose services file names a class that is not in it. */
    public Path missingClassJar(String fileName) {
        return write(fileName, jar -> addServices(jar, new String[] {"io.assetbridge.testplugins.DoesNotExist"}));
    }

    /** A file named like a jar that is not a zip at all. */
    public Path notAZip(String fileName) {
        try {
            return Files.writeString(dir.resolve(fileName), "this is not a jar", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Copies an existing jar in with its manifest's {@code Implementation-Version} set to {@code version}
     * — what a connector that reads its version from its package (as Halo ITSM does) reports.
     */
    public Path copyAsVersion(Path source, String fileName, String version) {
        return write(fileName, jar -> {
            try (var in = new JarFile(source.toFile())) {
                Manifest manifest = in.getManifest() == null ? new Manifest() : in.getManifest();
                manifest.getMainAttributes().putIfAbsent(Attributes.Name.MANIFEST_VERSION, "1.0");
                manifest.getMainAttributes().put(Attributes.Name.IMPLEMENTATION_VERSION, version);
                jar.putNextEntry(new JarEntry(JarFile.MANIFEST_NAME));
                manifest.write(jar);
                jar.closeEntry();
                for (JarEntry entry : Collections.list(in.entries())) {
                    if (entry.getName().equalsIgnoreCase(JarFile.MANIFEST_NAME)) {
                        continue;
                    }
                    jar.putNextEntry(new JarEntry(entry.getName()));
                    try (InputStream bytes = in.getInputStream(entry)) {
                        bytes.transferTo(jar);
                    }
                    jar.closeEntry();
                }
            }
        });
    }

    /** Copies an existing jar in. */
    public Path copy(Path jar, String fileName) {
        try {
            return Files.copy(jar, dir.resolve(fileName), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface JarWriter {
        void write(JarOutputStream jar) throws IOException;
    }

    private Path write(String fileName, JarWriter content) {
        Path target = dir.resolve(fileName);
        try (var jar = new JarOutputStream(Files.newOutputStream(target))) {
            content.write(jar);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    private static void addServices(JarOutputStream jar, String[] providers) throws IOException {
        jar.putNextEntry(new JarEntry("META-INF/services/" + Connector.class.getName()));
        jar.write((String.join("\n", providers) + "\n").getBytes(StandardCharsets.UTF_8));
        jar.closeEntry();
    }

    private static void addClass(JarOutputStream jar, String className, byte[] bytes) throws IOException {
        jar.putNextEntry(new JarEntry(className.replace('.', '/') + ".class"));
        jar.write(bytes);
        jar.closeEntry();
    }

    /** The bytes of a class file, from whichever jar or directory on the test class path holds it. */
    public static byte[] classBytes(String className) {
        String resource = className.replace('.', '/') + ".class";
        try (InputStream in = PluginJars.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("not on the test class path: " + className);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
