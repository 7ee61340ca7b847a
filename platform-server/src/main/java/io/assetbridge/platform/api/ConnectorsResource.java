package io.assetbridge.platform.api;

import io.assetbridge.platform.connector.ConnectorRegistry;
import io.assetbridge.platform.error.ApiException;
import io.assetbridge.platform.integration.IntegrationService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The connectors this server offers, and the plugin jars it had to skip. */
@Path("connectors")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ConnectorsResource {

    private final ConnectorRegistry registry;
    private final IntegrationService integrations;

    @Inject
    public ConnectorsResource(ConnectorRegistry registry, IntegrationService integrations) {
        this.registry = registry;
        this.integrations = integrations;
    }

    /** For CDI's proxy. */
    protected ConnectorsResource() {
        this(null, null);
    }

    @GET
    public List<ConnectorView> list() {
        return registry.all().stream()
                .map(c -> ConnectorView.of(c.descriptor()))
                .toList();
    }

    @GET
    @Path("problems")
    public List<PluginProblemView> problems() {
        return registry.problems().stream()
                .map(p -> new PluginProblemView(p.source(), p.message()))
                .toList();
    }

    @GET
    @Path("{type}")
    public ConnectorView get(@PathParam("type") String type) {
        return registry.find(type)
                .map(c -> ConnectorView.of(c.descriptor()))
                .orElseThrow(() -> ApiException.notFound("No connector of type '" + type + "' is installed."));
    }

    @PUT
    @Path("{type}/validate")
    @Consumes(MediaType.APPLICATION_JSON)
    public ValidationView validate(@PathParam("type") String type, String body) {
        var violations = integrations.validate(type, JsonBodies.object(body));
        return new ValidationView(
                violations.isEmpty(),
                violations.stream()
                        .map(v -> new Problem.FieldError(v.field(), v.message()))
                        .toList());
    }

    /** The result of a static validation. */
    public record ValidationView(boolean valid, List<Problem.FieldError> errors) {}

    /** A plugin the registry skipped. */
    public record PluginProblemView(String source, String message) {}
}
