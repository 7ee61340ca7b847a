package io.assetbridge.platform.api;

import io.assetbridge.platform.error.ApiException;
import io.assetbridge.platform.error.InvalidInputException;
import io.assetbridge.platform.error.Violations;
import io.assetbridge.platform.inventory.CiQuery;
import io.assetbridge.platform.inventory.InventoryQueries;
import io.assetbridge.platform.inventory.InventoryViews;
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
import java.util.Set;

/** The inventory: CIs with filters, one CI with its attributes, customers with counts, sites. */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InventoryResource {

    private static final Set<String> CLASSES = Set.of("hardware", "software");
    private static final Set<String> STATUSES = Set.of("active", "inactive", "missing", "retired", "excluded");
    private static final Set<String> SORTS = Set.of("name", "-name", "updatedAt", "-updatedAt");

    @Inject
    InventoryQueries queries;

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
        oneOf("class", ciClass, CLASSES, v);
        oneOf("status", status, STATUSES, v);
        oneOf("sort", sort, SORTS, v);
        text(q, v);
        var query = new CiQuery(
                ciClass,
                id("integration", integration, v),
                id("customer", customer, v),
                id("site", site, v),
                status,
                q,
                number("page", page, 0, 10_000_000, v),
                number("size", size, 1, 500, v),
                sort);
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

    @GET
    @Path("customers")
    public InventoryViews.CustomerPage customers(
            @QueryParam("integration") String integration,
            @QueryParam("q") String q,
            @QueryParam("page") @DefaultValue("0") String page,
            @QueryParam("size") @DefaultValue("50") String size)
            throws SQLException {
        var v = new Violations();
        Long integrationId = id("integration", integration, v);
        text(q, v);
        int pageNumber = number("page", page, 0, 10_000_000, v);
        int pageSize = number("size", size, 1, 500, v);
        v.throwIfAny("The query parameters are not valid.");
        return queries.customers(integrationId, q, pageNumber, pageSize);
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
        Long integrationId = id("integration", integration, v);
        Long customerId = id("customer", customer, v);
        int pageNumber = number("page", page, 0, 10_000_000, v);
        int pageSize = number("size", size, 1, 500, v);
        v.throwIfAny("The query parameters are not valid.");
        return queries.sites(integrationId, customerId, pageNumber, pageSize);
    }

    private static void text(String q, Violations v) {
        if (q != null && (q.length() > 200 || Violations.hasControlCharacters(q))) {
            v.add("q", "Must be at most 200 characters without control characters.");
        }
    }

    private static void oneOf(String name, String value, Set<String> allowed, Violations v) {
        if (value != null && !allowed.contains(value)) {
            v.add(name, "Must be one of " + new java.util.TreeSet<>(allowed) + ".");
        }
    }

    private static Long id(String name, String raw, Violations v) {
        if (raw == null) {
            return null;
        }
        try {
            long id = Long.parseLong(raw);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        v.add(name, "Must be an AssetBridge id (a positive whole number).");
        return null;
    }

    private static int number(String name, String raw, int min, int max, Violations v) {
        try {
            return Paging.bounded(name, raw, min, max);
        } catch (InvalidInputException e) {
            e.violations().forEach(x -> v.add(x.field(), x.message()));
            return min;
        }
    }
}
