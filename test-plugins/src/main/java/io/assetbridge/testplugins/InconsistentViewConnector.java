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
import java.util.ArrayList;
import java.util.List;

/**
 * Lists {@code devices} devices in one page; with {@code inconsistent} on, the page says its view may be
 * inconsistent (as offset paging under concurrent deletes would), so a run must mark nothing missing.
 */
public class InconsistentViewConnector implements Connector {

    static final ResourceType DEVICES = new ResourceType(
            "devices", "Devices", ResourceRole.CONFIGURATION_ITEM, CiClass.HARDWARE, true, null, false);

    @Override
    public ConnectorDescriptor descriptor() {
        return new ConnectorDescriptor(
                "inconsistentview",
                "Inconsistent view",
                "1.0.0",
                List.of(
                        PropertyDefinition.optional(
                                "devices", "Devices", PropertyType.NUMBER, 2L, "How many devices it lists."),
                        PropertyDefinition.optional(
                                "inconsistent",
                                "Inconsistent",
                                PropertyType.BOOLEAN,
                                Boolean.FALSE,
                                "Whether its page says the view may be inconsistent.")),
                List.of(DEVICES));
    }

    @Override
    public ConnectorSession authenticate(ConnectorConfig config, ConnectorContext context) {
        return new Listing(
                config.number("devices").map(n -> n.intValue()).orElse(2),
                config.flag("inconsistent").orElse(false));
    }

    @Override
    public List<ResourceType> discover(ConnectorSession session) {
        return List.of(DEVICES);
    }

    @Override
    public Page fetchPage(ConnectorSession session, PageRequest request) {
        var listing = (Listing) session;
        var records = new ArrayList<SourceRecord>();
        for (int id = 1; id <= listing.devices(); id++) {
            records.add(new SourceRecord("devices", String.valueOf(id), "device-" + id));
        }
        Page page = Page.last(records);
        return listing.inconsistent() ? page.withInconsistency("offset paging while devices were deleted") : page;
    }

    @Override
    public CanonicalRecord mapToCI(SourceRecord record, ConnectorConfig config) {
        return ConfigurationItem.builder(record.sourceId(), CiClass.HARDWARE)
                .name(String.valueOf(record.payload()))
                .build();
    }

    /** The session: what the configuration asked for. */
    public record Listing(int devices, boolean inconsistent) implements ConnectorSession {}
}
