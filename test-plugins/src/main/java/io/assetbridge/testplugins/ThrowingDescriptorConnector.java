package io.assetbridge.testplugins;

import io.assetbridge.spi.ConnectorDescriptor;

/** Fails when asked what it is. */
public class ThrowingDescriptorConnector extends FakeCmdbConnector {
    @Override
    public ConnectorDescriptor descriptor() {
        throw new IllegalStateException("descriptor refuses to answer");
    }
}
