package io.assetbridge.connector.halo;

import io.assetbridge.spi.PropertyDefinition;
import io.assetbridge.spi.PropertyType;
import io.assetbridge.spi.SecretBinding;
import java.util.List;
import java.util.Set;

/** The configuration an admin fills in for a Halo ITSM integration, declared once, as data. */
final class HaloProperties {

    static final String RESOURCE_SERVER_URL = "resource-server-url";
    static final String AUTHORISATION_SERVER_URL = "authorisation-server-url";
    static final String TENANT = "tenant";
    static final String CLIENT_ID = "client-id";
    static final String CLIENT_SECRET = "client-secret";
    static final String SCOPES = "scopes";
    static final String RATE_LIMIT_REQUESTS = "rate-limit-requests";
    static final String RATE_LIMIT_WINDOW_SECONDS = "rate-limit-window-seconds";
    static final String INCLUDE_INSTALLED_SOFTWARE = "include-installed-software";
    static final String INCREMENTAL_ASSETS = "incremental-assets";

    static final String DEFAULT_SCOPES = "read:assets read:customers read:software read:softwarelicensing";
    static final long DEFAULT_RATE_LIMIT_REQUESTS = 250L;
    static final long DEFAULT_RATE_LIMIT_WINDOW_SECONDS = 300L;

    private static final String WHERE = "In Halo: Configuration › Integrations › Halo API › API Details.";

    static final List<PropertyDefinition> ALL = List.of(
            PropertyDefinition.required(
                    RESOURCE_SERVER_URL,
                    "Resource Server URL",
                    PropertyType.URL,
                    "The address of Halo's API, ending in /api, e.g. https://acme.haloitsm.com/api. " + WHERE),
            PropertyDefinition.required(
                    AUTHORISATION_SERVER_URL,
                    "Authorisation Server URL",
                    PropertyType.URL,
                    "The address Halo issues access tokens from, e.g. https://acme.haloitsm.com/auth. " + WHERE),
            PropertyDefinition.optional(
                    TENANT,
                    "Tenant",
                    PropertyType.TEXT,
                    null,
                    "Your Halo tenant's short name, e.g. acme. Needed when the Authorisation Server is shared by"
                            + " several Halo tenants; harmless otherwise. " + WHERE),
            PropertyDefinition.required(
                    CLIENT_ID,
                    "Client ID",
                    PropertyType.TEXT,
                    "The Client ID of the API application (Configuration › Integrations › Halo API › View"
                            + " Applications), whose Authentication Method is \"Client ID and Secret (Services)\" and"
                            + " Login Type is Agent. Halo may change it when the application is first saved: copy"
                            + " it afterwards."),
            PropertyDefinition.secret(
                    CLIENT_SECRET,
                    "Client Secret",
                    "The Client Secret of the same API application, shown when the application is created."
                            + " Stored encrypted and never shown again."),
            PropertyDefinition.optional(
                    SCOPES,
                    "Scopes",
                    PropertyType.TEXT,
                    DEFAULT_SCOPES,
                    "Space-separated permissions requested for the token. The API application needs read:assets"
                            + " (hardware), read:customers (customers and sites), and read:software /"
                            + " read:softwarelicensing (software)."),
            PropertyDefinition.optional(
                    RATE_LIMIT_REQUESTS,
                    "Rate limit (requests)",
                    PropertyType.NUMBER,
                    DEFAULT_RATE_LIMIT_REQUESTS,
                    "How many requests, token requests included, AssetBridge sends to this Halo instance per window,"
                            + " shared by every integration using it. Hosted Halo allows 300 per rolling 5 minutes;"
                            + " keep this below your instance's limit."),
            PropertyDefinition.optional(
                    RATE_LIMIT_WINDOW_SECONDS,
                    "Rate limit window (seconds)",
                    PropertyType.NUMBER,
                    DEFAULT_RATE_LIMIT_WINDOW_SECONDS,
                    "The rolling window, in seconds, that Rate limit (requests) applies to."),
            PropertyDefinition.optional(
                    INCLUDE_INSTALLED_SOFTWARE,
                    "Include installed software",
                    PropertyType.BOOLEAN,
                    Boolean.FALSE,
                    "Also read the software installed on each asset. Costs one extra request per asset, so a large"
                            + " estate takes hours at hosted Halo's rate limit; off by default."),
            PropertyDefinition.optional(
                    INCREMENTAL_ASSETS,
                    "Incremental asset reads",
                    PropertyType.BOOLEAN,
                    Boolean.FALSE,
                    "Let incremental syncs read only the hardware assets Halo updated since the last complete sync"
                            + " (Halo's lastupdatefromdate filter). Halo documents the filter but it is unverified on"
                            + " assets, and Halo lists no deleted assets: full syncs still run every fullSyncEvery-th"
                            + " scheduled sync. Off by default."));

    private HaloProperties() {}

    /** The client secret goes to the authorisation server of the tenant, and tokens to the resource server. */
    static final List<SecretBinding> SECRET_BINDINGS =
            List.of(new SecretBinding(CLIENT_SECRET, Set.of(RESOURCE_SERVER_URL, AUTHORISATION_SERVER_URL, TENANT)));
}
