package io.assetbridge.platform.sync;

/**
 * How a run ended: succeeded, cancelled, or failed with a kind and a message the user can act on.
 * Only these can end a run, so an ended run always has an ended status, and a failure kind exactly
 * when it failed.
 */
public record RunOutcome(RunStatus status, RunFailureKind failureKind, String message) {

    /** The {@code sync_run.failure_message} column's length. */
    static final int MESSAGE_LENGTH = 2000;

    public RunOutcome {
        if (status.active()) {
            throw new IllegalArgumentException("A run cannot end " + status);
        }
        if ((status == RunStatus.FAILED) != (failureKind != null)) {
            throw new IllegalArgumentException("A failure kind goes with a failed run only");
        }
        message =
                message == null || message.length() <= MESSAGE_LENGTH ? message : message.substring(0, MESSAGE_LENGTH);
    }

    static RunOutcome succeeded() {
        return new RunOutcome(RunStatus.SUCCEEDED, null, null);
    }

    static RunOutcome cancelled() {
        return new RunOutcome(RunStatus.CANCELLED, null, null);
    }

    static RunOutcome failed(RunFailureKind kind, String message) {
        return new RunOutcome(RunStatus.FAILED, kind, message);
    }
}
