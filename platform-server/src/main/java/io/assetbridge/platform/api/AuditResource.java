package io.assetbridge.platform.api;

import io.assetbridge.platform.audit.AuditEntry;
import io.assetbridge.platform.audit.AuditLog;
import io.assetbridge.platform.json.JsonText;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;

/** The audit log, newest first, paged. Admin only (web.xml): the one {@code GET} a viewer may not make. */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditLog audit;

    /** One page of entries; {@code details} names what changed, never a secret value. */
    public record AuditPage(long total, int page, int size, List<Item> items) {}

    public record Item(long id, Instant at, String actor, String action, String target, JsonObject details) {
        static Item of(AuditEntry e) {
            return new Item(e.id(), e.at(), e.actor(), e.action(), e.target(), JsonText.parse(e.details()));
        }
    }

    @GET
    public AuditPage list(
            @QueryParam("page") @DefaultValue("0") String page, @QueryParam("size") @DefaultValue("50") String size) {
        int pageNumber = Paging.bounded("page", page, 0, 1_000_000);
        int pageSize = Paging.bounded("size", size, 1, 500);
        return new AuditPage(
                audit.count(),
                pageNumber,
                pageSize,
                audit.page(pageNumber, pageSize).stream().map(Item::of).toList());
    }
}
