package io.assetbridge.spi;

/** Tells a connector whether the work it is doing was cancelled. */
@FunctionalInterface
public interface Cancellation {

    Cancellation NEVER = () -> false;

    boolean isCancelled();
}
