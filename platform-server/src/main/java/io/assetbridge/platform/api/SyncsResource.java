package io.assetbridge.platform.api;

import io.assetbridge.platform.sync.SyncService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** One sync run: its status, and cancelling it. */
@Path("syncs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SyncsResource {

    private final SyncService syncs;
    private final RunViews views;

    @Inject
    public SyncsResource(SyncService syncs, RunViews views) {
        this.syncs = syncs;
        this.views = views;
    }

    /** For CDI's proxy. */
    protected SyncsResource() {
        this(null, null);
    }

    @GET
    @Path("{runId}")
    public RunView get(@PathParam("runId") String runId) {
        return views.of(syncs.get(Ids.parse(runId)));
    }

    @POST
    @Path("{runId}/cancel")
    public RunView cancel(@PathParam("runId") String runId) {
        return views.of(syncs.cancel(Ids.parse(runId)));
    }
}
