package io.assetbridge.platform.api;

import io.assetbridge.platform.error.Violations;
import io.assetbridge.platform.history.ChangeHistory;
import io.assetbridge.platform.sync.MissingRelease;
import io.assetbridge.platform.sync.SyncService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.SQLException;
import java.util.TreeSet;

/** One sync run: its status, what it changed, cancelling it, and releasing what the mass-missing guard held. */
@Path("syncs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SyncsResource {

    private final SyncService syncs;
    private final RunViews views;
    private final MissingRelease release;
    private final ChangeHistory history;

    @Inject
    public SyncsResource(SyncService syncs, RunViews views, MissingRelease release, ChangeHistory history) {
        this.syncs = syncs;
        this.views = views;
        this.release = release;
        this.history = history;
    }

    /** For CDI's proxy. */
    protected SyncsResource() {
        this(null, null, null, null);
    }

    /** What the run changed (updated, reactivated, missing, retired, excluded CIs), newest first. */
    @GET
    @Path("{runId}/changes")
    public ChangeHistory.ChangePage changes(
            @PathParam("runId") String runId,
            @QueryParam("kind") String kind,
            @QueryParam("page") @DefaultValue("0") String page,
            @QueryParam("size") @DefaultValue("50") String size)
            throws SQLException {
        long id = Ids.parse(runId);
        var v = new Violations();
        if (kind != null && !ChangeHistory.KINDS.contains(kind)) {
            v.add("kind", "Must be one of " + new TreeSet<>(ChangeHistory.KINDS) + ".");
        }
        int pageNumber = InventoryResource.number("page", page, 0, 10_000_000, v);
        int pageSize = InventoryResource.number("size", size, 1, 500, v);
        v.throwIfAny("The query parameters are not valid.");
        syncs.get(id); // 404 for an unknown run
        return history.ofRun(id, kind, pageNumber, pageSize);
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

    /** Applies the missing marking the mass-missing guard held back in this run (admin only, audited). */
    @POST
    @Path("{runId}/release-missing")
    public RunView releaseMissing(@PathParam("runId") String runId) throws SQLException {
        return views.of(release.release(Ids.parse(runId)));
    }
}
