package io.assetbridge.testplugins;

import io.assetbridge.spi.ConnectorDescriptor;

/** Answers with no descriptor at all: invalid. */
public class NullDescriptorConnector extends FakeCmdbConnector {
    @Override
    public ConnectorDescriptor descriptor() {
        return null;
    }
}
