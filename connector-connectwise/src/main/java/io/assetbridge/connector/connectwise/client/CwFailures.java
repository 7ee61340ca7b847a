package io.assetbridge.connector.connectwise.client;

import io.assetbridge.spi.ConnectorException;
import io.assetbridge.spi.FailureKind;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.Locale;
import javax.net.ssl.SSLException;

/**
 * Every ConnectWise failure in one place, as the kind the platform acts on and a sentence the ConnectWise admin
 * can act on, naming the property at fault. Never a key in a message.
 */
public final class CwFailures {

    static final String SITE = "site";
    static final String COMPANY_ID = "company-id";
    static final String PUBLIC_KEY = "public-key";
    static final String CLIENT_ID = "client-id";

    private static final String SITE_HINT = "Check the site: the API host of your region (api-na.myconnectwise.net,"
            + " api-eu.myconnectwise.net, api-au.myconnectwise.net) or your on-premises server's URL.";

    private CwFailures() {}

    /** No answer at all: a wrong site on first contact, an outage otherwise. */
    static ConnectorException unreachable(URI site, IOException e, boolean firstContact, Instant retryAt) {
        String reason = e instanceof UnknownHostException
                ? "the host name does not resolve"
                : e instanceof ConnectException
                        ? "the connection was refused"
                        : e instanceof SocketTimeoutException
                                ? "the connection timed out"
                                : e instanceof SSLException ? "the TLS handshake failed" : "the connection failed";
        if (firstContact) {
            return new ConnectorException(
                    FailureKind.CONFIGURATION,
                    "Cannot reach ConnectWise at " + site + ": " + reason + ". " + SITE_HINT,
                    null,
                    SITE,
                    e);
        }
        return new ConnectorException(
                FailureKind.TRANSIENT,
                "ConnectWise at " + site + " did not answer (" + reason + "); the run will be retried.",
                retryAt,
                null,
                e);
    }

    /** The platform's outbound policy forbids the site: nothing was sent. */
    static ConnectorException refusedByPolicy(URI site, IOException refused) {
        return new ConnectorException(
                FailureKind.CONFIGURATION,
                "This AssetBridge server may not connect to " + site + " (the site): " + refused.getMessage()
                        + ". Check the site, or ask the server's operator about its outbound policy.",
                null,
                SITE,
                refused);
    }

    /** What {@code /login/companyinfo/{companyId}} said instead of a codebase. */
    public static ConnectorException companyInfo(URI site, String companyId, Answer answer) {
        if (answer.json() && (answer.status() == 404 || answer.ok())) {
            // the company id is the first part of the credentials (companyId+publicKey:privateKey)
            return new ConnectorException(
                    FailureKind.AUTHENTICATION,
                    "ConnectWise at " + site + " knows no company id '" + companyId + "'. Check the company id: it is"
                            + " the one you type on the ConnectWise sign-in page, not the company's display name.",
                    null,
                    COMPANY_ID,
                    null);
        }
        return new ConnectorException(
                FailureKind.CONFIGURATION,
                site + " answered HTTP " + answer.status() + " without ConnectWise company information"
                        + " (/login/companyinfo): it does not look like a ConnectWise site. " + SITE_HINT,
                null,
                SITE,
                null);
    }

    /**
     * A refused API request.
     *
     * @param what         what was read, for the message ("configurations")
     * @param permission   the security-role permission the endpoint needs, or null
     * @param keysAccepted whether these keys already read something in this session: a 401 then means the role
     *                     lacks the permission (ConnectWise answers some such refusals with 401, not 403)
     */
    public static ConnectorException refused(
            URI api, Answer answer, String what, String permission, boolean keysAccepted, String companyId) {
        int status = answer.status();
        if ((status == 400 || status == 401 || status == 403)
                && answer.excerpt().toLowerCase(Locale.ROOT).contains("clientid")) {
            // the clientId identifies the integration alongside the keys: ConnectWise refused the credentials
            return new ConnectorException(
                    FailureKind.AUTHENTICATION,
                    "ConnectWise refused the clientId header (HTTP " + status + "). Check the client id: the GUID of"
                            + " your integration registered at developer.connectwise.com.",
                    null,
                    CLIENT_ID,
                    null);
        }
        if (status == 403 || (status == 401 && keysAccepted && permission != null)) {
            return new ConnectorException(
                    FailureKind.PERMISSION,
                    "The API member's security role may not read " + what + " (HTTP " + status + "): grant "
                            + (permission == null ? "it access to " + what : permission)
                            + " to the role in ConnectWise (System › Security Roles).",
                    null,
                    null,
                    null);
        }
        if (status == 401) {
            return new ConnectorException(
                    FailureKind.AUTHENTICATION,
                    "ConnectWise refused the API keys for company '" + companyId + "' (HTTP 401). Check the public"
                            + " key and private key: they must be one key pair of an API member of this company"
                            + " (System › Members › API Members › API Keys).",
                    null,
                    PUBLIC_KEY,
                    null);
        }
        if (status == 404 && !answer.json()) {
            return new ConnectorException(
                    FailureKind.CONFIGURATION,
                    "There is no ConnectWise API at " + api + " (HTTP 404): the site does not serve the codebase its"
                            + " company information named. " + SITE_HINT,
                    null,
                    SITE,
                    null);
        }
        return new ConnectorException(
                FailureKind.DATA,
                "ConnectWise refused the request for " + what + " (HTTP " + status + "): " + answer.excerpt(),
                null,
                null,
                null);
    }

    static ConnectorException serverError(String what, Answer answer, Instant retryAt) {
        return new ConnectorException(
                FailureKind.TRANSIENT,
                "ConnectWise kept failing while reading " + what + " (HTTP " + answer.status() + "); the run will be"
                        + " retried.",
                retryAt,
                null,
                null);
    }

    static ConnectorException rateLimited(String what, Instant retryAt) {
        return new ConnectorException(
                FailureKind.RATE_LIMITED,
                "ConnectWise kept answering 429 (too many requests) while reading " + what + "; lower"
                        + " rate-limit-requests or raise rate-limit-window-seconds if other tools share this API"
                        + " member.",
                retryAt,
                null,
                null);
    }

    /** A response that cannot be read as the expected JSON. */
    public static ConnectorException unreadable(String what, Throwable cause) {
        return new ConnectorException(
                FailureKind.DATA,
                "ConnectWise answered with something that is not the expected JSON while reading " + what + ".",
                null,
                null,
                cause);
    }

    static ConnectorException cancelled(Throwable cause) {
        return new ConnectorException(
                FailureKind.TRANSIENT,
                "Reading from ConnectWise stopped because the work was cancelled or interrupted.",
                null,
                null,
                cause);
    }
}
