package io.assetbridge.platform.connector;

import io.assetbridge.spi.RequestMeter;

import java.util.concurrent.atomic.AtomicLong;

/** Counts the HTTP calls of one piece of work: API and token calls apart. */
public final class CountingMeter implements RequestMeter {

    private final AtomicLong api = new AtomicLong();
    private final AtomicLong token = new AtomicLong();

    @Override
    public void record(HttpCall call) {
        (call.kind() == HttpCall.Kind.TOKEN ? token : api).incrementAndGet();
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
