package io.assetbridge.halosim.data;

import java.time.LocalDateTime;

/** A Halo site. Sites of client c always have ids {@code (c-1)·S+1 .. c·S} (S = sites per client). */
public record SiteState(
        int id, int clientId, String name, boolean inactive, boolean stockLocation, LocalDateTime lastUpdate) {}
