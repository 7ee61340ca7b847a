package io.assetbridge.platform.error;

import io.assetbridge.platform.json.Jsonp;
import java.util.List;
import java.util.Map;

/**
 * The body of an error response ({@code application/problem+json}, RFC 9457), for every place that
 * answers one: the API's exception mapper and the filters and servlets outside it.
 */
public final class ProblemJson {

    public static final String MEDIA_TYPE = "application/problem+json";

    private ProblemJson() {}

    /**
     * @param detail     what happened this time (the title when null)
     * @param errors     field-level problems, possibly none
     * @param extensions further members: numbers as numbers, anything else as text
     */
    public static String body(
            int status, String title, String detail, List<Violation> errors, Map<String, Object> extensions) {
        var json = Jsonp.PROVIDER;
        var body = json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status)
                .add("detail", detail == null ? title : detail);
        var list = json.createArrayBuilder();
        errors.forEach(
                e -> list.add(json.createObjectBuilder().add("field", e.field()).add("message", e.message())));
        body.add("errors", list);
        extensions.forEach((key, value) -> {
            if (value instanceof Number n) {
                body.add(key, n.longValue());
            } else {
                body.add(key, String.valueOf(value));
            }
        });
        return body.build().toString();
    }
}
