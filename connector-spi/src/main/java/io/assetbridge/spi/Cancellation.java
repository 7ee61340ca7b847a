package io.assetbridge.spi;

/**
 * Tells a connector whether the work it is doing was cancelled (an admin cancelled the run, the server
 * is stopping). Check it between requests. A connector that notices a cancellation, here or as an
 * {@link InterruptedException} from {@link Sleeper#sleep} or {@link RateBudget#acquire()}, stops at once
 * and throws {@link ConnectorException} with {@link FailureKind#CANCELLED} (after restoring the thread's
 * interrupt flag when it caught an {@code InterruptedException}). Nothing it read so far is lost: the
 * platform resumes from the last committed page.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface Cancellation {

    /**
     * Work that is never cancelled (connection tests, unit tests).
     *
     * @since 0.1
     */
    Cancellation NEVER = () -> false;

    /**
     * Whether the work was cancelled.
     *
     * @since 0.1
     */
    boolean isCancelled();
}
