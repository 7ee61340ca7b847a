package io.assetbridge.platform.api;

import io.assetbridge.platform.connector.ConnectorRegistry;
import io.assetbridge.platform.integration.Integration;
import io.assetbridge.platform.integration.IntegrationService;
import io.assetbridge.platform.integration.SettingsCodec;
import io.assetbridge.platform.sync.ConnectionCheck;
import io.assetbridge.platform.sync.ConnectionTester;
import io.assetbridge.platform.sync.RunMode;
import io.assetbridge.platform.sync.RunTrigger;
import io.assetbridge.platform.sync.SyncEngine;
import io.assetbridge.platform.sync.SyncRun;
import io.assetbridge.platform.sync.SyncService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Integrations: create, read, update, delete, test the connection, and their sync settings. */
@Path("integrations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class IntegrationsResource {

    /** RFC 7396. */
    static final String MERGE_PATCH = "application/merge-patch+json";

    private final IntegrationService integrations;
    private final ConnectionTester tester;
    private final ConnectorRegistry registry;
    private final SyncService syncs;
    private final SyncEngine engine;
    private final RunViews runViews;
    private final PublicUrl publicUrl;

    @Inject
    public IntegrationsResource(
            IntegrationService integrations,
            ConnectionTester tester,
            ConnectorRegistry registry,
            SyncService syncs,
            SyncEngine engine,
            RunViews runViews,
            PublicUrl publicUrl) {
        this.integrations = integrations;
        this.tester = tester;
        this.registry = registry;
        this.syncs = syncs;
        this.engine = engine;
        this.runViews = runViews;
        this.publicUrl = publicUrl;
    }

    /** For CDI's proxy. */
    protected IntegrationsResource() {
        this(null, null, null, null, null, null, null);
    }

    @Context
    UriInfo uri;

    @GET
    public List<IntegrationView> list() {
        // three queries however many integrations: all of them, the latest run of each, and their holds
        Map<Long, SyncRun> latest = syncs.latestOfEach();
        Map<Long, SyncRun> held = syncs.heldOfEach();
        return integrations.list().stream()
                .map(i -> view(i, Optional.ofNullable(latest.get(i.id())), held.get(i.id())))
                .toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(String body) {
        Integration created = integrations.create(JsonBodies.object(body));
        return Response.created(publicUrl.location(uri.getBaseUri().getRawPath() + "integrations/" + created.id()))
                .entity(view(created))
                .build();
    }

    @GET
    @Path("{id}")
    public IntegrationView get(@PathParam("id") String id) {
        return view(integrations.get(Ids.parse(id)));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public IntegrationView update(@PathParam("id") String id, String body) {
        long parsed = Ids.parse(id);
        return view(integrations.update(parsed, JsonBodies.object(body)));
    }

    @PATCH
    @Path("{id}")
    @Consumes(MERGE_PATCH)
    public IntegrationView patch(@PathParam("id") String id, String body) {
        long parsed = Ids.parse(id);
        return view(integrations.patch(parsed, JsonBodies.object(body)));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        integrations.delete(Ids.parse(id));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/test")
    public ConnectionTestView test(@PathParam("id") String id) {
        ConnectionTester.Outcome outcome = tester.test(Ids.parse(id));
        return new ConnectionTestView(
                outcome.ok(),
                outcome.checks(),
                outcome.warnings().stream().map(RunView.Warning::of).toList());
    }

    @GET
    @Path("{id}/settings")
    public JsonObject settings(@PathParam("id") String id) {
        return SettingsCodec.toJson(integrations.settings(integrations.get(Ids.parse(id))));
    }

    @PUT
    @Path("{id}/settings")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject updateSettings(@PathParam("id") String id, String body) {
        long parsed = Ids.parse(id);
        return SettingsCodec.toJson(integrations.updateSettings(parsed, JsonBodies.object(body)));
    }

    /**
     * Connect now: queues a sync and starts it, full unless {@code mode=incremental} asks otherwise (a
     * 400 for any other mode); 409 with the active run's id while one is queued or running.
     */
    @POST
    @Path("{id}/syncs")
    public Response startSync(@PathParam("id") String id, @QueryParam("mode") String mode) {
        long parsed = Ids.parse(id);
        SyncRun run = engine.start(parsed, RunTrigger.MANUAL, RunMode.requested(mode));
        return Response.accepted(runViews.of(run))
                .location(publicUrl.location(uri.getBaseUri().getRawPath() + "syncs/" + run.id()))
                .build();
    }

    @GET
    @Path("{id}/syncs")
    public List<RunView> syncHistory(
            @PathParam("id") String id, @QueryParam("limit") @DefaultValue("50") String limit) {
        return syncs.history(Ids.parse(id), Paging.bounded("limit", limit, 1, 500)).stream()
                .map(runViews::of)
                .toList();
    }

    private IntegrationView view(Integration i) {
        return view(i, syncs.latest(i.id()), syncs.held(i.id()).orElse(null));
    }

    private IntegrationView view(Integration i, Optional<SyncRun> lastRun, SyncRun heldRun) {
        var descriptor = registry.require(i.connectorType()).descriptor();
        return IntegrationView.of(
                i,
                descriptor,
                integrations.settings(i),
                lastRun.map(run -> RunView.of(run, descriptor)).orElse(null),
                heldRun);
    }

    /**
     * The result of a connection test: {@code warnings} name the enabled resource types the account may not
     * read (a sync skips them and still succeeds), in the run's warning shape.
     */
    public record ConnectionTestView(boolean ok, List<ConnectionCheck> checks, List<RunView.Warning> warnings) {}
}
