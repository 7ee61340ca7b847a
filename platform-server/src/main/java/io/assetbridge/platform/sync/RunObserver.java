package io.assetbridge.platform.sync;

import io.assetbridge.spi.RequestMeter.HttpCall;
import java.time.Duration;

/**
 * Watches runs from outside the engine (metrics, notifications): a CDI bean implementing it hears
 * what each run executing on this node does. Called on the run's threads, so each method must be
 * quick; what it throws is logged and ignored, never the run's failure.
 */
public interface RunObserver {

    /** The run started executing on this node (also when it resumes after a restart). */
    default void started(RunRef run) {
        // not of interest
    }

    /** A page was committed with its checkpoint; {@code before} and {@code after} are the run's counts. */
    default void pageCommitted(RunRef run, RunCounts before, RunCounts after) {
        // not of interest
    }

    /** One HTTP call of the run to its source, token calls included. */
    default void requested(RunRef run, HttpCall call) {
        // not of interest
    }

    /**
     * The run waited.
     *
     * @param reason {@code rate-budget}, {@code rate-limited} or {@code retry}
     */
    default void waited(RunRef run, String reason, Duration waited) {
        // not of interest
    }

    /** The run ended and its row is committed: {@code ended} is that row. */
    default void ended(RunRef run, SyncRun ended) {
        // not of interest
    }
}
