package io.assetbridge.platform.sync;

import io.assetbridge.platform.PlatformDirectories;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This server node's id: {@code ASSETBRIDGE_NODE_ID}, otherwise generated once and kept in the data
 * directory's {@code node-id} file, so a node keeps its id across restarts. Runs show it as
 * {@code node}. Leases name the process ({@link #id()}: the node id plus a per-start suffix): a
 * restarted node is a new lease owner, so the leases of its previous process still expire.
 */
@ApplicationScoped
public class NodeIdentity {

    static final String NODE_ID = "assetbridge.node.id";
    static final String FILE = "node-id";
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private String node;
    private String process;

    @Inject
    public NodeIdentity(@ConfigProperty(name = NODE_ID) Optional<String> configured, PlatformDirectories dirs) {
        this(configured.orElse(""), dirs.data());
    }

    NodeIdentity(String configured, Path dataDir) {
        this.node =
                configured.isBlank() ? kept(dataDir.resolve(FILE)) : valid(configured.strip(), "ASSETBRIDGE_NODE_ID");
        this.process = node + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Required by CDI for the client proxy of a normal-scoped bean. */
    protected NodeIdentity() {}

    /** The lease owner: this process of the node (a restart is a new owner). */
    public String id() {
        return process;
    }

    /** The node's id, stable across restarts. */
    public String node() {
        return node;
    }

    private static String kept(Path file) {
        try {
            if (Files.exists(file)) {
                return valid(Files.readString(file, StandardCharsets.UTF_8).strip(), file.toString());
            }
            String generated = "node-" + UUID.randomUUID().toString().substring(0, 12);
            Files.createDirectories(file.getParent());
            Files.writeString(file, generated + "\n", StandardCharsets.UTF_8);
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the node id in " + file, e);
        }
    }

    private static String valid(String id, String source) {
        if (!VALID.matcher(id).matches()) {
            throw new IllegalArgumentException("the node id in " + source + " is '" + id
                    + "'; use 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        return id;
    }
}
