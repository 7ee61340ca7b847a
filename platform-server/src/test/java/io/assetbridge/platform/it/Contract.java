package io.assetbridge.platform.it;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The API description as a checker of real exchanges: every request {@link Http} sends under
 * {@code /api} and the response it gets are validated against the served {@code /openapi}.
 * <ul>
 * <li>The response must match the operation's documented status, content type and schema (closed
 * schemas: an undocumented member, status or null fails).</li>
 * <li>A request the description calls invalid (a missing member, a wrong type, an unknown value…) must
 * be refused with a 4xx; the server may refuse valid ones too (404, 409…).</li>
 * <li>A method or path the description does not have must get 404 or 405 (or 401/403 before that).</li>
 * </ul>
 * Each checked exchange is appended to {@code it.contract.log} as {@code operationId status}, so a
 * test can show that the run exercised every documented operation ({@link ContractCoverageIT}).
 */
public final class Contract {

    /** Where the exchanges checked in this build are logged (one per line); unset outside Maven. */
    static final String LOG_PROPERTY = "it.contract.log";

    private static final Map<String, Contract> SERVED = new LinkedHashMap<>();

    private final OpenAPI api;
    private final OpenApiInteractionValidator validator;
    private final String basePath;
    private final List<Operation> operations;

    /** A documented operation and the pattern of its paths (base path included). */
    record Operation(String id, String method, String template, Pattern pattern, int variables) {}

    Contract(String description) {
        var options = new ParseOptions();
        options.setResolve(true);
        var parsed = new OpenAPIV3Parser().readContents(description, null, options);
        if (parsed.getOpenAPI() == null || !parsed.getMessages().isEmpty()) {
            throw new AssertionError("The API description does not parse cleanly: " + parsed.getMessages());
        }
        api = parsed.getOpenAPI();
        basePath = api.getServers().get(0).getUrl();
        validator = OpenApiInteractionValidator.createForInlineApiSpecification(description)
                .build();
        operations = operations(api, basePath);
    }

    /** The description served at {@code base + "/openapi"}, read once per server. */
    static synchronized Contract servedBy(String base, Http http) {
        return SERVED.computeIfAbsent(base, b -> {
            var reply = http.get("/openapi");
            if (reply.status() != 200) {
                throw new AssertionError("GET /openapi: " + reply.status());
            }
            return new Contract(reply.body());
        });
    }

    /** The description as this source tree writes it. */
    static Contract written() {
        try (var in = Contract.class.getResourceAsStream("/META-INF/openapi.yaml")) {
            return new Contract(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Operation> operations() {
        return operations;
    }

    /** The problems with one exchange; empty when it matches the description. */
    List<String> problems(
            String method,
            String pathAndQuery,
            Map<String, String> requestHeaders,
            String requestBody,
            int status,
            Map<String, String> responseHeaders,
            String responseBody) {
        String path = pathAndQuery.contains("?") ? pathAndQuery.substring(0, pathAndQuery.indexOf('?')) : pathAndQuery;
        String query = pathAndQuery.contains("?") ? pathAndQuery.substring(pathAndQuery.indexOf('?') + 1) : "";
        var operation = operation(method, path);
        var problems = new ArrayList<String>();
        if (operation.isEmpty()) {
            // access control answers before routing: 401 without credentials, 403 for a viewer's change
            if (status != 401 && status != 403 && status != 404 && status != 405) {
                problems.add(method + " " + path + " is not in the description, yet got " + status
                        + " (expected 404 or 405)");
            }
            return problems;
        }
        var request = new SimpleRequest.Builder(method, path);
        requestHeaders.forEach(request::withHeader);
        if (requestBody != null) {
            request.withBody(requestBody);
        }
        queryParameters(query).forEach(request::withQueryParam);
        ValidationReport requestReport = validator.validateRequest(request.build());
        if (requestReport.hasErrors() && (status < 400 || status >= 500)) {
            problems.add("the description refuses the request (" + messages(requestReport)
                    + ") but the server answered " + status);
        }
        var response = new SimpleResponse.Builder(status);
        responseHeaders.forEach(response::withHeader);
        if (responseBody != null && !responseBody.isEmpty()) {
            response.withBody(responseBody);
        }
        ValidationReport responseReport = validator.validateResponse(
                path, Request.Method.valueOf(method.toUpperCase(Locale.ROOT)), response.build());
        if (responseReport.hasErrors()) {
            problems.add("response " + status + ": " + messages(responseReport));
        }
        record(operation.get().id() + " " + status);
        return problems;
    }

    /** The documented operation a request is for: literal segments win over path variables. */
    Optional<Operation> operation(String method, String path) {
        return operations.stream()
                .filter(o -> o.method().equalsIgnoreCase(method))
                .filter(o -> o.pattern().matcher(path).matches())
                .min(Comparator.comparingInt(Operation::variables));
    }

    private static List<Operation> operations(OpenAPI api, String basePath) {
        var found = new ArrayList<Operation>();
        api.getPaths()
                .forEach((template, item) -> item.readOperationsMap().forEach((method, operation) -> {
                    String full = basePath + template;
                    String regex = Pattern.quote(full).replaceAll("\\{[^}/]+\\}", "\\\\E[^/]+\\\\Q");
                    int variables = (int) template.chars().filter(c -> c == '{').count();
                    found.add(new Operation(
                            operation.getOperationId(),
                            method.name(),
                            full,
                            Pattern.compile("^" + regex + "$"),
                            variables));
                }));
        return List.copyOf(found);
    }

    private static Map<String, List<String>> queryParameters(String query) {
        var parameters = new LinkedHashMap<String, List<String>>();
        if (query.isEmpty()) {
            return parameters;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return parameters;
    }

    private static String messages(ValidationReport report) {
        return report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(m -> m.getKey() + ": " + m.getMessage())
                .collect(Collectors.joining("; "));
    }

    private static synchronized void record(String line) {
        String log = System.getProperty(LOG_PROPERTY);
        if (log == null) {
            return;
        }
        try {
            Path file = Path.of(log);
            Files.createDirectories(file.getParent());
            Files.writeString(
                    file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
