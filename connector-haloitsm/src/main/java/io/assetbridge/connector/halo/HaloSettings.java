package io.assetbridge.connector.halo;

import static io.assetbridge.connector.halo.HaloProperties.*;

import io.assetbridge.connector.halo.client.TokenRequest;
import io.assetbridge.spi.ConfigProblem;
import io.assetbridge.spi.ConnectorConfig;
import io.assetbridge.spi.ConnectorException;
import io.assetbridge.spi.FailureKind;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * A validated Halo configuration in typed form. {@link #toString()} never shows the secret.
 */
record HaloSettings(
        URI resourceServer,
        URI authorisationServer,
        String tenant,
        String clientId,
        String clientSecret,
        String scopes,
        int rateLimitRequests,
        Duration rateLimitWindow,
        boolean includeInstalledSoftware) {

    /**
     * @throws ConnectorException {@code CONFIGURATION} naming the first property at fault
     */
    static HaloSettings from(ConnectorConfig config) {
        List<ConfigProblem> problems = ConfigRules.check(config);
        if (!problems.isEmpty()) {
            ConfigProblem first = problems.get(0);
            throw new ConnectorException(FailureKind.CONFIGURATION, first.message(), null, first.property(), null);
        }
        return new HaloSettings(
                url(config.text(RESOURCE_SERVER_URL).orElseThrow()),
                url(config.text(AUTHORISATION_SERVER_URL).orElseThrow()),
                config.text(TENANT).map(String::strip).orElse(null),
                config.text(CLIENT_ID).orElseThrow().strip(),
                config.text(CLIENT_SECRET).orElseThrow(),
                config.text(SCOPES)
                        .map(s -> String.join(" ", s.strip().split("\\s+")))
                        .orElse(DEFAULT_SCOPES),
                config.number(RATE_LIMIT_REQUESTS).map(BigDecimal::intValue).orElse((int) DEFAULT_RATE_LIMIT_REQUESTS),
                Duration.ofSeconds(config.number(RATE_LIMIT_WINDOW_SECONDS)
                        .map(BigDecimal::longValue)
                        .orElse(DEFAULT_RATE_LIMIT_WINDOW_SECONDS)),
                config.flag(INCLUDE_INSTALLED_SOFTWARE).orElse(false));
    }

    /** Without trailing slashes, so paths join the same way whatever the admin pasted. */
    private static URI url(String text) {
        return URI.create(ConfigRules.stripSlashes(text.strip()));
    }

    TokenRequest tokenRequest() {
        return new TokenRequest(tenant, clientId, clientSecret, scopes);
    }

    /**
     * Identifies one credential: the token it earns is shared by every session that uses it. The secret
     * and scopes take part only as a digest, so a corrected secret or changed scopes get a token of their own.
     */
    String credentialKey() {
        return authorisationServer + "|" + (tenant == null ? "" : tenant) + "|" + clientId + "|"
                + digest(clientSecret + "\n" + scopes);
    }

    /** The rate budget key: the Halo instance ({@code host:port}), shared by its integrations. */
    String rateBudgetKey() {
        int port = resourceServer.getPort() != -1
                ? resourceServer.getPort()
                : "https".equalsIgnoreCase(resourceServer.getScheme()) ? 443 : 80;
        return resourceServer.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "HaloSettings[resourceServer=" + resourceServer + ", authorisationServer=" + authorisationServer
                + ", tenant=" + tenant + ", clientId=" + clientId + ", scopes=" + scopes + "]";
    }
}
