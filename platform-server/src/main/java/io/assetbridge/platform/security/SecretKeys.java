package io.assetbridge.platform.security;

import io.assetbridge.platform.PlatformDirectories;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The AES key for secrets at rest: {@code ASSETBRIDGE_SECRET_KEY} (base64, 256 bit) when set,
 * otherwise {@code <data dir>/secret.key}, generated once with owner-only permissions.
 */
@ApplicationScoped
public class SecretKeys {

    private static final Logger LOG = Logger.getLogger(SecretKeys.class.getName());
    static final String KEY_FILE = "secret.key";

    private Optional<String> configured;
    private PlatformDirectories directories;
    private volatile SecretKey key;

    @Inject
    public SecretKeys(
            @ConfigProperty(name = "assetbridge.secret.key") Optional<String> configured,
            PlatformDirectories directories) {
        this.configured = configured;
        this.directories = directories;
    }

    /** Required by CDI for the client proxy of a normal-scoped bean. */
    protected SecretKeys() {}

    public SecretKey current() {
        SecretKey current = key;
        if (current == null) {
            synchronized (this) {
                if (key == null) {
                    key = load();
                }
                current = key;
            }
        }
        return current;
    }

    private SecretKey load() {
        byte[] bytes = configured
                .filter(v -> !v.isBlank())
                .map(v -> decode(v, "ASSETBRIDGE_SECRET_KEY"))
                .orElseGet(this::fromDataDirectory);
        return new SecretKeySpec(bytes, "AES");
    }

    private byte[] fromDataDirectory() {
        Path file = directories.data().resolve(KEY_FILE);
        try {
            if (!Files.exists(file)) {
                generate(file);
            }
            return decode(Files.readString(file).trim(), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the secret key file " + file, e);
        }
    }

    private static void generate(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, Base64.getEncoder().encodeToString(fresh));
            LOG.info(() ->
                    "Generated a new secret key in " + file + "; back it up with the database (docs/operations.md)");
        } catch (FileAlreadyExistsException raced) {
            // another instance created it first: use theirs
        }
    }

    private static byte[] decode(String base64, String source) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The secret key in " + source + " is not valid base64");
        }
        if (bytes.length != 32) {
            throw new IllegalStateException("The secret key in " + source + " must be 256 bits (32 bytes, base64), got "
                    + bytes.length + " bytes");
        }
        return bytes;
    }
}
