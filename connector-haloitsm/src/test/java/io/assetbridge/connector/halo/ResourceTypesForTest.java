package io.assetbridge.connector.halo;

import static org.assertj.core.api.Assertions.assertThat;

import io.assetbridge.spi.ConnectorConfig;
import io.assetbridge.spi.ResourceType;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResourceTypesForTest {

    private final HaloConnector connector = new HaloConnector();

    @Test
    void installedSoftwareIsOfferedOnlyWhenTheConfigurationOptsIn() {
        assertThat(connector.resourceTypesFor(ConnectorConfig.of(Map.of())))
                .extracting(ResourceType::id)
                .containsExactly("customers", "sites", "asset-types", "hardware", "software");
        assertThat(connector.resourceTypesFor(ConnectorConfig.of(Map.of("include-installed-software", true))))
                .extracting(ResourceType::id)
                .contains("installed-software");
    }
}
