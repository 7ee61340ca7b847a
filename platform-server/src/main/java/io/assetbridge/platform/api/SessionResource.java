package io.assetbridge.platform.api;

import io.assetbridge.platform.console.ConsoleSession;
import io.assetbridge.platform.console.ConsoleSettings;
import io.assetbridge.platform.error.ApiException;
import io.assetbridge.platform.security.Roles;
import io.assetbridge.platform.security.SignIns;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Browser sign-in (throttled with HTTP Basic's, through {@link SignIns}): a signed-in session (HttpOnly, SameSite=Strict cookie) instead of HTTP Basic on
 * every request. The answer carries the session's CSRF token, which the console sends back in
 * {@code X-CSRF-Token} with every change. Scripts keep using Basic and never get a session.
 */
@Path("session")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    @Inject
    SignIns signIns;

    @Inject
    ConsoleSettings settings;

    @Context
    HttpServletRequest request;

    /** Who is signed in; {@code role} is {@code admin} or {@code viewer}. */
    public record SessionView(String user, String role, String csrfToken, int idleMinutes) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response signIn(String body) {
        JsonObject credentials = JsonBodies.object(body);
        String user = text(credentials, "username");
        String password = text(credentials, "password");
        if (!credentials.keySet().equals(Set.of("username", "password"))) {
            throw ApiException.badRequest("Sign-in takes exactly the members username and password.");
        }
        var outcome = signIns.attempt(user, password, request.getRemoteAddr());
        if (outcome instanceof SignIns.Throttled throttled) {
            long seconds = Math.max(1, throttled.retryAfter().toSeconds());
            return Response.fromResponse(ProblemMapper.render(
                            429,
                            "Too many sign-in attempts",
                            "Too many failed sign-ins for this user or from this address; try again in " + seconds
                                    + " seconds.",
                            List.of(),
                            Map.of()))
                    .header("Retry-After", seconds)
                    .build();
        }
        if (!(outcome instanceof SignIns.Accepted accepted)) {
            throw new ApiException(401, "Unauthorized", "The user name or password is wrong.", Map.of());
        }
        CredentialValidationResult result = accepted.result();
        var session = ConsoleSession.start(
                request, result.getCallerPrincipal().getName(), result.getCallerGroups(), settings.idleMinutes());
        return Response.ok(view(session)).build();
    }

    @GET
    public SessionView current() {
        return ConsoleSession.of(request)
                .map(this::view)
                .orElseThrow(() -> new ApiException(401, "Unauthorized", "This browser is not signed in.", Map.of()));
    }

    @DELETE
    public Response signOut() {
        ConsoleSession.end(request);
        return Response.noContent().build();
    }

    private SessionView view(ConsoleSession session) {
        String role = session.groups().contains(Roles.ADMIN) ? Roles.ADMIN : Roles.VIEWER;
        return new SessionView(session.user(), role, session.csrfToken(), settings.idleMinutes());
    }

    private static String text(JsonObject body, String member) {
        if (!(body.get(member) instanceof JsonString value) || value.getString().isEmpty()) {
            throw ApiException.badRequest("Sign-in needs " + member + " as a non-empty string.");
        }
        if (value.getString().length() > 1024) {
            throw ApiException.badRequest(member + " is longer than 1,024 characters.");
        }
        return value.getString();
    }
}
