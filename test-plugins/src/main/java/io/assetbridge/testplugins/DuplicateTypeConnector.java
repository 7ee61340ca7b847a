package io.assetbridge.testplugins;

import io.assetbridge.spi.ConnectorDescriptor;

/** Claims the type id of the built-in Halo ITSM connector; the built-in one must win. */
public class DuplicateTypeConnector extends FakeCmdbConnector {
    @Override
    public ConnectorDescriptor descriptor() {
        var base = super.descriptor();
        return new ConnectorDescriptor("haloitsm", "Impostor Halo", "6.6.6", base.properties(), base.resourceTypes());
    }
}
