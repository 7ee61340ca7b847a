package io.assetbridge.platform.api;

import io.assetbridge.platform.error.ApiException;
import io.assetbridge.platform.error.InvalidInputException;
import io.assetbridge.platform.error.Violations;
import io.assetbridge.platform.history.ChangeHistory;
import io.assetbridge.platform.inventory.InventoryQueries;
import io.assetbridge.platform.inventory.InventoryViews;
import io.assetbridge.platform.inventory.ReferenceQueries;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.SQLException;

/** The inventory: CIs with filters, one CI with its attributes and its history, customers with counts, sites. */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InventoryResource {

    private final InventoryQueries queries;
    private final ReferenceQueries references;
    private final ChangeHistory history;

    @Inject
    public InventoryResource(InventoryQueries queries, ReferenceQueries references, ChangeHistory history) {
        this.queries = queries;
        this.references = references;
        this.history = history;
    }

    /** For CDI's proxy. */
    protected InventoryResource() {
        this(null, null, null);
    }

    @GET
    @Path("cis")
    public InventoryViews.CiPage cis(
            @QueryParam("class") String ciClass,
            @QueryParam("integration") String integration,
            @QueryParam("customer") String customer,
            @QueryParam("site") String site,
            @QueryParam("status") String status,
            @QueryParam("q") String q,
            @QueryParam("page") @DefaultValue("0") String page,
            @QueryParam("size") @DefaultValue("50") String size,
            @QueryParam("sort") @DefaultValue("name") String sort)
            throws SQLException {
        var v = new Violations();
        var query = CiParameters.query(
                ciClass,
                integration,
                customer,
                site,
                status,
                q,
                sort,
                number("page", page, 0, 10_000_000, v),
                number("size", size, 1, 500, v),
                v);
        v.throwIfAny("The query parameters are not valid.");
        return queries.cis(query);
    }

    @GET
    @Path("cis/{id}")
    public InventoryViews.CiDetail ci(@PathParam("id") String id) throws SQLException {
        long parsed = Ids.parse(id);
        return queries.ci(parsed)
                .orElseThrow(() -> ApiException.notFound("No configuration item with id " + parsed + " exists."));
    }

    /** What the syncs changed on the CI, newest first. */
    @GET
    @Path("cis/{id}/history")
    public ChangeHistory.ChangePage history(
            @PathParam("id") String id,
            @QueryParam("page") @DefaultValue("0") String page,
            @QueryParam("size") @DefaultValue("50") String size)
            throws SQLException {
        long parsed = Ids.parse(id);
        var v = new Violations();
        int pageNumber = number("page", page, 0, 10_000_000, v);
        int pageSize = number("size", size, 1, 500, v);
        v.throwIfAny("The query parameters are not valid.");
        return history.ofCi(parsed, pageNumber, pageSize)
                .orElseThrow(() -> ApiException.notFound("No configuration item with id " + parsed + " exists."));
    }

    @GET
    @Path("customers")
    public InventoryViews.CustomerPage customers(
            @QueryParam("integration") String integration,
            @QueryParam("q") String q,
            @QueryParam("page") @DefaultValue("0") String page,
            @QueryParam("size") @DefaultValue("50") String size)
            throws SQLException {
        var v = new Violations();
        Long integrationId = CiParameters.id("integration", integration, v);
        CiParameters.text(q, v);
        int pageNumber = number("page", page, 0, 10_000_000, v);
        int pageSize = number("size", size, 1, 500, v);
        v.throwIfAny("The query parameters are not valid.");
        return references.customers(integrationId, q, pageNumber, pageSize);
    }

    @GET
    @Path("sites")
    public InventoryViews.SitePage sites(
            @QueryParam("integration") String integration,
            @QueryParam("customer") String customer,
            @QueryParam("page") @DefaultValue("0") String page,
            @QueryParam("size") @DefaultValue("50") String size)
            throws SQLException {
        var v = new Violations();
        Long integrationId = CiParameters.id("integration", integration, v);
        Long customerId = CiParameters.id("customer", customer, v);
        int pageNumber = number("page", page, 0, 10_000_000, v);
        int pageSize = number("size", size, 1, 500, v);
        v.throwIfAny("The query parameters are not valid.");
        return references.sites(integrationId, customerId, pageNumber, pageSize);
    }

    static int number(String name, String raw, int min, int max, Violations v) {
        try {
            return Paging.bounded(name, raw, min, max);
        } catch (InvalidInputException e) {
            e.violations().forEach(x -> v.add(x.field(), x.message()));
            return min;
        }
    }
}
