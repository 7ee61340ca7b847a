package io.assetbridge.platform.console;

import io.assetbridge.platform.security.CallerSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * The console's way into the one authentication mechanism: a request without an {@code
 * Authorization} header is authenticated by its signed-in session, if it has one (a request with
 * one is left to HTTP Basic, which never creates a session). The console marks its own requests
 * with {@code X-Requested-With}, and a 401 to them carries no Basic challenge, so the browser shows
 * no login pop-up.
 */
@ApplicationScoped
public class SessionCallerSource implements CallerSource {

    @Override
    public Optional<AuthenticationStatus> authenticate(HttpServletRequest request, HttpMessageContext context) {
        if (request.getHeader("Authorization") != null) {
            return Optional.empty();
        }
        return ConsoleSession.of(request)
                .map(session ->
                        context.notifyContainerAboutLogin(new CallerPrincipal(session.user()), session.groups()));
    }

    /** True for the console's own requests, which must never be answered with a Basic challenge. */
    public static boolean isConsoleRequest(HttpServletRequest request) {
        return request.getHeader("X-Requested-With") != null;
    }
}
