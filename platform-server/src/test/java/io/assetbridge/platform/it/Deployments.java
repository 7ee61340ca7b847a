package io.assetbridge.platform.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR the build produced, deployed as ROOT so paths match the packaged server's. */
public final class Deployments {

    private Deployments() {}

    public static WebArchive builtWar() {
        serverLogDirectory();
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war")
                .importFrom(new File("target/assetbridge.war"))
                .as(WebArchive.class);
    }

    /** The built WAR on a fresh database with empty data and plugins directories. */
    public static WebArchive freshBuiltWar() {
        TestDatabase.recreate();
        emptyPluginsDir();
        emptyDataDir();
        return builtWar();
    }

    /** Payara writes its log where failsafe says ({@code --logtofile}); the folder must exist first. */
    private static void serverLogDirectory() {
        String log = System.getProperty("it.server.log");
        if (log != null) {
            try {
                Files.createDirectories(Path.of(log).getParent());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The plugins directory failsafe hands the server, emptied. */
    public static Path emptyPluginsDir() {
        return emptied(Path.of(System.getenv("ASSETBRIDGE_PLUGINS_DIR")));
    }

    /** The data directory failsafe hands the server, emptied. */
    public static Path emptyDataDir() {
        return emptied(Path.of(System.getenv("ASSETBRIDGE_DATA_DIR")));
    }

    public static Path itArtifact(String fileName) {
        return Path.of(System.getProperty("it.artifacts", "target/it-artifacts"))
                .resolve(fileName);
    }

    static Path emptied(Path dir) {
        try {
            if (Files.exists(dir)) {
                try (Stream<Path> all = Files.walk(dir)) {
                    all.sorted(Comparator.reverseOrder())
                            .forEach(p -> p.toFile().delete());
                }
            }
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
