package io.assetbridge.platform.connector;

import java.time.Instant;

/**
 * Where a piece of work shows that it waits, while it waits: a sync run shows it on the run; a connection
 * test shows nothing.
 */
public interface WaitDisplay {

    WaitDisplay NONE = new WaitDisplay() {
        @Override
        public void waiting(Instant until, String waitingFor, String message) {
            // nobody watches
        }

        @Override
        public void done() {
            // nobody watches
        }
    };

    /**
     * @param until      when the wait ends
     * @param waitingFor {@code rate-budget}, {@code rate-limited} or {@code retry}
     * @param message    a sentence naming what is waited for
     */
    void waiting(Instant until, String waitingFor, String message);

    /** The wait is over. */
    void done();
}
