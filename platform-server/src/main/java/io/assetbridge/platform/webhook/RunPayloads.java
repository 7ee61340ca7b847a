package io.assetbridge.platform.webhook;

import io.assetbridge.platform.sync.SyncRun;

/** A run as {@code GET /api/syncs/{id}} shows it, as JSON text; the API layer provides it. */
public interface RunPayloads {

    String runJson(SyncRun run);
}
