package io.assetbridge.platform.api;

import jakarta.ws.rs.core.Response.Status;

import java.util.List;
import java.util.Map;

/**
 * An error the API answers with a problem document. Thrown by resources and services; rendered by
 * {@link ProblemMapper}. The message must never contain a secret.
 */
public class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String title;
    private final transient List<Problem.FieldError> errors;
    private final transient Map<String, Object> extensions;

    public ApiException(int status, String title, String detail, List<Problem.FieldError> errors,
                        Map<String, Object> extensions) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.extensions = Map.copyOf(extensions);
    }

    public static ApiException notFound(String detail) {
        return new ApiException(Status.NOT_FOUND.getStatusCode(), "Not found", detail, List.of(), Map.of());
    }

    public static ApiException badRequest(String detail, List<Problem.FieldError> errors) {
        return new ApiException(Status.BAD_REQUEST.getStatusCode(), "Invalid request", detail, errors, Map.of());
    }

    public static ApiException conflict(String detail) {
        return new ApiException(Status.CONFLICT.getStatusCode(), "Conflict", detail, List.of(), Map.of());
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    /** Extra members of the problem document, e.g. {@code runId} on a 409 for a running sync. */
    public Map<String, Object> extensions() {
        return extensions;
    }
}
