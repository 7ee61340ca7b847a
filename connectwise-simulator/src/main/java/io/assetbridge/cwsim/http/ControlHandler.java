package io.assetbridge.cwsim.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.assetbridge.cwsim.SimSettings;
import io.assetbridge.cwsim.data.CwData;
import io.assetbridge.cwsim.data.Rows.Mutation;
import java.io.IOException;
import java.util.Map;

/**
 * The simulator's own controls under {@code /_sim/}, never part of ConnectWise:
 * <ul>
 *   <li>{@code POST /_sim/mutate?delete=N&rename=N&add=N} → {@code {"deleted":[…],"renamed":[…],"added":[…]}};
 *   <li>{@code GET /_sim/counters} → {@code {"requests":{"<endpoint>":n,…},"totals":{"companies":n,
 *       "configurations":n,"types":n}}}; {@code POST /_sim/counters/reset};
 *   <li>{@code POST /_sim/faults?…} (see {@link Faults}) and {@code GET /_sim/faults};
 *   <li>{@code GET /_sim/configurations/{id}}: one configuration as the API shows it, for spot checks.
 * </ul>
 */
public final class ControlHandler implements HttpHandler {

    private final SimSettings settings;
    private final CwData data;
    private final Counters counters;
    private final Faults faults;

    public ControlHandler(SimSettings settings, CwData data, Counters counters, Faults faults) {
        this.settings = settings;
        this.data = data;
        this.counters = counters;
        this.faults = faults;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            answer(exchange).send(exchange);
        } catch (IllegalArgumentException e) {
            Reply.error(400, "InvalidObject", e.getMessage()).send(exchange);
        }
    }

    private Reply answer(HttpExchange exchange) {
        String path = exchange.getRequestURI().getPath();
        boolean post = exchange.getRequestMethod().equals("POST");
        Map<String, String> params = Params.of(exchange.getRequestURI().getRawQuery());
        if (path.equals("/_sim/mutate") && post) {
            Mutation m = data.mutate(count(params, "delete"), count(params, "rename"), count(params, "add"));
            return Reply.json(200, Json.object("deleted", m.deleted(), "renamed", m.renamed(), "added", m.added()));
        }
        if (path.equals("/_sim/counters")) {
            return Reply.json(
                    200,
                    Json.object(
                            "requests", counters.snapshot(),
                            "totals",
                                    Json.object(
                                            "companies", data.companyCount(),
                                            "configurations", data.configurationCount(),
                                            "types", data.typeCount())));
        }
        if (path.equals("/_sim/counters/reset") && post) {
            counters.reset();
            return Reply.json(200, Json.object("reset", true));
        }
        if (path.equals("/_sim/faults")) {
            if (post) {
                faults.apply(params, settings.rateLimit(), settings.windowSeconds());
            }
            return Reply.json(200, faults.describe());
        }
        if (path.startsWith("/_sim/configurations/")) {
            int id = (int) number(path.substring("/_sim/configurations/".length()), "id");
            return data.configuration(id)
                    .map(c -> Reply.json(200, RowJson.configuration(c)))
                    .orElseGet(() -> Reply.error(404, "NotFound", "No configuration " + id + "."));
        }
        return Reply.error(404, "NotFound", "No simulator control at " + path + ".");
    }

    private static int count(Map<String, String> params, String name) {
        long n = number(params.getOrDefault(name, "0"), name);
        if (n < 0 || n > 1_000_000) {
            throw new IllegalArgumentException(name + " must be 0 to 1,000,000");
        }
        return (int) n;
    }

    private static long number(String text, String name) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, got '" + text + "'");
        }
    }
}
