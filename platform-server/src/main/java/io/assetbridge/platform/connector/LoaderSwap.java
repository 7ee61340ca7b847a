package io.assetbridge.platform.connector;

/** Sets a thread's context class loader for a try-with-resources block and restores it after. */
public final class LoaderSwap implements AutoCloseable {

    private final Thread thread = Thread.currentThread();
    private final ClassLoader previous;

    private LoaderSwap(ClassLoader loader) {
        previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
    }

    public static LoaderSwap to(ClassLoader loader) {
        return new LoaderSwap(loader);
    }

    @Override
    public void close() {
        thread.setContextClassLoader(previous);
    }
}
