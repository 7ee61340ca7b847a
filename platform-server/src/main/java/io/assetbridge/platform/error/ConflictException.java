package io.assetbridge.platform.error;

/** The request is valid but the current state forbids it (a duplicate name, a connector change). */
public class ConflictException extends DomainException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message);
    }
}
