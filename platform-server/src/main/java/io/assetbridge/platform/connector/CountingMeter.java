package io.assetbridge.platform.connector;

import io.assetbridge.spi.RequestMeter;
import java.util.concurrent.atomic.AtomicLong;

/** Counts the HTTP calls of one piece of work: API and token calls apart. */
public final class CountingMeter implements RequestMeter {

    private final AtomicLong api = new AtomicLong();
    private final AtomicLong token = new AtomicLong();
    private final AtomicLong rateLimited = new AtomicLong();

    @Override
    public void record(HttpCall call) {
        (call.kind() == HttpCall.Kind.TOKEN ? token : api).incrementAndGet();
        if (call.status() == 429) {
            rateLimited.incrementAndGet();
        }
    }

    /** Calls the source refused with 429 (the connector waited and retried). */
    public long rateLimited() {
        return rateLimited.get();
    }

    /** Every call, token calls included. */
    public long total() {
        return api.get() + token.get();
    }

    public long apiCalls() {
        return api.get();
    }

    public long tokenCalls() {
        return token.get();
    }
}
