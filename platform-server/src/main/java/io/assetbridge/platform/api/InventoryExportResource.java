package io.assetbridge.platform.api;

import io.assetbridge.platform.error.Violations;
import io.assetbridge.platform.inventory.CiQuery;
import io.assetbridge.platform.inventory.InventoryQueries;
import io.assetbridge.platform.inventory.InventoryViews.CiItem;
import io.assetbridge.platform.inventory.InventoryViews.CustomerItem;
import io.assetbridge.platform.inventory.InventoryViews.Ref;
import io.assetbridge.platform.inventory.ReferenceQueries;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;

/**
 * The inventory as CSV for spreadsheets and other tools: {@code /api/cis} and {@code /api/customers} when
 * the client asks for {@code text/csv}, and the same at {@code /api/cis.csv} and {@code /api/customers.csv}
 * for a plain link. The CI export takes the listing's filters and search, not its paging, and streams
 * every matching row from a database cursor. Parameters are checked before the first byte is written, so
 * an invalid request still gets a problem+json 400.
 */
@Path("")
@RequestScoped
public class InventoryExportResource {

    /** Below JSON's default quality: a client accepting anything (a browser's fetch) keeps getting JSON. */
    static final String CSV = "text/csv;qs=0.5";

    private static final String CSV_UTF8 = "text/csv; charset=UTF-8";

    private static final Object[] CI_HEADER = {
        "id",
        "integrationId",
        "sourceId",
        "class",
        "name",
        "type",
        "status",
        "serialNumber",
        "assetTag",
        "manufacturer",
        "model",
        "customerId",
        "customer",
        "siteId",
        "site",
        "warrantyStart",
        "warrantyEnd",
        "updatedAt"
    };

    private static final Object[] CUSTOMER_HEADER = {
        "id", "integrationId", "sourceId", "name", "active", "hardwareCount", "softwareCount"
    };

    private static final int CUSTOMER_PAGE = 500;

    private final InventoryQueries queries;
    private final ReferenceQueries references;

    @Inject
    public InventoryExportResource(InventoryQueries queries, ReferenceQueries references) {
        this.queries = queries;
        this.references = references;
    }

    /** For CDI's proxy. */
    protected InventoryExportResource() {
        this(null, null);
    }

    @GET
    @Path("cis.csv")
    @Produces(CSV)
    public Response cisCsv(@BeanParam CiExportFilter filter) {
        CiQuery query = filter.query();
        return csv("cis.csv", writer -> {
            writer.row(CI_HEADER);
            queries.eachCi(query, ci -> ciRow(writer, ci));
        });
    }

    /** {@code GET /api/cis} with {@code Accept: text/csv}; described with the JSON listing in META-INF/openapi.yaml. */
    @GET
    @Path("cis")
    @Produces(CSV)
    public Response cisNegotiated(@BeanParam CiExportFilter filter) {
        return cisCsv(filter);
    }

    @GET
    @Path("customers.csv")
    @Produces(CSV)
    public Response customersCsv(@QueryParam("integration") String integration, @QueryParam("q") String q) {
        var v = new Violations();
        Long integrationId = CiParameters.id("integration", integration, v);
        CiParameters.text(q, v);
        v.throwIfAny("The query parameters are not valid.");
        return csv("customers.csv", writer -> {
            writer.row(CUSTOMER_HEADER);
            // page by page, so memory stays flat for an MSP with many thousands of customers
            for (int page = 0; ; page++) {
                var customers = references
                        .customers(integrationId, q, page, CUSTOMER_PAGE)
                        .items();
                for (CustomerItem c : customers) {
                    writer.row(
                            c.id(),
                            c.integrationId(),
                            c.sourceId(),
                            c.name(),
                            c.active(),
                            c.hardwareCount(),
                            c.softwareCount());
                }
                if (customers.size() < CUSTOMER_PAGE) {
                    return;
                }
            }
        });
    }

    /** {@code GET /api/customers} with {@code Accept: text/csv}; described with the JSON listing in META-INF/openapi.yaml. */
    @GET
    @Path("customers")
    @Produces(CSV)
    public Response customersNegotiated(@QueryParam("integration") String integration, @QueryParam("q") String q) {
        return customersCsv(integration, q);
    }

    private static void ciRow(CsvWriter w, CiItem ci) throws IOException {
        w.row(
                ci.id(),
                ci.integrationId(),
                ci.sourceId(),
                ci.ciClass(),
                ci.name(),
                ci.type(),
                ci.status(),
                ci.serialNumber(),
                ci.assetTag(),
                ci.manufacturer(),
                ci.model(),
                refId(ci.customer()),
                refName(ci.customer()),
                refId(ci.site()),
                refName(ci.site()),
                ci.warrantyStart(),
                ci.warrantyEnd(),
                ci.updatedAt());
    }

    private static Long refId(Ref ref) {
        return ref == null ? null : ref.id();
    }

    private static String refName(Ref ref) {
        return ref == null ? null : ref.name();
    }

    /** The rows written straight to the response through an 8 KB buffer; nothing collects them. */
    private static Response csv(String fileName, CsvBody body) {
        StreamingOutput stream = out -> {
            var buffered = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            try {
                body.write(new CsvWriter(buffered));
            } catch (SQLException e) {
                // the status line is already out: all that is left is to end the body short
                throw new IOException("The CSV export stopped: the database read failed.", e);
            }
            buffered.flush();
        };
        return Response.ok(stream, CSV_UTF8)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .build();
    }

    @FunctionalInterface
    private interface CsvBody {
        void write(CsvWriter writer) throws IOException, SQLException;
    }
}
