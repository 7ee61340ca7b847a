package io.assetbridge.platform.api;

import io.assetbridge.platform.error.ApiException;
import io.assetbridge.platform.error.ConnectorMissingException;
import io.assetbridge.platform.error.DomainException;
import io.assetbridge.platform.error.InvalidInputException;
import io.assetbridge.platform.error.NotFoundException;
import io.assetbridge.platform.error.ProblemJson;
import io.assetbridge.platform.error.Violation;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Renders every exception that reaches JAX-RS as {@code application/problem+json}: the services'
 * {@link DomainException}s (the one place their kinds become statuses), the API's own
 * {@link ApiException}s, JAX-RS's (404, 405, 415…), and anything unexpected as a 500 whose detail
 * gives only an incident id (the exception is logged under that id, never sent to the client).
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Override
    public Response toResponse(Throwable exception) {
        if (exception instanceof DomainException domain) {
            return render(status(domain), title(domain), domain.getMessage(), List.of(), domain.details());
        }
        if (exception instanceof ApiException api) {
            return render(api.status(), api.title(), api.getMessage(), List.of(), api.extensions());
        }
        if (exception instanceof InvalidInputException invalid) {
            return render(
                    400,
                    "Invalid request",
                    invalid.getMessage(),
                    invalid.violations().stream()
                            .map(v -> new Problem.FieldError(v.field(), v.message()))
                            .toList(),
                    Map.of());
        }
        if (exception instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            var reason = Response.Status.fromStatusCode(status);
            String title = reason == null ? "HTTP " + status : reason.getReasonPhrase();
            return render(status, title, webDetail(status), List.of(), Map.of());
        }
        if (isReadTimeout(exception)) {
            return render(
                    408,
                    "Request timeout",
                    "The request body did not arrive in time; send it again.",
                    List.of(),
                    Map.of());
        }
        if (isConcurrentChange(exception)) {
            return render(
                    409,
                    "Conflict",
                    "Someone else, or a sync, changed this at the same moment; reload it and try again.",
                    List.of(),
                    Map.of());
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, exception);
        return render(
                500,
                "Internal error",
                "The server failed unexpectedly; the incident id is " + incident + ".",
                List.of(),
                Map.of());
    }

    /**
     * A lost optimistic-lock race (a row's version moved between read and commit) reaches us wrapped in
     * the transaction's rollback exception; it is a conflict the client can retry, not a server fault.
     */
    private static boolean isConcurrentChange(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            // JPA's own type, or EclipseLink's of the same simple name (not on our compile class path)
            if (t instanceof OptimisticLockException
                    || t.getClass().getSimpleName().equals("OptimisticLockException")) {
                return true;
            }
        }
        return false;
    }

    /** The container gave up waiting for the rest of a request body (a stalled or trickling client). */
    private static boolean isReadTimeout(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof SocketTimeoutException
                    || t instanceof TimeoutException
                    || t instanceof IOException
                            && String.valueOf(t.getMessage())
                                    .toLowerCase(Locale.ROOT)
                                    .contains("timeout")) {
                return true;
            }
        }
        return false;
    }

    private static int status(DomainException domain) {
        return domain instanceof NotFoundException ? 404 : 409;
    }

    private static String title(DomainException domain) {
        if (domain instanceof NotFoundException) {
            return "Not found";
        }
        return domain instanceof ConnectorMissingException ? "Connector missing" : "Conflict";
    }

    private static String webDetail(int status) {
        return switch (status) {
            case 404 -> "No resource exists at this path.";
            case 405 -> "This path does not support that HTTP method.";
            case 406 -> "This resource answers application/json only.";
            case 415 -> "The request body must be application/json.";
            case 413 -> "The request body is larger than 64 KB.";
            default -> "The request could not be processed.";
        };
    }

    public static Response render(
            int status, String title, String detail, List<Problem.FieldError> errors, Map<String, Object> extensions) {
        String json = ProblemJson.body(
                status,
                title,
                detail,
                errors.stream().map(e -> new Violation(e.field(), e.message())).toList(),
                extensions);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(json).build();
    }
}
