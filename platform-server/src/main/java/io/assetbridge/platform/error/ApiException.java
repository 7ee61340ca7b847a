package io.assetbridge.platform.error;

import java.util.Map;

/**
 * A failure with an HTTP meaning that services report and the API renders as a problem document.
 * The message is a sentence the caller can act on and never contains a secret.
 */
public class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String title;
    private final transient Map<String, Object> extensions;

    public ApiException(int status, String title, String detail, Map<String, Object> extensions) {
        super(detail);
        this.status = status;
        this.title = title;
        this.extensions = Map.copyOf(extensions);
    }

    public static ApiException notFound(String detail) {
        return new ApiException(404, "Not found", detail, Map.of());
    }

    public static ApiException badRequest(String detail) {
        return new ApiException(400, "Invalid request", detail, Map.of());
    }

    public static ApiException conflict(String detail) {
        return new ApiException(409, "Conflict", detail, Map.of());
    }

    /** A conflict with extra members, e.g. {@code runId} of the sync already running. */
    public static ApiException conflict(String detail, Map<String, Object> extensions) {
        return new ApiException(409, "Conflict", detail, extensions);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }
}
