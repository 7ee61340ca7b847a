package io.assetbridge.connector.halo.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Halo's resource server ({@code …/api}) as a MicroProfile REST Client. {@code @Path} sits on the method
 * only: a class-level {@code @Path} would make a WAR scan this interface as a JAX-RS resource. Answers are
 * read as a raw {@link Response} so that one translator classifies every status and body.
 */
public interface HaloResourceApi {

    /**
     * Reads one list ({@code Asset}, {@code Client}, {@code Site}, {@code SoftwareLicence},
     * {@code AssetType}, {@code AssetSoftware}). Null parameters are left out of the query.
     */
    @GET
    @Path("{list}")
    @Produces({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    Response list(
            @PathParam("list") String list,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @QueryParam("pageinate") Boolean pageinate,
            @QueryParam("page_size") Integer pageSize,
            @QueryParam("page_no") Integer pageNo,
            @QueryParam("order") String order,
            @QueryParam("includeinactive") Boolean includeInactive,
            @QueryParam("includeactive") Boolean includeActive,
            @QueryParam("assettype_id") Long assetTypeId,
            @QueryParam("includeassetfields") Boolean includeAssetFields,
            @QueryParam("device_id") Long deviceId);
}
