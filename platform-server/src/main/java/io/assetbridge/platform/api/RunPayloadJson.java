package io.assetbridge.platform.api;

import io.assetbridge.platform.sync.SyncRun;
import io.assetbridge.platform.webhook.RunPayloads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;

/** A run in a webhook payload exactly as {@code GET /api/syncs/{id}} shows it (same view, same JSON-B settings). */
@ApplicationScoped
public class RunPayloadJson implements RunPayloads {

    private final RunViews views;
    private final Jsonb jsonb = new JsonConfig().getContext(RunView.class);

    @Inject
    public RunPayloadJson(RunViews views) {
        this.views = views;
    }

    /** Required by CDI for the client proxy of a normal-scoped bean. */
    protected RunPayloadJson() {
        this(null);
    }

    @Override
    public String runJson(SyncRun run) {
        return jsonb.toJson(views.of(run));
    }
}
