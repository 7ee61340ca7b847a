package io.assetbridge.platform.api;

import io.assetbridge.platform.console.ConsoleSession;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs before everything else the WAR serves. It puts the console's security headers on every
 * response (a CSP that allows only the WAR's own files, no inline script), and refuses a
 * cookie-authenticated unsafe {@code /api} request unless it carries the session's CSRF token and
 * an {@code Origin} equal to this server's. On every unsafe {@code /api} request — HTTP Basic from
 * scripts included — an {@code Origin} that is present must be this server's own origin or that of
 * {@code ASSETBRIDGE_PUBLIC_URL}: a browser on another site cannot make a change with credentials it
 * has cached.
 */
@WebFilter(filterName = "console-guard", urlPatterns = "/*")
public class ConsoleGuard extends HttpFilter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private static final long serialVersionUID = 1L;
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    transient PublicUrl publicUrl;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setHeader("Cache-Control", "no-store"); // answers carry configuration and inventory
        }
        Optional<String> refusal = refusal(request, publicUrl.origin());
        if (refusal.isPresent()) {
            var rendered = ProblemMapper.render(403, "Forbidden", refusal.get(), List.of(), Map.of());
            response.setStatus(403);
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write((String) rendered.getEntity());
            return;
        }
        chain.doFilter(request, response);
    }

    /** Why this request is refused, if it is. */
    static Optional<String> refusal(HttpServletRequest request, Optional<String> publicOrigin) {
        if (SAFE_METHODS.contains(request.getMethod())
                || !request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return Optional.empty();
        }
        boolean signIn = request.getRequestURI().equals(request.getContextPath() + ConsoleSession.PATH);
        String origin = request.getHeader("Origin");
        if (origin != null
                && !origin.equalsIgnoreCase(ownOrigin(request))
                && !publicOrigin.map(origin::equalsIgnoreCase).orElse(false)) {
            return Optional.of("This request comes from another site (Origin " + origin
                    + "); changes are accepted only from this server's own pages.");
        }
        if (signIn || request.getHeader("Authorization") != null) {
            return Optional.empty(); // HTTP Basic from a script: not cookie-authenticated
        }
        Optional<ConsoleSession> session = ConsoleSession.of(request);
        if (session.isEmpty()) {
            return Optional.empty(); // not signed in: the security constraints answer 401
        }
        if (origin == null) {
            return Optional.of("A change made with a console session needs the browser's Origin header.");
        }
        if (!session.get().acceptsToken(request.getHeader(ConsoleSession.CSRF_HEADER))) {
            return Optional.of("A change made with a console session needs the session's " + ConsoleSession.CSRF_HEADER
                    + " header; reload the page and try again.");
        }
        return Optional.empty();
    }

    private static String ownOrigin(HttpServletRequest request) {
        return request.getScheme() + "://" + request.getHeader("Host");
    }
}
