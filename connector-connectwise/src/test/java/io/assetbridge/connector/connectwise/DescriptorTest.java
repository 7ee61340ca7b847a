package io.assetbridge.connector.connectwise;

import static org.assertj.core.api.Assertions.assertThat;

import io.assetbridge.spi.ConfigProblem;
import io.assetbridge.spi.ConnectorConfig;
import io.assetbridge.spi.PropertyDefinition;
import io.assetbridge.spi.ResourceType;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DescriptorTest {

    @Test
    void thePropertiesAndResourceTypesHaveExactlyTheDocumentedNames() {
        var descriptor = Cw.CONNECTOR.descriptor();
        assertThat(descriptor.type()).isEqualTo("connectwise");
        assertThat(descriptor.properties())
                .extracting(PropertyDefinition::name)
                .containsExactly(
                        "site",
                        "company-id",
                        "public-key",
                        "private-key",
                        "client-id",
                        "rate-limit-requests",
                        "rate-limit-window-seconds");
        assertThat(descriptor.property("private-key").orElseThrow().secret()).isTrue();
        assertThat(descriptor.property("rate-limit-requests").orElseThrow().defaultValue())
                .isEqualTo(60L);
        assertThat(descriptor.resourceTypes())
                .extracting(ResourceType::id)
                .containsExactly("customers", "sites", "asset-types", "configurations");
        assertThat(descriptor.resourceTypes())
                .as("ConnectWise's largest page, read by last change")
                .allMatch(t -> t.pageSize() == 1_000 && t.modifiedSince());
        assertThat(Cw.CONNECTOR.secretBindings()).singleElement().satisfies(b -> {
            assertThat(b.secret()).isEqualTo("private-key");
            assertThat(b.boundTo()).containsExactlyInAnyOrder("site", "company-id");
        });
    }

    @Test
    void staticChecksReportEveryProblemByProperty() {
        var problems = Cw.CONNECTOR.validate(ConnectorConfig.of(Map.of(
                "site", "https://cw.example.com/v4_6_release/apis/3.0",
                "company-id", "two words",
                "client-id", "not-a-guid",
                "rate-limit-requests", 0L)));
        assertThat(problems)
                .extracting(ConfigProblem::property)
                .containsExactlyInAnyOrder("site", "company-id", "client-id", "rate-limit-requests");
        assertThat(Cw.CONNECTOR.validate(ConnectorConfig.of(Map.of(
                        "site", "api-eu.myconnectwise.net",
                        "company-id", "acme",
                        "client-id", "3f2b1c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"))))
                .isEmpty();
        assertThat(CwSettings.siteUri("api-na.myconnectwise.net").toString())
                .isEqualTo("https://api-na.myconnectwise.net");
        assertThat(CwSettings.siteUri("http://10.0.0.5:8080/").toString()).isEqualTo("http://10.0.0.5:8080");
    }
}
