package io.assetbridge.testplugins;

import io.assetbridge.spi.CanonicalRecord;
import io.assetbridge.spi.CiClass;
import io.assetbridge.spi.ConfigurationItem;
import io.assetbridge.spi.Connector;
import io.assetbridge.spi.ConnectorConfig;
import io.assetbridge.spi.ConnectorContext;
import io.assetbridge.spi.ConnectorDescriptor;
import io.assetbridge.spi.ConnectorSession;
import io.assetbridge.spi.Page;
import io.assetbridge.spi.PageRequest;
import io.assetbridge.spi.PropertyDefinition;
import io.assetbridge.spi.PropertyType;
import io.assetbridge.spi.ResourceRole;
import io.assetbridge.spi.ResourceType;
import io.assetbridge.spi.SourceRecord;
import java.util.List;

/** A small, well-behaved connector shipped as its own plugin jar: a fixed list of devices. */
public class FakeCmdbConnector implements Connector {

    static final ResourceType DEVICES = new ResourceType(
            "devices", "Devices", ResourceRole.CONFIGURATION_ITEM, CiClass.HARDWARE, true, null, false);

    @Override
    public ConnectorDescriptor descriptor() {
        return new ConnectorDescriptor(
                "fakecmdb",
                "Fake CMDB",
                "1.0.0",
                List.of(
                        PropertyDefinition.required(
                                "endpoint", "Endpoint", PropertyType.URL, "Where the CMDB answers."),
                        PropertyDefinition.optional(
                                "device-count", "Devices", PropertyType.NUMBER, 3L, "How many devices it holds."),
                        new PropertyDefinition("api-key", "API key", PropertyType.TEXT, true, true, null, "The key.")),
                List.of(DEVICES));
    }

    @Override
    public ConnectorSession authenticate(ConnectorConfig config, ConnectorContext context) {
        return new ConnectorSession() {};
    }

    @Override
    public List<ResourceType> discover(ConnectorSession session) {
        return List.of(DEVICES);
    }

    @Override
    public Page fetchPage(ConnectorSession session, PageRequest request) {
        return Page.last(List.of(new SourceRecord("devices", "1", "device-1")));
    }

    @Override
    public CanonicalRecord mapToCI(SourceRecord record) {
        return ConfigurationItem.builder(record.sourceId(), CiClass.HARDWARE)
                .name(String.valueOf(record.payload()))
                .build();
    }
}
