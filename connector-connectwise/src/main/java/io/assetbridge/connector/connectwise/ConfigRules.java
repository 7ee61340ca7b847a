package io.assetbridge.connector.connectwise;

import io.assetbridge.spi.ConfigProblem;
import io.assetbridge.spi.ConnectorConfig;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Static checks of a configuration, every problem at once, keyed by property. No I/O. */
final class ConfigRules {

    private static final Pattern HOST =
            Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9-]+)*(:\\d{1,5})?");
    private static final Pattern GUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private ConfigRules() {}

    static List<ConfigProblem> check(ConnectorConfig config) {
        var problems = new ArrayList<ConfigProblem>();
        config.text(CwProperties.SITE)
                .map(String::trim)
                .ifPresent(site -> siteProblem(site)
                        .ifPresent(message -> problems.add(new ConfigProblem(CwProperties.SITE, message))));
        config.text(CwProperties.COMPANY_ID).map(String::trim).ifPresent(company -> {
            if (!company.matches("[^\\s+:]{1,64}")) {
                problems.add(new ConfigProblem(
                        CwProperties.COMPANY_ID,
                        "The company id is one word of at most 64 characters without '+', ':' or spaces, as typed on"
                                + " the ConnectWise sign-in page."));
            }
        });
        config.text(CwProperties.PUBLIC_KEY).ifPresent(key -> {
            if (key.contains(":") || key.trim().contains(" ")) {
                problems.add(new ConfigProblem(
                        CwProperties.PUBLIC_KEY, "A public key has no ':' and no spaces; copy it from the API key."));
            }
        });
        config.text(CwProperties.CLIENT_ID).map(String::trim).ifPresent(clientId -> {
            if (!GUID.matcher(clientId).matches()) {
                problems.add(new ConfigProblem(
                        CwProperties.CLIENT_ID,
                        "The client id is a GUID like 3f2b1c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d, from your integration at"
                                + " developer.connectwise.com."));
            }
        });
        range(config, CwProperties.RATE_LIMIT_REQUESTS, 1, 1_000_000, problems);
        range(config, CwProperties.RATE_LIMIT_WINDOW, 1, 3_600, problems);
        return problems;
    }

    private static Optional<String> siteProblem(String site) {
        if (!site.contains("://")) {
            return HOST.matcher(site).matches()
                    ? Optional.empty()
                    : Optional.of("The site is a host name such as api-na.myconnectwise.net, or a URL such as"
                            + " https://cw.example.com for an on-premises server.");
        }
        try {
            URI uri = new URI(site);
            boolean web = "https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme());
            boolean bare = (uri.getRawPath() == null
                            || uri.getRawPath().isEmpty()
                            || uri.getRawPath().equals("/"))
                    && uri.getRawQuery() == null
                    && uri.getRawFragment() == null
                    && uri.getRawUserInfo() == null;
            if (web && uri.getHost() != null && bare) {
                return Optional.empty();
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        return Optional.of("A site URL is http(s)://host[:port] with no path: the connector finds the"
                + " codebase (/v4_6_release/…) itself.");
    }

    private static void range(ConnectorConfig config, String name, long min, long max, List<ConfigProblem> problems) {
        config.number(name).ifPresent(value -> {
            if (value.compareTo(BigDecimal.valueOf(min)) < 0
                    || value.compareTo(BigDecimal.valueOf(max)) > 0
                    || value.stripTrailingZeros().scale() > 0) {
                problems.add(
                        new ConfigProblem(name, name + " must be a whole number from " + min + " to " + max + "."));
            }
        });
    }
}
