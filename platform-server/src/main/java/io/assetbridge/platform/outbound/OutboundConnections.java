package io.assetbridge.platform.outbound;

import io.assetbridge.spi.HttpTimeouts;
import io.assetbridge.spi.OutboundHttp;
import io.assetbridge.spi.OutboundRefusedException;
import io.assetbridge.spi.support.SocketHttp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Optional;

/**
 * Every outbound connection of the platform and its connectors: the host is resolved once, each
 * address is checked against the {@link OutboundPolicy} and only an allowed one is connected to —
 * the very address that was checked, so a second lookup (DNS rebinding) cannot swap it.
 */
@ApplicationScoped
public class OutboundConnections {

    private OutboundPolicy policy;

    @Inject
    public OutboundConnections(OutboundPolicy policy) {
        this.policy = policy;
    }

    /** Required by CDI for the client proxy of a normal-scoped bean. */
    protected OutboundConnections() {}

    /** What a connector's context lends it ({@link io.assetbridge.spi.ConnectorContext#http()}). */
    public OutboundHttp http(HttpTimeouts timeouts) {
        return new SocketHttp(this::dial, timeouts);
    }

    /** Why the policy refuses {@code host} as it resolves now; empty when allowed or unknown. */
    public Optional<String> refusal(String host) {
        return policy.checkHost(host);
    }

    /**
     * A connected socket to the first allowed address of {@code host} that accepts.
     *
     * @throws OutboundRefusedException when the policy refuses every address
     */
    public Socket dial(String host, int port, Duration timeout) throws IOException {
        IOException failure = null;
        String refused = null;
        for (InetAddress address : InetAddress.getAllByName(host)) {
            Optional<String> why = policy.check(host, address);
            if (why.isPresent()) {
                refused = why.get();
                continue;
            }
            var socket = new Socket();
            try {
                socket.connect(new InetSocketAddress(address, port), (int) timeout.toMillis());
                return socket;
            } catch (IOException e) {
                socket.close();
                failure = e;
            }
        }
        if (failure != null) {
            throw failure;
        }
        throw new OutboundRefusedException(refused);
    }
}
