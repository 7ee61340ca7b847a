package io.assetbridge.connector.connectwise;

import io.assetbridge.spi.PropertyDefinition;
import io.assetbridge.spi.PropertyType;
import io.assetbridge.spi.SecretBinding;
import java.util.List;
import java.util.Set;

/** The connector's configuration properties, declared once as data. */
final class CwProperties {

    static final String SITE = "site";
    static final String COMPANY_ID = "company-id";
    static final String PUBLIC_KEY = "public-key";
    static final String PRIVATE_KEY = "private-key";
    static final String CLIENT_ID = "client-id";
    static final String RATE_LIMIT_REQUESTS = "rate-limit-requests";
    static final String RATE_LIMIT_WINDOW = "rate-limit-window-seconds";

    static final List<PropertyDefinition> ALL = List.of(
            PropertyDefinition.required(
                    SITE,
                    "Site",
                    PropertyType.TEXT,
                    "The ConnectWise API host of your region (api-na.myconnectwise.net, api-eu.myconnectwise.net,"
                            + " api-au.myconnectwise.net), or the URL with scheme of an on-premises server."),
            PropertyDefinition.required(
                    COMPANY_ID,
                    "Company ID",
                    PropertyType.TEXT,
                    "The company id you type on the ConnectWise sign-in page (not the company's display name)."),
            PropertyDefinition.required(
                    PUBLIC_KEY,
                    "Public key",
                    PropertyType.TEXT,
                    "The public key of the API member's key (System › Members › API Members › API Keys)."),
            PropertyDefinition.secret(
                    PRIVATE_KEY,
                    "Private key",
                    "The private key shown once when the API key was created; stored encrypted, never shown again."),
            PropertyDefinition.required(
                    CLIENT_ID,
                    "Client ID",
                    PropertyType.TEXT,
                    "The GUID of your integration, registered at developer.connectwise.com (sent as the clientId"
                            + " header)."),
            PropertyDefinition.optional(
                    RATE_LIMIT_REQUESTS,
                    "Requests per window",
                    PropertyType.NUMBER,
                    60L,
                    "At most this many requests to this site in any rolling window, shared by every integration"
                            + " on it."),
            PropertyDefinition.optional(
                    RATE_LIMIT_WINDOW,
                    "Window (seconds)",
                    PropertyType.NUMBER,
                    60L,
                    "The rolling window of the request budget, in seconds."));

    /** The private key is sent only to the site and company it was entered for. */
    static final List<SecretBinding> SECRET_BINDINGS =
            List.of(new SecretBinding(PRIVATE_KEY, Set.of(SITE, COMPANY_ID)));

    private CwProperties() {}
}
