package io.assetbridge.testkit;

import io.assetbridge.spi.RequestMeter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records every HTTP call a connector reports. */
public final class RecordingMeter implements RequestMeter {

    private final List<HttpCall> calls = new CopyOnWriteArrayList<>();

    @Override
    public void record(HttpCall call) {
        calls.add(call);
    }

    public List<HttpCall> calls() {
        return List.copyOf(calls);
    }

    public long count(HttpCall.Kind kind) {
        return calls.stream().filter(c -> c.kind() == kind).count();
    }

    public long count(HttpCall.Kind kind, int status) {
        return calls.stream()
                .filter(c -> c.kind() == kind && c.status() == status)
                .count();
    }

    public void reset() {
        calls.clear();
    }
}
