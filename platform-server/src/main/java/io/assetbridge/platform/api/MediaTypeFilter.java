package io.assetbridge.platform.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every request body is JSON: {@code application/json}, or {@code application/merge-patch+json} on
 * {@code PATCH}; any other body, or one without a {@code Content-Type}, is 415. A form, multipart or
 * text content type is 415 even without a body, so that a cross-site "simple request" (which a
 * browser sends without asking first) cannot trigger anything, not even a body-less {@code POST}.
 */
@Provider
@PreMatching
@Priority(Priorities.HEADER_DECORATOR)
public class MediaTypeFilter implements ContainerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void filter(ContainerRequestContext request) {
        if (SAFE.contains(request.getMethod())) {
            return;
        }
        String declared = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        boolean patch = request.getMethod().equals("PATCH");
        if (declared == null) {
            if (request.hasEntity()) {
                refuse(request, "A request body needs a Content-Type of " + expected(patch) + ".");
            }
            return;
        }
        MediaType type;
        try {
            type = MediaType.valueOf(declared);
        } catch (IllegalArgumentException unreadable) {
            refuse(request, "The Content-Type cannot be read; send " + expected(patch) + ".");
            return;
        }
        boolean json = type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                || patch && type.isCompatible(MediaType.valueOf(IntegrationsResource.MERGE_PATCH));
        if (!json && (request.hasEntity() || simpleRequestType(type))) {
            refuse(
                    request,
                    "Request bodies are " + expected(patch) + ", not " + type.getType() + "/" + type.getSubtype()
                            + ".");
        }
    }

    /** The types a browser may send cross-site without a preflight. */
    private static boolean simpleRequestType(MediaType type) {
        return type.getType().equalsIgnoreCase("text")
                || type.getType().equalsIgnoreCase("multipart")
                || type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
    }

    private static String expected(boolean patch) {
        return patch ? "application/merge-patch+json" : "application/json";
    }

    private static void refuse(ContainerRequestContext request, String detail) {
        request.abortWith(ProblemMapper.render(415, "Unsupported media type", detail, List.of(), Map.of()));
    }
}
