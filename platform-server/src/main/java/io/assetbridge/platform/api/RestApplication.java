package io.assetbridge.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;

/**
 * The admin API under {@code /api}. Access control for every resource here is applied in the
 * {@code security} package, at this application's boundary.
 *
 * <p>The resources and providers are listed rather than scanned: a scan also finds the built-in
 * connector's MicroProfile REST Client interfaces (their methods carry {@code @Path}), which Jersey
 * then warns about and Payara lists as phantom {@code /api//…} endpoints. {@code RestApplicationTest}
 * fails when a class of this package with {@code @Path} or {@code @Provider} is missing here.
 */
@ApplicationPath("api")
public class RestApplication extends Application {

    static final Set<Class<?>> COMPONENTS = Set.of(
            ConnectorsResource.class,
            IntegrationsResource.class,
            InventoryResource.class,
            InventoryExportResource.class,
            SyncsResource.class,
            WebhooksResource.class,
            SessionResource.class,
            AuditResource.class,
            BodyLimitFilter.class,
            MediaTypeFilter.class,
            JsonConfig.class,
            ProblemAccept.class,
            ProblemMapper.class);

    /**
     * Jersey: no generated WADL ({@code OPTIONS}, {@code application.wadl}); and a relative
     * {@code Location} stays relative instead of being made absolute from the {@code Host} header.
     */
    static final Map<String, Object> PROPERTIES = Map.of(
            "jersey.config.server.wadl.disableWadl", Boolean.TRUE,
            "jersey.config.server.headers.location.relative.resolution.disabled", Boolean.TRUE);

    @Override
    public Set<Class<?>> getClasses() {
        return COMPONENTS;
    }

    @Override
    public Map<String, Object> getProperties() {
        return PROPERTIES;
    }
}
