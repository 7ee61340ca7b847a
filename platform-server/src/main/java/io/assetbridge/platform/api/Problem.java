package io.assetbridge.platform.api;

import io.assetbridge.platform.error.ProblemJson;
import java.util.List;

/**
 * The body of every error response ({@code application/problem+json}, RFC 9457).
 *
 * @param type   a URI naming the kind of problem
 * @param title  a short summary of the kind
 * @param status the HTTP status
 * @param detail what happened this time, as a sentence the caller can act on
 * @param errors field-level problems, possibly none
 */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = ProblemJson.MEDIA_TYPE;

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /**
     * One problem with one input field.
     *
     * @param field   a dotted path from the body's root, e.g. {@code config.client-id}
     * @param message what is wrong and what is expected
     */
    public record FieldError(String field, String message) {}
}
