package io.assetbridge.platform.security;

import io.assetbridge.platform.PlatformDirectories;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The data directory holds the database, the secret key and the initial admin password: it is
 * created (or narrowed to) 0700 before anything writes there, and every file in it is made 0600,
 * at start-up before the schema migration and again after it (H2 creates its files on first use
 * with the process umask). Only on POSIX file systems; elsewhere the operator's ACLs apply.
 */
@ApplicationScoped
public class OwnerOnlyFiles {

    private static final Logger LOG = Logger.getLogger(OwnerOnlyFiles.class.getName());
    static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private PlatformDirectories directories;

    @Inject
    public OwnerOnlyFiles(PlatformDirectories directories) {
        this.directories = directories;
    }

    /** Required by CDI for the client proxy of a normal-scoped bean. */
    protected OwnerOnlyFiles() {}

    /** Before the schema migration (priority 1) opens the embedded database. */
    void beforeMigration(@Observes @Priority(0) @Initialized(ApplicationScoped.class) Object event) {
        narrow();
    }

    /** After it, for the files the embedded database created meanwhile. */
    void afterMigration(@Observes @Priority(5) @Initialized(ApplicationScoped.class) Object event) {
        narrow();
    }

    private void narrow() {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Path data = directories.data();
        try {
            if (Files.notExists(data)) {
                Files.createDirectories(data, PosixFilePermissions.asFileAttribute(DIRECTORY));
            }
            try (Stream<Path> all = Files.walk(data)) {
                all.filter(p -> !Files.isSymbolicLink(p)).forEach(OwnerOnlyFiles::ownerOnly);
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.warning(() -> "Could not make " + data + " owner-only (0700, files 0600): " + e.getMessage());
        }
    }

    private static void ownerOnly(Path path) {
        try {
            Files.setPosixFilePermissions(path, Files.isDirectory(path) ? DIRECTORY : FILE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
