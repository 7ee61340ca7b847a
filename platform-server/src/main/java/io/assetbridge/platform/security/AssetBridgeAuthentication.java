package io.assetbridge.platform.security;

import io.assetbridge.platform.error.ProblemJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The application's one authentication mechanism: {@link CallerSource}s first, then HTTP Basic.
 * Only protected paths ({@code /api}) are authenticated. A malformed Basic header is a 401 like a
 * wrong password (never an exception); a throttled attempt is a 429 with {@code Retry-After}.
 * 401s are rendered by the error page ({@code ProblemPageServlet}), which adds the Basic challenge.
 */
@ApplicationScoped
public class AssetBridgeAuthentication implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(AssetBridgeAuthentication.class.getName());

    private Instance<CallerSource> otherSources;
    private SignIns signIns;

    @Inject
    public AssetBridgeAuthentication(Instance<CallerSource> otherSources, SignIns signIns) {
        this.otherSources = otherSources;
        this.signIns = signIns;
    }

    /** Required by CDI for the client proxy of a normal-scoped bean. */
    protected AssetBridgeAuthentication() {}

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (!context.isProtected()) {
            return context.doNothing();
        }
        for (CallerSource source : otherSources) {
            var status = source.authenticate(request, context);
            if (status.isPresent()) {
                return status.get();
            }
        }
        var parsed = BasicCredentials.parse(request.getHeader("Authorization"));
        if (parsed instanceof BasicCredentials.Present present) {
            return basic(present.credentials(), request, response, context);
        }
        if (parsed instanceof BasicCredentials.Malformed malformed) {
            LOG.fine(() -> "Refused " + malformed.reason() + " from " + request.getRemoteAddr());
        }
        return context.responseUnauthorized();
    }

    private AuthenticationStatus basic(
            BasicCredentials credentials,
            HttpServletRequest request,
            HttpServletResponse response,
            HttpMessageContext context) {
        var outcome = signIns.attempt(credentials.user(), credentials.password(), request.getRemoteAddr());
        if (outcome instanceof SignIns.Accepted accepted) {
            return context.notifyContainerAboutLogin(accepted.result());
        }
        if (outcome instanceof SignIns.Throttled throttled) {
            return tooManyAttempts(response, throttled.retryAfter());
        }
        return context.responseUnauthorized();
    }

    /** Written and committed here: the error page only knows statuses, not how long to wait. */
    private static AuthenticationStatus tooManyAttempts(HttpServletResponse response, Duration retryAfter) {
        long seconds = Math.max(1, retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0));
        String problem = ProblemJson.body(
                429,
                "Too many sign-in attempts",
                "Too many failed sign-ins for this user or from this address; try again in " + seconds + " seconds.",
                List.of(),
                Map.of());
        try {
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(seconds));
            response.setContentType(ProblemJson.MEDIA_TYPE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(problem);
            response.flushBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException("Answering a throttled sign-in failed", e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
