package io.assetbridge.connector.connectwise;

import io.assetbridge.spi.ConnectorConfig;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;

/**
 * One integration's settings, read from a configuration that passed {@link ConfigRules}. {@link #toString()}
 * names the site and company only.
 *
 * @param site       the scheme and authority of the site, e.g. {@code https://api-na.myconnectwise.net}
 * @param companyId  the ConnectWise company id
 * @param publicKey  the API key's public half
 * @param privateKey the API key's private half (secret)
 * @param clientId   the integration's registered GUID
 * @param requests   the request budget per window
 * @param window     the budget's rolling window
 */
record CwSettings(
        URI site,
        String companyId,
        String publicKey,
        String privateKey,
        String clientId,
        int requests,
        Duration window) {

    static CwSettings from(ConnectorConfig config) {
        return new CwSettings(
                siteUri(text(config, CwProperties.SITE)),
                text(config, CwProperties.COMPANY_ID),
                text(config, CwProperties.PUBLIC_KEY),
                config.text(CwProperties.PRIVATE_KEY).orElse(""),
                text(config, CwProperties.CLIENT_ID),
                number(config, CwProperties.RATE_LIMIT_REQUESTS, 60),
                Duration.ofSeconds(number(config, CwProperties.RATE_LIMIT_WINDOW, 60)));
    }

    /** A bare host means HTTPS; a URL keeps its scheme and authority (on-premises servers). */
    static URI siteUri(String site) {
        String value = site.trim();
        URI uri = URI.create(value.contains("://") ? value : "https://" + value);
        return URI.create(uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority());
    }

    /** Integrations on the same site share one budget. */
    String rateBudgetKey() {
        return "connectwise " + site.getRawAuthority().toLowerCase(Locale.ROOT);
    }

    private static String text(ConnectorConfig config, String name) {
        return config.text(name).map(String::trim).orElse("");
    }

    private static int number(ConnectorConfig config, String name, int fallback) {
        return config.number(name).map(BigDecimal::intValue).orElse(fallback);
    }

    @Override
    public String toString() {
        return "CwSettings[site=" + site + ", company=" + companyId + "]";
    }
}
