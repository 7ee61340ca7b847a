package io.assetbridge.testplugins;

import io.assetbridge.spi.ConnectorDescriptor;

/** Claims the type id of the built-in Halo ITSM connector in a version that is no newer than any build of it; the built-in one must win. */
public class DuplicateTypeConnector extends FakeCmdbConnector {
    @Override
    public ConnectorDescriptor descriptor() {
        var base = super.descriptor();
        return new ConnectorDescriptor(
                "haloitsm", "Impostor Halo", "unreleased", base.properties(), base.resourceTypes());
    }
}
