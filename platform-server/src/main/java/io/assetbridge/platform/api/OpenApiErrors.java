package io.assetbridge.platform.api;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Adds the error responses every operation can give (see {@code META-INF/openapi.yaml}), so the
 * published description lists them without repeating them on each resource method: 401 and 500
 * always, 403 on every method but GET, 400/413/415 where there is a body, 404 where there is a path
 * parameter, 400 where there are query parameters. Registered by {@code mp.openapi.filter}.
 */
public class OpenApiErrors implements OASFilter {

    @Override
    public PathItem filterPathItem(PathItem item) {
        item.getOperations().forEach((method, operation) -> {
            if (method != PathItem.HttpMethod.GET) {
                filterOperation(operation);
                add(operation.getResponses(), "403", "Forbidden");
            }
        });
        return item;
    }

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        add(responses, "401", "Unauthorized");
        add(responses, "500", "InternalError");
        boolean hasBody = operation.getRequestBody() != null;
        if (hasBody) {
            add(responses, "400", "BadRequest");
            add(responses, "413", "PayloadTooLarge");
            add(responses, "415", "UnsupportedMediaType");
        }
        if (operation.getParameters() != null) {
            operation.getParameters().forEach(p -> {
                switch (p.getIn()) {
                    case PATH -> add(operation.getResponses(), "404", "NotFound");
                    case QUERY -> add(operation.getResponses(), "400", "BadRequest");
                    default -> {
                        /* headers and cookies carry nothing we validate */
                    }
                }
            });
        }
        return operation;
    }

    private static void add(APIResponses responses, String status, String component) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().ref("#/components/responses/" + component));
        }
    }
}
