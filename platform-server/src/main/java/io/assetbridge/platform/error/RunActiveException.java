package io.assetbridge.platform.error;

import java.util.Map;

/** The integration has a run queued or running, which has to end first; carries that run's id. */
public class RunActiveException extends ConflictException {

    private static final long serialVersionUID = 1L;

    private final long runId;

    public RunActiveException(String message, long runId) {
        super(message);
        this.runId = runId;
    }

    public long runId() {
        return runId;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("runId", runId);
    }
}
