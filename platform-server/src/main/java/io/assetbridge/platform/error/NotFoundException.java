package io.assetbridge.platform.error;

/** The thing asked for does not exist (an integration, a run, a connector type). */
public class NotFoundException extends DomainException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }
}
