package com.example.acme;

import io.assetbridge.testkit.HttpStub;
import io.assetbridge.testkit.RecordedRequest;
import io.assetbridge.testkit.StubResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

/** A stand-in for Acme's API, served by the test kit's HTTP stub: {@value #DEVICES} devices, an API key. */
final class AcmeSource {

    static final int DEVICES = 1234;
    static final String KEY = "acme-k3y-for-tests";
    private static final LocalDateTime FIRST_CHANGE = LocalDateTime.of(2024, 1, 1, 0, 0);

    private AcmeSource() {}

    static HttpStub start() {
        return HttpStub.start().fallback(AcmeSource::answer);
    }

    static LocalDateTime changed(int id) {
        return FIRST_CHANGE.plusHours(id);
    }

    private static StubResponse answer(RecordedRequest request) {
        if (!KEY.equals(request.header("X-Api-Key"))) {
            return StubResponse.text(401, "unauthorised");
        }
        if (!request.path().endsWith("/devices")) {
            return StubResponse.text(404, "not found");
        }
        Map<String, String> query = query(request.query());
        int page = Integer.parseInt(query.getOrDefault("page", "0"));
        int size = Math.min(500, Integer.parseInt(query.getOrDefault("size", "100")));
        LocalDateTime since = query.containsKey("changedSince") ? LocalDateTime.parse(query.get("changedSince")) : null;
        int first = 1;
        if (since != null) {
            while (first <= DEVICES && changed(first).isBefore(since)) {
                first++;
            }
        }
        int from = first + page * size;
        int to = Math.min(DEVICES, from + size - 1);
        var body = new StringBuilder("next=")
                .append(to < DEVICES ? String.valueOf(page + 1) : "")
                .append('\n');
        for (int id = from; id <= to; id++) {
            body.append('d')
                    .append(id)
                    .append('\t')
                    .append("Device ")
                    .append(id)
                    .append('\t')
                    .append("SN-")
                    .append(id)
                    .append('\t')
                    .append(changed(id))
                    .append('\n');
        }
        return StubResponse.text(200, body.toString());
    }

    private static Map<String, String> query(String raw) {
        var values = new HashMap<String, String>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    values.put(
                            pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return values;
    }
}
