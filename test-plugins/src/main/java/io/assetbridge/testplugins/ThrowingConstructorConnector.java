package io.assetbridge.testplugins;

/** Fails while the platform instantiates it. */
public class ThrowingConstructorConnector extends FakeCmdbConnector {
    public ThrowingConstructorConnector() {
        throw new IllegalStateException("constructor refuses to run");
    }
}
