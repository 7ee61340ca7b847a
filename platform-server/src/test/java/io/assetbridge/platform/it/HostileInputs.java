package io.assetbridge.platform.it;

import static io.assetbridge.platform.it.HostileCase.get;
import static io.assetbridge.platform.it.HostileCase.json;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * The hostile-input table: malformed and wrongly typed JSON, missing, unknown and repeated members,
 * {@code 1e999}, control characters, over-long strings, oversized bodies, wrong content types,
 * wrong methods, and bad path and query parameters. Each row must get a 4xx problem, never a 5xx.
 */
final class HostileInputs {

    private static final String LONG_201 = "n".repeat(201);

    private HostileInputs() {}

    /** A valid Halo integration body whose connection can never succeed (nothing listens on port 9). */
    static JsonObject validIntegration(String name) {
        return Json.createObjectBuilder()
                .add("name", name)
                .add("connector", "haloitsm")
                .add(
                        "config",
                        Json.createObjectBuilder()
                                .add("resource-server-url", "http://127.0.0.1:9/api")
                                .add("authorisation-server-url", "http://127.0.0.1:9/auth")
                                .add("tenant", "acme")
                                .add("client-id", "client-id-example")
                                .add("client-secret", "not-a-real-secret"))
                .build();
    }

    static List<HostileCase> all(long integrationId) {
        var cases = new ArrayList<HostileCase>();
        String one = "/api/integrations/" + integrationId;
        malformedBodies(cases, "POST", "/api/integrations");
        malformedBodies(cases, "PUT", one);
        malformedBodies(cases, "PUT", one + "/settings");
        malformedBodies(cases, "PUT", "/api/connectors/haloitsm/validate");
        integrationFields(cases, "POST", "/api/integrations");
        integrationFields(cases, "PUT", one);
        secretRebinding(cases, one);
        settingsFields(cases, one + "/settings");
        contentTypesAndSizes(cases, one);
        simpleRequests(cases, one);
        methods(cases, one);
        pathIds(cases);
        nonCanonicalIds(cases, integrationId);
        queryParameters(cases, one);
        return cases;
    }

    private static void malformedBodies(List<HostileCase> cases, String method, String path) {
        String[][] bodies = {
            {"empty body", ""},
            {"blank body", "   "},
            {"unclosed object", "{"},
            {"array root", "[]"},
            {"string root", "\"text\""},
            {"number root", "42"},
            {"null root", "null"},
            {"boolean root", "true"},
            {"two objects", "{}{}"},
            {"repeated member", "{\"name\":\"a\",\"name\":\"b\"}"},
            {"single quotes", "{'name':'x'}"},
            {"trailing comma", "{\"name\":\"x\",}"},
            {"comment", "/* c */ {}"},
            {"NaN", "{\"n\":NaN}"},
            {"deep nesting", "{\"a\":" + "[".repeat(30_000) + "}"},
            {"unterminated string", "{\"name\":\"x}"},
            {"raw control character in string", "{\"name\":\"a\u0001b\"}"},
        };
        for (String[] b : bodies) {
            cases.add(json(b[0], method, path, b[1], 400));
        }
    }

    private static void integrationFields(List<HostileCase> cases, String method, String path) {
        JsonObject valid = validIntegration("Hostile " + method);
        field(cases, method, path, valid, "name missing", "name", null);
        field(cases, method, path, valid, "name a number", "name", Json.createValue(42));
        field(cases, method, path, valid, "name null", "name", JsonValue.NULL);
        field(
                cases,
                method,
                path,
                valid,
                "name an array",
                "name",
                Json.createArrayBuilder().add("a").build());
        field(cases, method, path, valid, "name empty", "name", Json.createValue(""));
        field(cases, method, path, valid, "name blank", "name", Json.createValue("   "));
        field(cases, method, path, valid, "name 201 characters", "name", Json.createValue(LONG_201));
        field(cases, method, path, valid, "name with BEL", "name", Json.createValue("bad\u0007name"));
        field(cases, method, path, valid, "name with newline", "name", Json.createValue("bad\nname"));
        field(cases, method, path, valid, "name with NUL", "name", Json.createValue("bad\u0000name"));
        field(cases, method, path, valid, "connector missing", "connector", null);
        field(cases, method, path, valid, "connector a number", "connector", Json.createValue(1));
        field(cases, method, path, valid, "config missing", "config", null);
        field(cases, method, path, valid, "config an array", "config", JsonValue.EMPTY_JSON_ARRAY);
        field(cases, method, path, valid, "config a string", "config", Json.createValue("x"));
        field(cases, method, path, valid, "unknown member", "extra", Json.createValue(1));
        field(cases, method, path, valid, "settings in the body", "settings", JsonValue.EMPTY_JSON_OBJECT);
        config(cases, method, path, valid, "unknown config key", "password", Json.createValue("x"));
        config(cases, method, path, valid, "client-id a number", "client-id", Json.createValue(5));
        config(cases, method, path, valid, "client-id an object", "client-id", JsonValue.EMPTY_JSON_OBJECT);
        config(cases, method, path, valid, "tenant 2049 characters", "tenant", Json.createValue("t".repeat(2049)));
        config(cases, method, path, valid, "tenant with control character", "tenant", Json.createValue("a\u001bb"));
        config(
                cases,
                method,
                path,
                valid,
                "rate limit 1e999",
                "rate-limit-requests",
                Json.createValue(new java.math.BigDecimal("1e999")));
        config(cases, method, path, valid, "rate limit a fraction", "rate-limit-requests", Json.createValue(1.5));
        config(cases, method, path, valid, "rate limit negative", "rate-limit-requests", Json.createValue(-1));
        config(
                cases,
                method,
                path,
                valid,
                "rate limit beyond long",
                "rate-limit-requests",
                Json.createValue(new java.math.BigInteger("99999999999999999999999")));
        config(cases, method, path, valid, "rate limit not numeric", "rate-limit-requests", Json.createValue("abc"));
        config(
                cases,
                method,
                path,
                valid,
                "boolean as a string",
                "include-installed-software",
                Json.createValue("yes"));
        config(cases, method, path, valid, "url not a url", "resource-server-url", Json.createValue("not a url"));
        config(
                cases,
                method,
                path,
                valid,
                "url with javascript scheme",
                "resource-server-url",
                Json.createValue("javascript:alert(1)"));
        config(cases, method, path, valid, "url null", "resource-server-url", JsonValue.NULL);
        config(cases, method, path, valid, "required key missing", "client-id", null);
        String repeatedConfig =
                valid.toString().replace("\"tenant\":\"acme\"", "\"tenant\":\"acme\",\"tenant\":\"evil\"");
        cases.add(json("repeated config member", method, path, repeatedConfig, 400));
        String literal1e999 = valid.toString()
                .replace("\"tenant\":\"acme\"", "\"tenant\":\"acme\",\"rate-limit-window-seconds\":1e999");
        cases.add(json("window 1e999 literal", method, path, literal1e999, 400));
    }

    /** Moving where the stored secret goes without sending it again: 400 on client-secret, every way. */
    private static void secretRebinding(List<HostileCase> cases, String one) {
        JsonObject valid = validIntegration("Access matrix");
        String[][] moves = {
            {"resource-server-url", "http://127.0.0.1:10/api"},
            {"authorisation-server-url", "http://127.0.0.1:10/auth"},
            {"authorisation-server-url", "http://127.0.0.1:9/auth/"},
            {"tenant", "evil"},
            {"tenant", ""},
        };
        for (String[] move : moves) {
            for (JsonValue secret : List.of(JsonValue.NULL, Json.createValue(""), Json.createValue("   "))) {
                var config = Json.createObjectBuilder(valid.getJsonObject("config"))
                        .add(move[0], move[1])
                        .add("client-secret", secret);
                String body = Json.createObjectBuilder(valid)
                        .add("config", config)
                        .build()
                        .toString();
                cases.add(json("rebind " + move[0] + "=" + move[1] + " secret " + secret, "PUT", one, body, 400));
            }
        }
    }

    private static void settingsFields(List<HostileCase> cases, String path) {
        String[][] bodies = {
            {"resourceTypes a string", "{\"resourceTypes\":\"hardware\"}"},
            {"unknown resource type", "{\"resourceTypes\":[\"furniture\"]}"},
            {"resource type a number", "{\"resourceTypes\":[1]}"},
            {"includeInactive a string", "{\"includeInactive\":\"yes\"}"},
            {"scheduleMinutes too small", "{\"scheduleMinutes\":5}"},
            {"scheduleMinutes too large", "{\"scheduleMinutes\":10081}"},
            {"scheduleMinutes 1e999", "{\"scheduleMinutes\":1e999}"},
            {"scheduleMinutes negative", "{\"scheduleMinutes\":-60}"},
            {"scheduleMinutes fraction", "{\"scheduleMinutes\":60.5}"},
            {"retireAfterSyncs zero", "{\"retireAfterSyncs\":0}"},
            {"retireAfterSyncs 101", "{\"retireAfterSyncs\":101}"},
            {"retireAfterSyncs huge", "{\"retireAfterSyncs\":12345678901234567890}"},
            {"fullSyncEvery zero", "{\"fullSyncEvery\":0}"},
            {"fullSyncEvery 1001", "{\"fullSyncEvery\":1001}"},
            {"fullSyncEvery null", "{\"fullSyncEvery\":null}"},
            {"customers a string", "{\"customers\":\"all\"}"},
            {"customer include numbers", "{\"customers\":{\"include\":[1,2]}}"},
            {"customer include 1001 ids", "{\"customers\":{\"include\":[" + "\"1\",".repeat(1000) + "\"1\"]}}"},
            {"customer unknown member", "{\"customers\":{\"only\":[]}}"},
            {"classification unknown class", "{\"classification\":{\"7\":\"furniture\"}}"},
            {"classification a list", "{\"classification\":[\"hardware\"]}"},
            {"unknown settings member", "{\"retireAfter\":3}"},
        };
        for (String[] b : bodies) {
            cases.add(json(b[0], "PUT", path, b[1], 400));
        }
    }

    private static void contentTypesAndSizes(List<HostileCase> cases, String one) {
        String body = validIntegration("Typed").toString();
        for (String type : List.of(
                "text/plain",
                "application/xml",
                "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x")) {
            cases.add(new HostileCase("content type " + type, "POST", "/api/integrations", type, body, 415));
            cases.add(new HostileCase("content type " + type, "PUT", one, type, body, 415));
        }
        cases.add(new HostileCase("settings as text", "PUT", one + "/settings", "text/plain", "{}", 415));
        cases.add(new HostileCase(
                "validate as xml", "PUT", "/api/connectors/haloitsm/validate", "application/xml", "{}", 415));
        String huge = validIntegration("x".repeat(70 * 1024)).toString();
        cases.add(json("70 KB name", "POST", "/api/integrations", huge, 413));
        cases.add(json("70 KB name on update", "PUT", one, huge, 413));
        cases.add(json("70 KB of whitespace", "POST", "/api/integrations", " ".repeat(70 * 1024) + "{}", 413));
        cases.add(json("70 KB settings", "PUT", one + "/settings", "{\"x\":\"" + "y".repeat(70 * 1024) + "\"}", 413));
        cases.add(json(
                "70 KB config",
                "PUT",
                "/api/connectors/haloitsm/validate",
                "{\"tenant\":\"" + "y".repeat(70 * 1024) + "\"}",
                413));
    }

    /**
     * What a browser on another site may send without asking first ("simple requests"): a form,
     * multipart or text body, or the same content type with no body at all — each 415, so that not even
     * a body-less POST (test, Connect now, cancel) or a DELETE happens. And bodies that are not JSON.
     */
    private static void simpleRequests(List<HostileCase> cases, String one) {
        for (String type : List.of(
                "text/plain",
                "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x",
                "TEXT/PLAIN; charset=utf-8")) {
            cases.add(new HostileCase("body-less test as " + type, "POST", one + "/test", type, "", 415));
            cases.add(new HostileCase("body-less Connect now as " + type, "POST", one + "/syncs", type, "", 415));
            cases.add(new HostileCase("body-less cancel as " + type, "POST", "/api/syncs/1/cancel", type, "", 415));
            cases.add(new HostileCase("delete with a " + type + " body", "DELETE", one, type, "x=1", 415));
        }
        String valid = validIntegration("Typed").toString();
        cases.add(new HostileCase("update without a content type", "PUT", one, null, valid, 415));
        cases.add(new HostileCase("create without a content type", "POST", "/api/integrations", null, valid, 415));
        cases.add(
                new HostileCase("test with a JSON-looking text body", "POST", one + "/test", "text/plain", "{}", 415));
        cases.add(new HostileCase("patch as plain JSON", "PATCH", one, "application/json", "{\"name\":\"x\"}", 415));
        cases.add(new HostileCase("patch as text", "PATCH", one, "text/plain", "{\"name\":\"x\"}", 415));
        cases.add(new HostileCase("update as json-patch", "PUT", one, "application/json-patch+json", valid, 415));
        // Jersey refuses a Content-Type it cannot parse before any filter sees it: a 400 problem
        cases.add(new HostileCase("unreadable content type", "PUT", one, "json;;==", valid, 400));
    }

    private static void methods(List<HostileCase> cases, String one) {
        cases.add(json("PATCH integrations", "PATCH", "/api/integrations", "{}", 405));
        // PATCH takes application/merge-patch+json only
        cases.add(json("PATCH one integration as JSON", "PATCH", one, "{}", 415));
        cases.add(new HostileCase("DELETE connectors", "DELETE", "/api/connectors", null, null, 405));
        cases.add(
                new HostileCase("POST a connector", "POST", "/api/connectors/haloitsm", "application/json", "{}", 405));
        cases.add(get("GET validate", "/api/connectors/haloitsm/validate", 405));
        cases.add(get("GET test", one + "/test", 405));
        cases.add(json("POST cis", "POST", "/api/cis", "{}", 405));
        cases.add(new HostileCase("DELETE a run", "DELETE", "/api/syncs/1", null, null, 405));
        cases.add(new HostileCase("DELETE settings", "DELETE", one + "/settings", null, null, 405));
        cases.add(json("PUT customers", "PUT", "/api/customers", "{}", 405));
    }

    private static void pathIds(List<HostileCase> cases) {
        for (String id : List.of("abc", "-1", "0", "99999999999999999999", "1e3", "1.0", "%20", "0x10")) {
            cases.add(get("integration id " + id, "/api/integrations/" + id, 404));
        }
        cases.add(get("ci id abc", "/api/cis/abc", 404));
        cases.add(get("run id abc", "/api/syncs/abc", 404));
        cases.add(json("cancel run abc", "POST", "/api/syncs/abc/cancel", "", 404));
        cases.add(json("test integration abc", "POST", "/api/integrations/abc/test", "", 404));
        cases.add(json("start sync of integration -5", "POST", "/api/integrations/-5/syncs", "", 404));
        cases.add(new HostileCase("delete integration abc", "DELETE", "/api/integrations/abc", null, null, 404));
        cases.add(get("settings of integration abc", "/api/integrations/abc/settings", 404));
        cases.add(get("unknown connector", "/api/connectors/nope", 404));
        cases.add(get("overlong encoding", "/api/connectors/%C0%AF", 0));
        cases.add(get("unknown path", "/api/nowhere", 404));
    }

    /** Other spellings of a real id: each a 404, and above all no DELETE of the real integration. */
    private static void nonCanonicalIds(List<HostileCase> cases, long id) {
        String arabicIndic = Long.toString(id)
                .chars()
                .mapToObj(d -> percentEncoded(Character.toString(0x0660 + d - '0')))
                .reduce("", String::concat);
        String fullWidth = Long.toString(id)
                .chars()
                .mapToObj(d -> percentEncoded(Character.toString(0xFF10 + d - '0')))
                .reduce("", String::concat);
        for (String spelling :
                List.of("%2B" + id, "0" + id, "00" + id, arabicIndic, fullWidth, id + "%20", "%20" + id)) {
            cases.add(get("integration id " + spelling, "/api/integrations/" + spelling, 404));
            cases.add(new HostileCase(
                    "delete integration " + spelling, "DELETE", "/api/integrations/" + spelling, null, null, 404));
            cases.add(json("test integration " + spelling, "POST", "/api/integrations/" + spelling + "/test", "", 404));
        }
        cases.add(get("ci id +1", "/api/cis/%2B1", 404));
        cases.add(get("run id 01", "/api/syncs/01", 404));
        cases.add(get("cis integration +1", "/api/cis?integration=%2B1", 400));
        cases.add(get("cis page +1", "/api/cis?page=%2B1", 400));
        cases.add(get("cis size 020", "/api/cis?size=020", 400));
        cases.add(get("sync history limit +5", "/api/integrations/" + id + "/syncs?limit=%2B5", 400));
    }

    private static String percentEncoded(String text) {
        var out = new StringBuilder();
        for (byte b : text.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            out.append('%').append(String.format("%02X", b & 0xFF));
        }
        return out.toString();
    }

    private static void queryParameters(List<HostileCase> cases, String one) {
        String[] cis = {
            "page=-1",
            "page=99999999999",
            "page=abc",
            "size=0",
            "size=501",
            "size=abc",
            "size=1e3",
            "class=furniture",
            "status=deleted",
            "sort=password",
            "sort=name;drop",
            "integration=abc",
            "integration=-5",
            "customer=1.5",
            "site=0x10",
            "q=" + "q".repeat(201),
            "q=a%07b",
            "q=%00"
        };
        for (String query : cis) {
            cases.add(get("cis " + (query.length() > 30 ? query.substring(0, 30) : query), "/api/cis?" + query, 400));
        }
        cases.add(get("customers integration x", "/api/customers?integration=x", 400));
        cases.add(get("sites customer -1", "/api/sites?customer=-1", 400));
        cases.add(get("sites integration 9e99", "/api/sites?integration=9e99", 400));
        cases.add(get("sync history limit 0", one + "/syncs?limit=0", 400));
        cases.add(get("sync history limit huge", one + "/syncs?limit=100000", 400));
    }

    private static void field(
            List<HostileCase> cases,
            String method,
            String path,
            JsonObject valid,
            String name,
            String member,
            JsonValue value) {
        var body = Json.createObjectBuilder(valid);
        if (value == null) {
            body.remove(member);
        } else {
            body.add(member, value);
        }
        cases.add(json(name, method, path, body.build().toString(), 400));
    }

    private static void config(
            List<HostileCase> cases,
            String method,
            String path,
            JsonObject valid,
            String name,
            String key,
            JsonValue value) {
        var config = Json.createObjectBuilder(valid.getJsonObject("config"));
        if (value == null) {
            config.remove(key);
        } else {
            config.add(key, value);
        }
        cases.add(json(
                name,
                method,
                path,
                Json.createObjectBuilder(valid).add("config", config).build().toString(),
                400));
    }
}
