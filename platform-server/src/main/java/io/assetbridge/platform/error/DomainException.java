package io.assetbridge.platform.error;

import java.util.Map;

/**
 * A request the domain refuses, said without HTTP: services throw its subclasses and the API maps
 * each kind to a status in one place ({@code api.ProblemMapper}). The message is a sentence the
 * caller can act on and never contains a secret.
 */
public abstract class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected DomainException(String message) {
        super(message);
    }

    /** Members a client can act on besides the message, e.g. the id of the run in the way. */
    public Map<String, Object> details() {
        return Map.of();
    }
}
