package io.assetbridge.spi;

/**
 * An authenticated conversation with one source system, returned by
 * {@link Connector#authenticate}. Thread-safe; holds and refreshes its own credentials (an access
 * token, for example). The platform closes it when the sync or test that opened it ends.
 *
 * @since 0.1
 */
public interface ConnectorSession extends AutoCloseable {

    /**
     * Releases resources held by the session. Never throws.
     *
     * @since 0.1
     */
    @Override
    default void close() {
        // no operation: most sessions hold only an in-memory token
    }
}
