package io.assetbridge.platform.security;

import io.assetbridge.platform.PlatformDirectories;
import io.assetbridge.platform.persistence.ApplicationDataSource;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The admin password when none is configured: generated on the first start, written once to
 * {@code <data dir>/initial-admin-password} (owner-only), stored only as a hash in {@code app_user}.
 * The log names the file, never the password. When several instances start together on one
 * database, the first insert wins and the others use its hash.
 */
@ApplicationScoped
public class InitialAdminPassword {

    private static final Logger LOG = Logger.getLogger(InitialAdminPassword.class.getName());
    public static final String FILE_NAME = "initial-admin-password";

    @Resource(lookup = ApplicationDataSource.JNDI_NAME)
    private DataSource dataSource;

    private PlatformDirectories directories;

    @Inject
    public InitialAdminPassword(PlatformDirectories directories) {
        this.directories = directories;
    }

    /** Required by CDI for the client proxy of a normal-scoped bean. */
    protected InitialAdminPassword() {}

    String storedOrGenerated() {
        try (Connection db = dataSource.getConnection()) {
            Optional<String> stored = storedHash(db);
            if (stored.isPresent()) {
                return stored.get();
            }
            String password = generate();
            String hash = PasswordHash.of(password);
            if (!insert(db, hash)) {
                return storedHash(db)
                        .orElseThrow(() -> new IllegalStateException("The admin user vanished during start-up"));
            }
            Path file = write(password);
            LOG.warning(() -> "No ASSETBRIDGE_ADMIN_PASSWORD is set: generated an admin password into " + file
                    + " (readable by this account only); set ASSETBRIDGE_ADMIN_PASSWORD to replace it");
            return hash;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read or store the admin user in the database", e);
        }
    }

    private static Optional<String> storedHash(Connection db) throws SQLException {
        try (var query = db.prepareStatement("SELECT password_hash FROM app_user WHERE username = ?")) {
            query.setString(1, Roles.ADMIN);
            try (var rows = query.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    /** False when another instance inserted the admin first. */
    private static boolean insert(Connection db, String hash) throws SQLException {
        try (var insert =
                db.prepareStatement("INSERT INTO app_user (username, password_hash, created_at) VALUES (?, ?, ?)")) {
            insert.setString(1, Roles.ADMIN);
            insert.setString(2, hash);
            insert.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
            insert.executeUpdate();
            return true;
        } catch (SQLException duplicate) {
            if (storedHash(db).isPresent()) {
                return false;
            }
            throw duplicate;
        }
    }

    private static String generate() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Written to a fresh owner-only file first, then moved into place, so the password is never world-readable. */
    private Path write(String password) {
        Path file = directories.data().resolve(FILE_NAME);
        try {
            Files.createDirectories(file.getParent());
            Path fresh = Files.createTempFile(
                    file.getParent(),
                    FILE_NAME,
                    ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(fresh, password + System.lineSeparator());
            return Files.move(fresh, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the initial admin password file in " + file.getParent(), e);
        }
    }
}
