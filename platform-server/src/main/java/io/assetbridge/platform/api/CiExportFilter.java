package io.assetbridge.platform.api;

import io.assetbridge.platform.error.Violations;
import io.assetbridge.platform.inventory.CiQuery;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/**
 * The filters and search of a CSV export of configuration items, the same as {@code GET /api/cis} takes
 * without paging; one bean shared by {@code /api/cis.csv} and {@code /api/cis} with {@code Accept: text/csv}.
 */
public class CiExportFilter {

    @QueryParam("class")
    String ciClass;

    @QueryParam("integration")
    String integration;

    @QueryParam("customer")
    String customer;

    @QueryParam("site")
    String site;

    @QueryParam("status")
    String status;

    @QueryParam("q")
    String q;

    @QueryParam("sort")
    @DefaultValue("name")
    String sort;

    /** The query, or a 400 naming every parameter that is not valid. */
    CiQuery query() {
        var v = new Violations();
        CiQuery query = CiParameters.query(ciClass, integration, customer, site, status, q, sort, 0, 1, v);
        v.throwIfAny("The query parameters are not valid.");
        return query;
    }
}
