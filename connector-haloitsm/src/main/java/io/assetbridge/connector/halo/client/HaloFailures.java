package io.assetbridge.connector.halo.client;

import io.assetbridge.spi.ConnectorException;
import io.assetbridge.spi.FailureKind;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * The one place where Halo's answers and network failures become {@link ConnectorException}s with a
 * {@link FailureKind} and a sentence the Halo admin can act on. Permanent problems (configuration,
 * authentication, permission) are recognised first so that a sync fails at once instead of retrying.
 * No message ever contains the client secret or a token: messages are built from configuration values
 * that are not secret and from Halo's error text with any known secret removed.
 */
public final class HaloFailures {

    /** Where an admin finds the five values in Halo. */
    public static final String API_DETAILS = "Configuration › Integrations › Halo API › API Details";

    private HaloFailures() {}

    /**
     * An unknown host, and on first contact (the integration never worked) also a refused connection or the
     * wrong scheme, is a mistake in the URL, not an outage: fails at once as {@code CONFIGURATION}.
     */
    static void rejectMistake(Endpoint endpoint, IOException io, Optional<String> otherScheme, boolean firstContact) {
        boolean noRoute = io instanceof ConnectException || io instanceof NoRouteToHostException;
        if (io instanceof UnknownHostException || firstContact && (otherScheme.isPresent() || noRoute)) {
            throw new ConnectorException(
                    FailureKind.CONFIGURATION,
                    problem(endpoint, io, otherScheme) + " — check the " + endpoint.propertyLabel() + " (" + API_DETAILS
                            + ").",
                    null,
                    endpoint.property(),
                    io);
        }
    }

    /** The platform's outbound policy refused the host: nothing was sent, and retrying changes nothing. */
    static ConnectorException refusedByPolicy(Endpoint endpoint, IOException refused) {
        return new ConnectorException(
                FailureKind.CONFIGURATION,
                "This AssetBridge server may not connect to " + endpoint.hostAndPort() + " (the "
                        + endpoint.propertyLabel() + "): " + refused.getMessage()
                        + ". Check the URL, or ask the server's operator about its outbound policy.",
                null,
                endpoint.property(),
                refused);
    }

    static ConnectorException unreachable(
            Endpoint endpoint, IOException io, Optional<String> otherScheme, Instant retryAt) {
        return new ConnectorException(
                FailureKind.TRANSIENT,
                problem(endpoint, io, otherScheme) + " — check the " + endpoint.propertyLabel()
                        + " and that this server can reach it; the sync can be retried later.",
                retryAt,
                endpoint.property(),
                io);
    }

    /** What went wrong, naming the URL and, when a probe found it, the scheme the port speaks. */
    private static String problem(Endpoint endpoint, IOException io, Optional<String> otherScheme) {
        if (otherScheme.isPresent()) {
            String used = endpoint.url().getScheme();
            return "The " + endpoint.propertyLabel() + " " + endpoint.url() + " uses " + used + ", but "
                    + endpoint.hostAndPort() + " answers " + (otherScheme.get().equals("http") ? "plain http" : "https")
                    + " — use "
                    + otherScheme.get() + "://";
        }
        if (io instanceof UnknownHostException) {
            return "The host " + endpoint.url().getHost() + " in the " + endpoint.propertyLabel() + " ("
                    + endpoint.url() + ") cannot be found";
        }
        String what = io instanceof ConnectException || io instanceof NoRouteToHostException
                ? "refused the connection"
                : io instanceof SocketTimeoutException || io instanceof HttpTimeoutException
                        ? "did not answer in time"
                        : "could not be reached";
        return "Halo at " + endpoint.hostAndPort() + " " + what + " (" + endpoint.url() + ")";
    }

    static ConnectorException rateLimited(Endpoint endpoint, int attempts, Instant retryAt) {
        return new ConnectorException(
                FailureKind.RATE_LIMITED,
                "Halo at " + endpoint.hostAndPort()
                        + " kept answering 429 (rate limit reached) after " + attempts + " waits; retry after "
                        + retryAt
                        + ". If other tools use the same Halo instance, lower Rate limit (requests).",
                retryAt,
                null,
                null);
    }

    static ConnectorException serverError(Endpoint endpoint, HttpAnswer answer, Instant retryAt) {
        return new ConnectorException(
                FailureKind.TRANSIENT,
                "Halo at " + endpoint.hostAndPort() + " answered "
                        + answer.status() + " (server error) for " + endpoint.path() + " several times in a row;"
                        + " the sync can be retried later.",
                retryAt,
                null,
                null);
    }

    /** An answer that is not JSON from a URL the admin configured. */
    static ConnectorException notHaloApi(Endpoint endpoint, HttpAnswer answer) {
        String shape = answer.looksLikeHtml() ? "an HTML page" : "something that is not JSON";
        return new ConnectorException(
                FailureKind.CONFIGURATION,
                "The " + endpoint.propertyLabel() + " "
                        + endpoint.url() + " answered with " + shape + " (HTTP " + answer.status()
                        + "), so it is not a Halo"
                        + " API address — copy the " + endpoint.propertyLabel() + " from Halo (" + API_DETAILS + ").",
                null,
                endpoint.property(),
                null);
    }

    /** A token endpoint answer that carries no token. */
    static ConnectorException tokenRefused(Endpoint endpoint, HttpAnswer answer, TokenRequest request) {
        if (!answer.looksLikeJson() && (answer.looksLikeHtml() || answer.successful())) {
            return notHaloApi(endpoint, answer);
        }
        String error = JsonBodies.oauthError(answer.body()).orElse("");
        String text =
                scrub(JsonBodies.errorText(answer.body()), request).orElse("").toLowerCase(Locale.ROOT);
        boolean tenantSet = request.tenant() != null;
        if (error.equals("invalid_scope")) {
            return new ConnectorException(
                    FailureKind.PERMISSION,
                    "Halo refused the requested permissions ("
                            + request.scopes() + "): the API application lacks " + refusedScope(text, request.scopes())
                            + " — grant it to the application in Halo (Configuration › Integrations › Halo API › View"
                            + " Applications › Permissions) or remove it from Scopes.",
                    null,
                    "scopes",
                    null);
        }
        if (text.contains("tenant")) {
            return new ConnectorException(
                    FailureKind.AUTHENTICATION,
                    (tenantSet
                                    ? "Halo does not recognise the Tenant \"" + request.tenant() + "\""
                                    : "Halo needs a Tenant for this Authorisation Server")
                            + " — copy the Tenant from Halo (" + API_DETAILS + ").",
                    null,
                    "tenant",
                    null);
        }
        if (answer.status() == 401
                || error.equals("invalid_client")
                || error.equals("unauthorized_client")
                || error.equals("invalid_grant")
                || answer.status() == 403) {
            return new ConnectorException(
                    FailureKind.AUTHENTICATION,
                    tenantSet
                            ? "Halo rejected the Client ID or Client Secret — check them and the Tenant (on a shared"
                                    + " authorisation server a wrong Tenant looks the same as a wrong secret), and that the API"
                                    + " application uses \"Client ID and Secret (Services)\"."
                            : "Halo rejected the Client ID or Client Secret — check them, that the API application uses"
                                    + " \"Client ID and Secret (Services)\", and whether your Halo needs a Tenant.",
                    null,
                    "client-secret",
                    null);
        }
        if (answer.status() == 404 || answer.status() == 405) {
            return new ConnectorException(
                    FailureKind.CONFIGURATION,
                    "The " + endpoint.propertyLabel() + " "
                            + endpoint.url() + " has no token endpoint (HTTP " + answer.status()
                            + "), so it is not a Halo"
                            + " authorisation server — copy it from Halo (" + API_DETAILS + ").",
                    null,
                    endpoint.property(),
                    null);
        }
        return new ConnectorException(
                FailureKind.CONFIGURATION,
                "Halo's authorisation server refused the token"
                        + " request (HTTP " + answer.status() + (error.isEmpty() ? "" : ", " + error) + ")"
                        + scrub(JsonBodies.oauthDescription(answer.body()), request)
                                .map(t -> ": " + t)
                                .orElse("")
                        + " — check the Authorisation Server URL, Tenant and Scopes.",
                null,
                endpoint.property(),
                null);
    }

    /** A token endpoint 200 whose JSON has no access token. */
    static ConnectorException noToken(Endpoint endpoint) {
        return new ConnectorException(
                FailureKind.CONFIGURATION,
                "The " + endpoint.propertyLabel() + " "
                        + endpoint.url() + " answered without an access token, so it is not a Halo authorisation server"
                        + " — copy it from Halo (" + API_DETAILS + ").",
                null,
                endpoint.property(),
                null);
    }

    /**
     * An API answer other than success, after the one token renewal a 401 earns.
     *
     * @param permission the Halo permission the list needs, e.g. {@code read:assets}
     * @param what       what was being read, e.g. {@code hardware page 3 (asset type 12)}
     * @param token      the bearer token used, removed from any Halo text quoted
     */
    static ConnectorException apiRefused(
            Endpoint endpoint, HttpAnswer answer, String permission, String what, String token) {
        String haloSays = JsonBodies.oauthDescription(answer.body())
                .map(t -> t.replace(token, "****"))
                .map(t -> " (Halo said: " + t + ")")
                .orElse("");
        return switch (answer.status()) {
            case 401 ->
                new ConnectorException(
                        FailureKind.AUTHENTICATION,
                        "Halo rejected a freshly issued access"
                                + " token while reading " + what
                                + " — check that the API application is active, logs in as an"
                                + " agent, and that the Authorisation Server URL belongs to the same Halo as the Resource Server"
                                + " URL.",
                        null,
                        "authorisation-server-url",
                        null);
            case 403 ->
                new ConnectorException(
                        FailureKind.PERMISSION,
                        "The API application lacks " + permission
                                + " (needed to read " + what + ") — grant " + permission + " to the application in Halo"
                                + " (Configuration › Integrations › Halo API › View Applications › Permissions) and make sure its"
                                + " agent may see these records" + haloSays + ".",
                        null,
                        "scopes",
                        null);
            case 404, 405 ->
                new ConnectorException(
                        FailureKind.CONFIGURATION,
                        "The " + endpoint.propertyLabel()
                                + " " + endpoint.url() + " answered HTTP " + answer.status() + " for " + endpoint.path()
                                + ", so it is not a Halo API address — it usually ends in /api (" + API_DETAILS + ").",
                        null,
                        endpoint.property(),
                        null);
            case 408 ->
                new ConnectorException(
                        FailureKind.TRANSIENT,
                        "Halo timed out reading " + what + "; the sync can be retried later.",
                        null,
                        null,
                        null);
            default ->
                new ConnectorException(
                        FailureKind.CONFIGURATION,
                        "Halo refused the request for " + what
                                + " (HTTP " + answer.status() + ")" + haloSays + " — check the "
                                + endpoint.propertyLabel()
                                + ".",
                        null,
                        endpoint.property(),
                        null);
        };
    }

    /** A body that should be JSON but cannot be read. */
    static ConnectorException malformed(Endpoint endpoint, String what, Throwable cause) {
        return new ConnectorException(
                FailureKind.DATA,
                "Halo sent a response that is not valid JSON for " + what + " (" + endpoint.path()
                        + "); if it happens again, check that record in Halo.",
                null,
                null,
                cause);
    }

    private static Optional<String> scrub(Optional<String> text, TokenRequest request) {
        return text.map(
                t -> request.clientSecret() == null || request.clientSecret().isEmpty()
                        ? t
                        : t.replace(request.clientSecret(), "****"));
    }

    /** The scope Halo named, when its text names one of ours; else all of them. */
    private static String refusedScope(String haloText, String scopes) {
        for (String scope : scopes.split("\\s+")) {
            if (!scope.isBlank() && haloText.contains(scope.toLowerCase(Locale.ROOT))) {
                return scope;
            }
        }
        return "one of " + scopes;
    }
}
