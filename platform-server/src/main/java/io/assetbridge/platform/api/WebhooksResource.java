package io.assetbridge.platform.api;

import io.assetbridge.platform.webhook.DeliveryStore;
import io.assetbridge.platform.webhook.Webhook;
import io.assetbridge.platform.webhook.WebhookDispatcher;
import io.assetbridge.platform.webhook.WebhookOutbox;
import io.assetbridge.platform.webhook.WebhookService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
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

/** Webhooks (admin only, see web.xml): create, read, change, delete, send a test, and the delivery history. */
@Path("webhooks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WebhooksResource {

    @Inject
    WebhookService webhooks;

    @Inject
    DeliveryStore deliveries;

    @Inject
    WebhookOutbox outbox;

    @Inject
    WebhookDispatcher dispatcher;

    @Context
    UriInfo uri;

    @Inject
    PublicUrl publicUrl;

    @GET
    public List<WebhookView> list() {
        var latest = webhooks.latestDeliveries();
        return webhooks.list().stream()
                .map(w -> WebhookView.of(w, latest.get(w.id())))
                .toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(String body) {
        Webhook created = webhooks.create(JsonBodies.object(body));
        return Response.created(publicUrl.location(uri.getBaseUri().getRawPath() + "webhooks/" + created.id()))
                .entity(WebhookView.of(created, null))
                .build();
    }

    @GET
    @Path("{id}")
    public WebhookView get(@PathParam("id") String id) {
        return view(webhooks.get(Ids.parse(id)));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public WebhookView update(@PathParam("id") String id, String body) {
        long parsed = Ids.parse(id);
        return view(webhooks.update(parsed, JsonBodies.object(body)));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        webhooks.delete(Ids.parse(id));
        return Response.noContent().build();
    }

    /** Sends a {@code webhook.test} event now and answers with how it went (a failure is retried like any). */
    @POST
    @Path("{id}/test")
    public DeliveryView test(@PathParam("id") String id) {
        var queued = outbox.enqueueTest(Ids.parse(id));
        return DeliveryView.of(dispatcher.attempt(queued.id()).orElse(queued));
    }

    @GET
    @Path("{id}/deliveries")
    public List<DeliveryView> deliveries(
            @PathParam("id") String id, @QueryParam("limit") @DefaultValue("50") String limit) {
        long parsed = webhooks.get(Ids.parse(id)).id();
        return deliveries.history(parsed, Paging.bounded("limit", limit, 1, 500)).stream()
                .map(DeliveryView::of)
                .toList();
    }

    private WebhookView view(Webhook webhook) {
        return WebhookView.of(
                webhook,
                deliveries.history(webhook.id(), 1).stream().findFirst().orElse(null));
    }
}
