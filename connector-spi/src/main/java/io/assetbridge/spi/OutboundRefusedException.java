package io.assetbridge.spi;

import java.io.IOException;

/**
 * The platform's outbound policy does not allow a connection to this host or address; nothing was
 * sent. The message names the address and the rule, never anything secret.
 *
 * @since 1.0
 */
public class OutboundRefusedException extends IOException {

    private static final long serialVersionUID = 1L;

    /**
     * @since 1.0
     */
    public OutboundRefusedException(String message) {
        super(message);
    }
}
