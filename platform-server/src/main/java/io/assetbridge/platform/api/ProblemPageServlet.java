package io.assetbridge.platform.api;

import io.assetbridge.platform.console.SessionCallerSource;
import io.assetbridge.platform.security.SecurityConfiguration;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The error page of the web container ({@code WEB-INF/web.xml}): errors raised before a request
 * reaches JAX-RS — 401 and 403 from the security constraints, 404, 405, 413, 415 from Payara — are
 * answered in the same problem+json shape as the API's own. A 401 names the Basic realm, except to the console's own requests.
 */
@WebServlet(name = "problem-page", urlPatterns = ProblemPageServlet.PATH)
public class ProblemPageServlet extends HttpServlet {

    static final String PATH = "/_problem";
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ProblemPageServlet.class.getName());

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer c ? c : 404;
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        String detail = detail(status);
        if (failure instanceof Throwable t && status >= 500) {
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, t);
            detail = "The server failed unexpectedly; the incident id is " + incident + ".";
        }
        if (status == 401 && !SessionCallerSource.isConsoleRequest(request)) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + SecurityConfiguration.REALM + "\"");
        }
        var rendered = ProblemMapper.render(status, title(status), detail, List.of(), Map.of());
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write((String) rendered.getEntity());
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 413 -> "Payload too large";
            case 415 -> "Unsupported media type";
            default -> status >= 500 ? "Internal error" : "HTTP " + status;
        };
    }

    private static String detail(int status) {
        return switch (status) {
            case 400 -> "The request is malformed.";
            case 401 -> "This API needs HTTP Basic credentials of the user admin or viewer.";
            case 403 -> "The viewer may only read; this request needs the admin user.";
            case 404 -> "No resource exists at this path.";
            case 405 -> "This path does not support that HTTP method.";
            case 413 -> "The request body is larger than 64 KB.";
            case 415 -> "The request body must be application/json.";
            default -> "The request could not be processed.";
        };
    }
}
