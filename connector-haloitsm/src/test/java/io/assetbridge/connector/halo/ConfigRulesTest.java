package io.assetbridge.connector.halo;

import static org.assertj.core.api.Assertions.assertThat;

import io.assetbridge.spi.ConfigProblem;
import io.assetbridge.spi.ConnectorConfig;
import io.assetbridge.spi.PropertyDefinition;
import io.assetbridge.spi.ResourceType;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigRulesTest {

    private final HaloConnector connector = new HaloConnector();

    private static Map<String, Object> valid() {
        var values = new HashMap<String, Object>();
        values.put("resource-server-url", "https://acme.haloitsm.com/api");
        values.put("authorisation-server-url", "https://acme.haloitsm.com/auth");
        values.put("client-id", "7b0e9f5c-1111-2222-3333-444455556666");
        values.put("client-secret", "do-not-echo-me");
        return values;
    }

    private List<ConfigProblem> problems(Map<String, Object> values) {
        return connector.validate(new ConnectorConfig(values));
    }

    @Test
    void describesItselfExactlyAsTheApiContractSays() {
        var descriptor = connector.descriptor();

        assertThat(descriptor.type()).isEqualTo("haloitsm");
        assertThat(descriptor.displayName()).isEqualTo("Halo ITSM");
        assertThat(descriptor.properties())
                .extracting(PropertyDefinition::name)
                .containsExactly(
                        "resource-server-url",
                        "authorisation-server-url",
                        "tenant",
                        "client-id",
                        "client-secret",
                        "scopes",
                        "rate-limit-requests",
                        "rate-limit-window-seconds",
                        "include-installed-software",
                        "incremental-assets");
        assertThat(descriptor.property("client-secret").orElseThrow().secret()).isTrue();
        assertThat(descriptor.property("scopes").orElseThrow().defaultValue())
                .isEqualTo("read:assets read:customers read:software read:softwarelicensing");
        assertThat(descriptor.property("rate-limit-requests").orElseThrow().defaultValue())
                .isEqualTo(250L);
        assertThat(descriptor
                        .property("rate-limit-window-seconds")
                        .orElseThrow()
                        .defaultValue())
                .isEqualTo(300L);
        assertThat(descriptor
                        .property("include-installed-software")
                        .orElseThrow()
                        .defaultValue())
                .isEqualTo(false);
        assertThat(descriptor.properties())
                .allSatisfy(p -> assertThat(p.description()).isNotBlank());
        assertThat(descriptor.resourceTypes())
                .extracting(ResourceType::id)
                .containsExactly("customers", "sites", "asset-types", "hardware", "software", "installed-software");
        assertThat(descriptor.resourceType("asset-types").orElseThrow().selectable())
                .isFalse();
    }

    @Test
    void acceptsAPlainHostedConfiguration() {
        assertThat(problems(valid())).isEmpty();
    }

    @Test
    void reportsEveryProblemAtOnceKeyedByProperty() {
        var values = valid();
        values.put("resource-server-url", "https://acme.haloitsm.com/");
        values.put("authorisation-server-url", "https://user:pw@acme.haloitsm.com/auth");
        values.put("tenant", "has spaces");
        values.put("client-id", " ");
        values.put("client-secret", "");
        values.put("rate-limit-requests", 0L);
        values.put("rate-limit-window-seconds", new BigDecimal("2.5"));

        assertThat(problems(values))
                .extracting(ConfigProblem::property)
                .containsExactlyInAnyOrder(
                        "resource-server-url",
                        "authorisation-server-url",
                        "tenant",
                        "client-id",
                        "client-secret",
                        "rate-limit-requests",
                        "rate-limit-window-seconds");
        assertThat(problems(values)).extracting(ConfigProblem::message).noneMatch(m -> m.contains("pw@"));
    }

    @Test
    void refusesRelativeNonHttpQueryOrFragmentUrls() {
        for (String bad : List.of(
                "acme.haloitsm.com/api",
                "ftp://acme.haloitsm.com/api",
                "https://acme.haloitsm.com/api?tenant=x",
                "https://acme.haloitsm.com/api#top")) {
            var values = valid();
            values.put("resource-server-url", bad);
            assertThat(problems(values))
                    .as(bad)
                    .extracting(ConfigProblem::property)
                    .containsExactly("resource-server-url");
        }
        var trailingSlash = valid();
        trailingSlash.put("resource-server-url", "https://acme.haloitsm.com/api/");
        assertThat(problems(trailingSlash)).isEmpty();
    }

    @Test
    void tellsAResourceServerUrlOrATokenEndpointInTheAuthorisationField() {
        var values = valid();
        values.put("authorisation-server-url", "https://acme.haloitsm.com/api/");
        assertThat(problems(values)).singleElement().satisfies(p -> {
            assertThat(p.property()).isEqualTo("authorisation-server-url");
            assertThat(p.message()).contains("ends in /api, which is the Resource Server URL");
        });

        values.put("authorisation-server-url", "https://acme.haloitsm.com/auth/token");
        assertThat(problems(values))
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("must not include /token"));

        values.put("authorisation-server-url", "https://auth.haloservicedesk.com/");
        assertThat(problems(values)).as("a shared authorisation host").isEmpty();
    }

    @Test
    void settingsNeverShowTheSecret() {
        HaloSettings settings = HaloSettings.from(new ConnectorConfig(valid()));

        assertThat(settings.toString()).doesNotContain("do-not-echo-me");
        assertThat(settings.credentialKey()).doesNotContain("do-not-echo-me");
        assertThat(settings.rateBudgetKey()).isEqualTo("acme.haloitsm.com:443");
        assertThat(settings.tokenRequest().toString()).doesNotContain("do-not-echo-me");
    }
}
