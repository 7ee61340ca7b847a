package io.assetbridge.connector.halo;

import static io.assetbridge.connector.halo.HaloProperties.AUTHORISATION_SERVER_URL;
import static io.assetbridge.connector.halo.HaloProperties.CLIENT_ID;
import static io.assetbridge.connector.halo.HaloProperties.CLIENT_SECRET;
import static io.assetbridge.connector.halo.HaloProperties.RATE_LIMIT_REQUESTS;
import static io.assetbridge.connector.halo.HaloProperties.RATE_LIMIT_WINDOW_SECONDS;
import static io.assetbridge.connector.halo.HaloProperties.RESOURCE_SERVER_URL;
import static io.assetbridge.connector.halo.HaloProperties.SCOPES;
import static io.assetbridge.connector.halo.HaloProperties.TENANT;

import io.assetbridge.spi.ConfigProblem;
import io.assetbridge.spi.ConnectorConfig;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Static checks of a Halo configuration, beyond the types and required values the platform checks.
 * Reports every problem at once; never echoes the secret.
 */
final class ConfigRules {

    private static final long MAX_REQUESTS = 100_000;
    private static final long MAX_WINDOW_SECONDS = 86_400;

    private ConfigRules() {}

    static List<ConfigProblem> check(ConnectorConfig config) {
        var problems = new ArrayList<ConfigProblem>();
        checkUrl(config, RESOURCE_SERVER_URL, "Resource Server URL", true, problems);
        checkUrl(config, AUTHORISATION_SERVER_URL, "Authorisation Server URL", false, problems);
        config.text(TENANT)
                .filter(t -> !t.strip().matches("[A-Za-z0-9._-]{1,100}"))
                .ifPresent(t -> problems.add(new ConfigProblem(
                        TENANT,
                        "Tenant must be a short name of letters, digits, dots, dashes or"
                                + " underscores, as shown in Halo's API Details.")));
        if (config.text(CLIENT_ID).isEmpty()) {
            problems.add(new ConfigProblem(CLIENT_ID, "Client ID must not be blank."));
        }
        if (config.text(CLIENT_SECRET).isEmpty()) {
            problems.add(new ConfigProblem(CLIENT_SECRET, "Client Secret must not be blank."));
        }
        if (config.values().containsKey(SCOPES) && config.text(SCOPES).isEmpty()) {
            problems.add(new ConfigProblem(SCOPES, "Scopes must name at least one permission, e.g. read:assets."));
        }
        checkCount(config, RATE_LIMIT_REQUESTS, "Rate limit (requests)", MAX_REQUESTS, problems);
        checkCount(config, RATE_LIMIT_WINDOW_SECONDS, "Rate limit window (seconds)", MAX_WINDOW_SECONDS, problems);
        return List.copyOf(problems);
    }

    private static void checkUrl(
            ConnectorConfig config, String property, String label, boolean mustEndInApi, List<ConfigProblem> problems) {
        Optional<String> text = config.text(property);
        if (text.isEmpty()) {
            problems.add(new ConfigProblem(property, label + " is required."));
            return;
        }
        URI uri;
        try {
            uri = new URI(text.get().strip());
        } catch (URISyntaxException e) {
            problems.add(new ConfigProblem(property, label + " is not a valid URL."));
            return;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            problems.add(new ConfigProblem(property, label + " must be an absolute http:// or https:// URL."));
        } else if (uri.getRawUserInfo() != null) {
            problems.add(new ConfigProblem(property, label + " must not contain a user name or password."));
        } else if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            problems.add(new ConfigProblem(
                    property,
                    label + " must not have a query (?…) or fragment (#…);" + " the Tenant has its own field."));
        } else if (mustEndInApi
                && !stripSlashes(uri.getRawPath()).toLowerCase(Locale.ROOT).endsWith("/api")) {
            problems.add(new ConfigProblem(property, label + " must end in /api, e.g. https://acme.haloitsm.com/api."));
        } else if (!mustEndInApi) {
            authorisationPath(uri).ifPresent(message -> problems.add(new ConfigProblem(property, message)));
        }
    }

    /**
     * The two ways the Authorisation Server URL is pasted wrong that can be told without a request: the
     * Resource Server URL in its place, or the token endpoint itself (AssetBridge adds {@code /token}).
     * A shared authorisation host may have any other path, so nothing else is required.
     */
    private static Optional<String> authorisationPath(URI uri) {
        String path = stripSlashes(uri.getRawPath()).toLowerCase(Locale.ROOT);
        if (path.endsWith("/api")) {
            return Optional.of("Authorisation Server URL ends in /api, which is the Resource Server URL; copy"
                    + " Halo's Authorisation Server value instead, e.g. https://acme.haloitsm.com/auth.");
        }
        if (path.endsWith("/token")) {
            return Optional.of("Authorisation Server URL must not include /token (AssetBridge adds it), e.g."
                    + " https://acme.haloitsm.com/auth.");
        }
        return Optional.empty();
    }

    private static void checkCount(
            ConnectorConfig config, String property, String label, long max, List<ConfigProblem> problems) {
        if (!config.values().containsKey(property)) {
            return;
        }
        Optional<BigDecimal> number = config.number(property);
        boolean whole = number.map(n -> n.stripTrailingZeros().scale() <= 0).orElse(false);
        if (number.isEmpty()
                || !whole
                || number.get().signum() <= 0
                || number.get().compareTo(BigDecimal.valueOf(max)) > 0) {
            problems.add(new ConfigProblem(property, label + " must be a whole number from 1 to " + max + "."));
        }
    }

    static String stripSlashes(String path) {
        String p = path == null ? "" : path;
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }
}
