package io.assetbridge.platform.sync;

/** Thrown inside the engine when a run's cancellation is noticed, to unwind to its end. */
final class RunCancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RunCancelledException() {
        super("cancelled", null, false, false);
    }
}
