package io.assetbridge.halosim.data;

import java.time.LocalDateTime;

/** A Halo client (customer, "Area"); {@code toplevelId} groups clients as Halo's top levels do. */
public record ClientState(int id, String name, boolean inactive, int toplevelId, LocalDateTime lastUpdate) {

    public ClientState withName(String value) {
        return new ClientState(id, value, inactive, toplevelId, lastUpdate);
    }

    public ClientState withInactive(boolean value) {
        return new ClientState(id, name, value, toplevelId, lastUpdate);
    }

    public ClientState withLastUpdate(LocalDateTime value) {
        return new ClientState(id, name, inactive, toplevelId, value);
    }
}
