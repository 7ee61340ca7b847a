package io.assetbridge.platform.api;

import java.lang.reflect.InvocationTargetException;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * The published description is {@code META-INF/openapi.yaml} as written (annotation scanning is off).
 * Payara adds one member of its own to the document's root, {@code endpoints}, which is not OpenAPI
 * and which linters and contract testers reject; it lives on Payara's model class, outside the
 * MicroProfile model, so it is emptied reflectively. Registered by {@code mp.openapi.filter}.
 */
public class OpenApiCleanup implements OASFilter {

    private static final Logger LOG = Logger.getLogger(OpenApiCleanup.class.getName());

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        try {
            // emptied, not nulled: Payara copies the map for every request, and omits it when empty
            if (openAPI.getClass().getMethod("getEndpoints").invoke(openAPI) instanceof Map<?, ?> endpoints) {
                endpoints.clear();
            }
        } catch (NoSuchMethodException notPayara) {
            // another runtime: it adds no such member
        } catch (IllegalAccessException | InvocationTargetException e) {
            LOG.log(Level.WARNING, "Could not remove Payara's endpoints member from /openapi", e);
        }
    }
}
