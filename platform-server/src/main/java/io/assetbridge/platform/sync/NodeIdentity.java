package io.assetbridge.platform.sync;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** This server process's name in run leases; a restart is a new node, so its old leases expire. */
@ApplicationScoped
public class NodeIdentity {

    private final String id = UUID.randomUUID().toString();

    public String id() {
        return id;
    }
}
