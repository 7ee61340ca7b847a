package io.assetbridge.platform.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may call what, and what hostile input gets: the authorisation matrix (anonymous, wrong
 * password, viewer, admin × every endpoint, status and content type), the table of hostile inputs
 * (always a 4xx problem, the database unchanged), the body limit before reading, and the
 * published OpenAPI document.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessAndInputIT {

    static final String ADMIN_PASSWORD = System.getenv("ASSETBRIDGE_ADMIN_PASSWORD");
    static final String VIEWER_PASSWORD = System.getenv("ASSETBRIDGE_VIEWER_PASSWORD");
    static final String PROBLEM = "application/problem+json";
    private static Long integrationId;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        TestDatabase.recreate();
        Deployments.emptyPluginsDir();
        Deployments.emptyDataDir();
        return Deployments.builtWar();
    }

    private Http admin() {
        return new Http(base.toString());
    }

    /** One integration every endpoint with an id can point at, created once. */
    private synchronized long integration() {
        if (integrationId == null) {
            var created = admin().post(
                            "/api/integrations",
                            HostileInputs.validIntegration("Access matrix").toString());
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            integrationId = created.json().getJsonNumber("id").longValue();
        }
        return integrationId;
    }

    /** One call of the matrix and the status the admin gets (a viewer gets the same for GET, 403 otherwise). */
    record Call(String method, String path, String body, int adminStatus) {
        boolean reads() {
            return method.equals("GET");
        }
    }

    private List<Call> everyEndpoint() {
        String one = "/api/integrations/" + integration();
        String valid = HostileInputs.validIntegration("Access matrix").toString();
        return List.of(
                new Call("GET", "/api/connectors", null, 200),
                new Call("GET", "/api/connectors/problems", null, 200),
                new Call("GET", "/api/connectors/haloitsm", null, 200),
                new Call("PUT", "/api/connectors/haloitsm/validate", "{}", 200),
                new Call("GET", "/api/integrations", null, 200),
                new Call("POST", "/api/integrations", "{\"name\":\"\"}", 400),
                new Call("GET", one, null, 200),
                new Call("PUT", one, valid, 200),
                new Call("DELETE", "/api/integrations/999999", null, 404),
                new Call("POST", one + "/test", "", 200),
                new Call("GET", one + "/settings", null, 200),
                new Call("PUT", one + "/settings", "{\"scheduleMinutes\":null}", 200),
                new Call("POST", "/api/integrations/999999/syncs", "", 404),
                new Call("GET", one + "/syncs", null, 200),
                new Call("GET", "/api/syncs/999999", null, 404),
                new Call("POST", "/api/syncs/999999/cancel", "", 404),
                new Call("GET", "/api/cis", null, 200),
                new Call("GET", "/api/cis/999999", null, 404),
                new Call("GET", "/api/customers", null, 200),
                new Call("GET", "/api/sites", null, 200),
                new Call("GET", "/api/nowhere", null, 404),
                new Call("DELETE", "/api/nowhere", null, 404));
    }

    @Test
    void everyEndpointAnswersEachKindOfCallerAsTheContractSays() {
        Map<String, Http> callers = new TreeMap<>(Map.of(
                "anonymous", admin().anonymous(),
                "wrong password", admin().as("admin", "wrong-" + ADMIN_PASSWORD),
                "unknown user", admin().as("root", ADMIN_PASSWORD),
                "viewer with admin password", admin().as("viewer", ADMIN_PASSWORD),
                "viewer", admin().as("viewer", VIEWER_PASSWORD),
                "admin", admin()));
        var soft = new SoftAssertions();
        int checked = 0;
        for (Call call : everyEndpoint()) {
            for (var caller : callers.entrySet()) {
                int expected = switch (caller.getKey()) {
                    case "admin" -> call.adminStatus();
                    case "viewer" -> call.reads() ? call.adminStatus() : 403;
                    default -> 401;
                };
                var reply = caller.getValue()
                        .send(call.method(), call.path(), call.body(), call.body() == null ? null : "application/json");
                String what = caller.getKey() + " " + call.method() + " " + call.path() + " → " + reply;
                soft.assertThat(reply.status()).as(what).isEqualTo(expected);
                if (expected >= 400) {
                    soft.assertThat(reply.contentType()).as(what).startsWith(PROBLEM);
                    soft.assertThat(reply.body())
                            .as(what)
                            .contains("\"status\":" + expected)
                            .doesNotContain(ADMIN_PASSWORD);
                } else if (expected != 204) {
                    soft.assertThat(reply.contentType()).as(what).startsWith("application/json");
                }
                if (expected == 401) {
                    soft.assertThat(reply.header("WWW-Authenticate")).as(what).isEqualTo("Basic realm=\"AssetBridge\"");
                }
                checked++;
            }
        }
        System.out.printf("authorisation matrix: %d calls checked%n", checked);
        soft.assertAll();
    }

    @Test
    void theBrowserSessionOperationsAnswerAsDescribed() {
        // the console drives these through a browser (ConsoleBrowserIT); here they pass the contract check too
        var browser = admin().anonymous();
        var signedIn = browser.post("/api/session", "{\"username\":\"admin\",\"password\":\"" + ADMIN_PASSWORD + "\"}");
        assertThat(signedIn.status()).as(signedIn.toString()).isEqualTo(200);
        assertThat(signedIn.json().getString("role")).isEqualTo("admin");
        assertThat(signedIn.header("Set-Cookie")).contains("ASSETBRIDGE_SESSION=");
        assertThat(browser.get("/api/session").status()).as("no cookie sent").isEqualTo(401);
        assertThat(browser.delete("/api/session").status()).isEqualTo(204);
        assertThat(browser.post("/api/session", "{\"username\":\"admin\"}").status())
                .isEqualTo(400);
    }

    @Test
    void aClientAcceptingOnlyProblemJsonGetsItsErrorsInThatFormNotA406() {
        var problemsOnly = admin().accepting(PROBLEM);
        var missing = problemsOnly.get("/api/integrations/999999999");
        assertThat(missing.status()).as(missing.toString()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith(PROBLEM);
        var invalid = problemsOnly.get("/api/cis?size=0");
        assertThat(invalid.status()).as(invalid.toString()).isEqualTo(400);
        assertThat(invalid.contentType()).startsWith(PROBLEM);
        var fine = problemsOnly.get("/api/connectors");
        assertThat(fine.status()).as(fine.toString()).isEqualTo(200);
        assertThat(fine.contentType()).startsWith("application/json");
    }

    @Test
    void healthMetricsAndOpenApiNeedNoCredentials() {
        var anonymous = admin().anonymous();
        assertThat(anonymous.get("/health/ready").status()).isEqualTo(200);
        assertThat(anonymous.get("/health/live").status()).isEqualTo(200);
        assertThat(anonymous.get("/metrics").status()).isEqualTo(200);
        assertThat(anonymous.get("/openapi").status()).isEqualTo(200);
    }

    /** Authorization headers that cannot be read: each a 401 problem with the Basic challenge. */
    private static List<String[]> malformedAuthorizations() {
        var b64 = Base64.getEncoder();
        return List.of(
                new String[] {"Basic without credentials", "Authorization: Basic"},
                new String[] {"Basic and a space", "Authorization: Basic "},
                new String[] {"empty value", "Authorization: "},
                new String[] {"no colon", "Authorization: Basic " + b64.encodeToString("admin".getBytes())},
                new String[] {"bad base64", "Authorization: Basic !!!not-base64!!!"},
                new String[] {"base64 without padding", "Authorization: Basic YWRtaW4"},
                new String[] {
                    "Latin-1 bytes inside",
                    "Authorization: Basic "
                            + b64.encodeToString("\u00e4dmin:p\u00e4ss".getBytes(StandardCharsets.ISO_8859_1))
                },
                new String[] {
                    "invalid UTF-8 inside",
                    "Authorization: Basic " + b64.encodeToString(new byte[] {(byte) 0xC3, 0x28, ':', 'x'})
                },
                new String[] {"empty user", "Authorization: Basic " + b64.encodeToString(":password".getBytes())},
                new String[] {
                    "NUL in the user name", "Authorization: Basic " + b64.encodeToString("ad\0min:x".getBytes())
                },
                new String[] {"another scheme", "Authorization: Bearer abc.def.ghi"},
                new String[] {"two schemes", "Authorization: Basic Og==, Bearer x"},
                new String[] {
                    "user name 65 characters",
                    "Authorization: Basic " + b64.encodeToString(("u".repeat(65) + ":x").getBytes())
                });
    }

    @Test
    void malformedCredentialsGetA401ProblemAndNoStackTrace() {
        int logBefore = ServerLogs.read().length();
        var raw = new RawHttp(base).from("127.0.0.4");
        var soft = new SoftAssertions();
        for (String[] c : malformedAuthorizations()) {
            var reply = raw.get("/api/connectors", c[1]);
            soft.assertThat(reply.status()).as(c[0] + " → " + reply).isEqualTo(401);
            soft.assertThat(reply.header("Content-Type")).as(c[0]).startsWith(PROBLEM);
            soft.assertThat(reply.header("WWW-Authenticate")).as(c[0]).isEqualTo("Basic realm=\"AssetBridge\"");
            soft.assertThat(reply.body()).as(c[0]).contains("\"status\":401");
        }
        // bytes outside ASCII in the header itself never reach the application: the container's plain 400
        var nonAscii = raw.get("/api/connectors", "Authorization: Basic \u00ff\u00fe\u00e9t\u00e9");
        soft.assertThat(nonAscii.status())
                .as("raw non-ASCII bytes → " + nonAscii)
                .isIn(400, 401);
        var huge = raw.get("/api/connectors", "Authorization: Basic " + "A".repeat(200_000));
        // the container may answer and close before reading it all; a closed connection (0) is a refusal too
        soft.assertThat(huge.status()).as("a header too large → " + huge).isIn(0, 400, 401, 413, 431);
        String log = ServerLogs.read().substring(logBefore);
        soft.assertThat(log)
                .as("the server log while refusing them")
                .doesNotContain("\tat ")
                .doesNotContain("SEVERE");
        System.out.printf(
                "malformed credentials: %d headers, %d log characters%n",
                malformedAuthorizations().size(), log.length());
        soft.assertAll();
    }

    @Test
    void tenFailedSignInsAreThrottledButTheAdminsOwnAddressStillGetsIn() throws SQLException {
        var b64 = Base64.getEncoder();
        String correct = "Authorization: Basic " + b64.encodeToString(("admin:" + ADMIN_PASSWORD).getBytes());
        // the other tests' client signs in first, so its address is known and the user lock spares it
        assertThat(admin().get("/api/connectors").status()).isEqualTo(200);
        var adminsDesk = new RawHttp(base).from("127.0.0.2");
        assertThat(adminsDesk.get("/api/connectors", correct).status())
                .as("the admin signs in from 127.0.0.2")
                .isEqualTo(200);
        var guesser = new RawHttp(base).from("127.0.0.3");
        int logBefore = ServerLogs.read().length();
        long auditBefore = auditRows("sign-in.throttled");
        for (int i = 1; i <= 10; i++) {
            String guess = "guess-" + i;
            var reply = guesser.get(
                    "/api/connectors", "Authorization: Basic " + b64.encodeToString(("admin:" + guess).getBytes()));
            assertThat(reply.status()).as("failure " + i + " → " + reply).isEqualTo(401);
        }
        var throttled = guesser.get("/api/connectors", correct);
        assertThat(throttled.status()).as(throttled.toString()).isEqualTo(429);
        assertThat(throttled.header("Content-Type")).startsWith(PROBLEM);
        assertThat(Long.parseLong(throttled.header("Retry-After"))).isBetween(1L, 15 * 60L);
        assertThat(throttled.body()).contains("\"status\":429").doesNotContain(ADMIN_PASSWORD);
        assertThat(new RawHttp(base)
                        .from("127.0.0.5")
                        .get("/api/connectors", correct)
                        .status())
                .as("a new address for the throttled user name")
                .isEqualTo(429);
        assertThat(adminsDesk.get("/api/connectors", correct).status())
                .as("the admin's own address")
                .isEqualTo(200);
        assertThat(guesser.get("/api/connectors", "Authorization: Basic " + b64.encodeToString("viewer:x".getBytes()))
                        .status())
                .as("the throttled address, for any user")
                .isEqualTo(429);
        assertThat(auditRows("sign-in.throttled"))
                .as("audit rows for the burst and the throttled attempts after it")
                .isEqualTo(auditBefore + 1);
        String log = ServerLogs.read().substring(logBefore);
        assertThat(log)
                .contains("Sign-in failed for user 'admin' from 127.0.0.3")
                .contains("Sign-in throttled");
        assertThat(log).doesNotContain("guess-").doesNotContain(ADMIN_PASSWORD);
    }

    @Test
    void theAuditLogRecordsWhoWhenAndWhatButNoSecretAndOnlyAnAdminReadsIt() throws SQLException {
        String secret = "audit-secret-" + System.nanoTime();
        String secondSecret = "audit-second-" + System.nanoTime();
        var body = HostileInputs.validIntegration("Audited");
        var config = body.getJsonObject("config");
        String withSecret = body.toString().replace("not-a-real-secret", secret);
        var created = admin().post("/api/integrations", withSecret);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        String changed = withSecret.replace("\"acme\"", "\"acme2\"").replace(secret, secondSecret);
        assertThat(admin().put("/api/integrations/" + id, changed).status()).isEqualTo(200);
        assertThat(admin().put("/api/integrations/" + id + "/settings", "{\"scheduleMinutes\":60}")
                        .status())
                .isEqualTo(200);
        var started = admin().post("/api/integrations/" + id + "/syncs", "");
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        long runId = started.json().getJsonNumber("id").longValue();
        var cancel = admin().post("/api/syncs/" + runId + "/cancel", "");
        assertThat(cancel.status()).isEqualTo(200);
        Runs.awaitEnd(admin(), runId);
        assertThat(admin().delete("/api/integrations/" + id).status()).isEqualTo(204);

        var page = admin().get("/api/audit?size=20");
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        var entries = page.json().getJsonArray("items").stream()
                .map(v -> v.asJsonObject())
                .filter(e -> e.getString("target", "").equals("integration " + id)
                        || e.getString("target", "").equals("run " + runId))
                .toList();
        var actions = entries.stream().map(e -> e.getString("action")).toList();
        assertThat(actions)
                .as("newest first")
                .startsWith("integration.deleted")
                .contains("run.started", "settings.changed", "integration.changed")
                .endsWith("integration.created");
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.getString("actor")).isEqualTo("admin");
            assertThat(java.time.Instant.parse(e.getString("at")))
                    .isBefore(java.time.Instant.now().plusSeconds(5));
        });
        var change = entries.stream()
                .filter(e -> e.getString("action").equals("integration.changed"))
                .findFirst()
                .orElseThrow();
        assertThat(change.getJsonObject("details").getJsonArray("changed").toString())
                .isEqualTo("[\"config.tenant\",\"config.client-secret\"]");
        var settings = entries.stream()
                .filter(e -> e.getString("action").equals("settings.changed"))
                .findFirst()
                .orElseThrow();
        assertThat(settings.getJsonObject("details").getJsonArray("changed").toString())
                .isEqualTo("[\"scheduleMinutes\"]");
        if (List.of("queued", "running", "cancelled").contains(cancel.json().getString("status"))) {
            assertThat(actions).as("cancelled while active").contains("run.cancelled");
        }
        assertThat(page.body()).doesNotContain(secret).doesNotContain(secondSecret);
        try (var db = TestDatabase.connect();
                var s = db.createStatement();
                var rs = s.executeQuery("select actor, action, target, details from audit_entry")) {
            while (rs.next()) {
                for (int column = 1; column <= 4; column++) {
                    assertThat(String.valueOf(rs.getString(column)))
                            .doesNotContain(secret)
                            .doesNotContain(secondSecret)
                            .doesNotContain(config.getString("client-secret"))
                            .doesNotContain(ADMIN_PASSWORD);
                }
            }
        }
        var viewer = admin().as("viewer", VIEWER_PASSWORD).get("/api/audit");
        assertThat(viewer.status()).as(viewer.toString()).isEqualTo(403);
        assertThat(viewer.contentType()).startsWith(PROBLEM);
        assertThat(admin().anonymous().get("/api/audit").status()).isEqualTo(401);
        assertThat(admin().get("/api/audit?size=0").status()).isEqualTo(400);
        for (String path : List.of("/api/webhooks", "/api/webhooks/1", "/api/webhooks/1/deliveries")) {
            var webhooks = admin().as("viewer", VIEWER_PASSWORD).get(path);
            assertThat(webhooks.status())
                    .as("a viewer reads no webhook: " + path)
                    .isEqualTo(403);
            assertThat(webhooks.contentType()).startsWith(PROBLEM);
        }
    }

    /** An HTTP/1.1 answer with a body, as a server that is not the source might give. */
    private static String httpAnswer(String status, String contentType, String body) {
        return "HTTP/1.1 " + status + "\r\nContent-Type: " + contentType + "\r\nContent-Length: "
                + body.getBytes(StandardCharsets.UTF_8).length + "\r\nConnection: close\r\n\r\n" + body;
    }

    @Test
    void theConnectionTestIsNoOracleWhateverAnswersAndDeniedTargetsAreNeverContacted() throws Exception {
        try (var notHttp = new CaptureServer("127.0.0.1", "SSH-2.0-OpenSSH_9.6 oracle-banner\r\n");
                var notHalo = new CaptureServer(
                        "127.0.0.1", httpAnswer("200 OK", "text/html", "<html>oracle-wiki home</html>"));
                var errorPage = new CaptureServer(
                        "127.0.0.1",
                        httpAnswer("404 Not Found", "text/html", "<h1>oracle-error-page: no such file</h1>"));
                var denied = new CaptureServer("127.0.0.66", null)) {
            Map<String, String> targets = new TreeMap<>(Map.of(
                    "an open port that is not HTTP", notHttp.url(""),
                    "an HTTP service that is not Halo", notHalo.url(""),
                    "an HTTP error page", errorPage.url(""),
                    "a target ASSETBRIDGE_OUTBOUND_DENY names", denied.url(""),
                    "the cloud metadata address", "http://169.254.169.254"));
            var messages = new ConcurrentHashMap<String, String>();
            var running = new ArrayList<Thread>();
            long started = System.nanoTime();
            for (var target : targets.entrySet()) {
                var thread = new Thread(() -> messages.put(target.getKey(), testAgainst(target.getValue())));
                thread.start();
                running.add(thread);
            }
            for (Thread thread : running) {
                thread.join(90_000);
            }
            System.out.printf(
                    "connection-test oracle: %d targets, one message, %d ms%n",
                    targets.size(), (System.nanoTime() - started) / 1_000_000);
            assertThat(messages).as("messages by target").hasSize(targets.size());
            assertThat(new HashSet<>(messages.values()))
                    .as("one message whatever answered: " + messages)
                    .hasSize(1);
            assertThat(messages.values().iterator().next())
                    .doesNotContain("oracle")
                    .doesNotContain("SSH")
                    .doesNotContain("404")
                    .doesNotContain("html");
            assertThat(denied.connections())
                    .as("connections to the denied target")
                    .isZero();
            assertThat(notHalo.connections())
                    .as("the other targets were reached")
                    .isPositive();
        }
    }

    /** Creates an integration whose URLs both point at {@code url}, tests it, deletes it: the failing check's message. */
    private String testAgainst(String url) {
        var body = HostileInputs.validIntegration("Oracle " + url)
                .toString()
                .replace("http://127.0.0.1:9/api", url + "/api")
                .replace("http://127.0.0.1:9/auth", url + "/auth");
        var created = admin().post("/api/integrations", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        try {
            var tested = admin().post("/api/integrations/" + id + "/test", "");
            assertThat(tested.status()).as(tested.toString()).isEqualTo(200);
            assertThat(tested.json().getBoolean("ok")).isFalse();
            return tested.json().getJsonArray("checks").getJsonObject(0).getString("message");
        } finally {
            admin().delete("/api/integrations/" + id);
        }
    }

    @Test
    void anOriginFromAnotherSiteIsRefusedOnEveryUnsafeRequestBasicIncluded() {
        String auth = "Authorization: Basic "
                + Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        var raw = new RawHttp(base);
        String own = "http://" + base.getHost() + ":" + base.getPort();
        var soft = new SoftAssertions();
        for (String origin :
                List.of("https://evil.example", "null", own + ".evil.example", "http://" + base.getHost())) {
            for (String method : List.of("PUT", "POST", "DELETE")) {
                String path = method.equals("PUT")
                        ? "/api/connectors/haloitsm/validate"
                        : "/api/integrations/999999" + (method.equals("POST") ? "/test" : "");
                var reply = method.equals("DELETE")
                        ? raw.send(raw.request(method, path, auth, "Origin: " + origin), null)
                        : raw.send(
                                raw.request(
                                        method,
                                        path,
                                        auth,
                                        "Origin: " + origin,
                                        "Content-Type: application/json",
                                        "Content-Length: 2"),
                                "{}".getBytes(StandardCharsets.US_ASCII));
                soft.assertThat(reply.status())
                        .as(method + " from " + origin + " → " + reply)
                        .isEqualTo(403);
                soft.assertThat(reply.header("Content-Type")).as(origin).startsWith(PROBLEM);
            }
        }
        var same = raw.send(
                raw.request(
                        "PUT",
                        "/api/connectors/haloitsm/validate",
                        auth,
                        "Origin: " + own,
                        "Content-Type: application/json",
                        "Content-Length: 2"),
                "{}".getBytes(StandardCharsets.US_ASCII));
        soft.assertThat(same.status()).as("from its own origin → " + same).isEqualTo(200);
        var none = raw.send(
                raw.request(
                        "PUT",
                        "/api/connectors/haloitsm/validate",
                        auth,
                        "Content-Type: application/json",
                        "Content-Length: 2"),
                "{}".getBytes(StandardCharsets.US_ASCII));
        soft.assertThat(none.status()).as("a script without Origin → " + none).isEqualTo(200);
        soft.assertAll();
    }

    @Test
    void locationNeverReflectsTheHostHeaderAndTheWadlIsOff() {
        String auth = "Authorization: Basic "
                + Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        var raw = new RawHttp(base);
        byte[] body = HostileInputs.validIntegration("Located").toString().getBytes(StandardCharsets.UTF_8);
        String head = raw.request(
                        "POST",
                        "/api/integrations",
                        auth,
                        "Content-Type: application/json",
                        "Content-Length: " + body.length)
                .replaceFirst("Host: [^\\n]*", "Host: evil.example");
        var created = raw.send(head, body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).doesNotContain("evil").matches("/api/integrations/[0-9]+");
        admin().delete(created.header("Location"));
        var options = raw.send(raw.request("OPTIONS", "/api/integrations", auth), null);
        assertThat(options.body())
                .as("OPTIONS → " + options)
                .doesNotContain("wadl")
                .doesNotContain("<application");
        var wadl = raw.get("/api/application.wadl", auth);
        assertThat(wadl.status()).as(wadl.toString()).isEqualTo(404);
    }

    @Test
    void aStalledBodyGets408Or400WithinThirtySeconds() throws IOException {
        String auth = Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        long started = System.nanoTime();
        try (var socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(60_000);
            socket.getOutputStream()
                    .write(("POST /api/integrations HTTP/1.1\r\nHost: " + base.getHost() + "\r\n"
                                    + "Authorization: Basic " + auth + "\r\nContent-Type: application/json\r\n"
                                    + "Content-Length: 100\r\n\r\n{\"name\":")
                            .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String head = readHead(socket.getInputStream());
            long seconds = (System.nanoTime() - started) / 1_000_000_000L;
            System.out.printf(
                    "stalled body: answered after %d s: %s%n",
                    seconds, head.lines().findFirst().orElse(""));
            assertThat(head).matches("(?s)HTTP/1.1 (408|400) .*");
            assertThat(seconds).as("the listener's read timeout is 20 s").isLessThanOrEqualTo(25);
        }
    }

    @Test
    void everyAnswerCarriesNosniffAndNoPayaraServerHeaderAndApiAnswersAreNotStored() {
        var anonymous = admin().anonymous();
        var soft = new SoftAssertions();
        for (String path : List.of("/api/connectors", "/", "/health/ready", "/metrics", "/openapi", "/api/nowhere")) {
            var reply = (path.startsWith("/api/") ? admin() : anonymous).get(path);
            soft.assertThat(String.valueOf(reply.header("Server")))
                    .as(path + " Server")
                    .doesNotContainIgnoringCase("payara");
            soft.assertThat(String.valueOf(reply.header("X-Powered-By")))
                    .as(path)
                    .isEqualTo("null");
            soft.assertThat(reply.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            if (path.startsWith("/api/")) {
                soft.assertThat(reply.header("Cache-Control")).as(path).isEqualTo("no-store");
            }
        }
        soft.assertAll();
    }

    @Test
    void hostileInputGetsA4xxProblemAndChangesNothing() throws SQLException {
        long id = integration();
        String before = admin().get("/api/integrations/" + id).body();
        Map<String, Long> rowsBefore = rowCounts();
        List<HostileCase> cases = HostileInputs.all(id);
        var soft = new SoftAssertions();
        var http = admin();
        for (HostileCase c : cases) {
            Http.Reply reply;
            try {
                reply = http.send(c.method(), c.path(), c.body(), c.contentType());
            } catch (java.io.UncheckedIOException broken) {
                soft.fail(c + " → no HTTP answer: " + broken.getCause());
                continue;
            }
            String what =
                    c + " → " + (reply.body().length() > 300 ? reply.body().substring(0, 300) : reply.body());
            if (c.expected() == 0) {
                soft.assertThat(reply.status()).as(what).isBetween(400, 499);
            } else {
                soft.assertThat(reply.status()).as(what).isEqualTo(c.expected());
            }
            soft.assertThat(reply.contentType()).as(what).startsWith(PROBLEM);
        }
        System.out.printf("hostile input: %d cases sent%n", cases.size());
        soft.assertThat(cases).hasSizeGreaterThanOrEqualTo(100);
        soft.assertThat(rowCounts())
                .as("rows per table after the hostile input")
                .isEqualTo(rowsBefore);
        soft.assertThat(admin().get("/api/integrations/" + id).body())
                .as("the integration after the hostile input")
                .isEqualTo(before);
        soft.assertAll();
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedBeforeTheBodyIsSent() throws IOException {
        String auth = Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        try (var socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream()
                    .write(("POST /api/integrations HTTP/1.1\r\nHost: " + base.getHost() + "\r\n"
                                    + "Authorization: Basic " + auth + "\r\nContent-Type: application/json\r\n"
                                    + "Content-Length: 1000000000\r\nConnection: close\r\n\r\n{")
                            .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String head = readHead(socket.getInputStream());
            assertThat(head).startsWith("HTTP/1.1 413").containsIgnoringCase("content-type: application/problem+json");
        }
    }

    @Test
    void aChunkedBodyOverTheLimitIs413() throws Exception {
        var client = java.net.http.HttpClient.newHttpClient();
        byte[] big = ("{\"name\":\"" + "x".repeat(100 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "api/integrations"))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(big)))
                .build();
        var reply = client.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(413);
        assertThat(reply.headers().firstValue("Content-Type")).get().asString().startsWith(PROBLEM);
    }

    @Test
    void theServedDescriptionIsTheWrittenOneCleanOpenApi3WithoutPayarasEndpointsMember() throws IOException {
        var reply = admin().anonymous().send("GET", "/openapi", null, null);
        assertThat(reply.status()).isEqualTo(200);
        var options = new ParseOptions();
        options.setResolve(true);
        var parsed = new OpenAPIV3Parser().readContents(reply.body(), null, options);
        assertThat(parsed.getMessages()).as("parser messages").isEmpty();
        var yaml = new ObjectMapper(new YAMLFactory());
        JsonNode served = yaml.readTree(reply.body());
        assertThat(served.has("endpoints")).as("Payara's endpoints member").isFalse();
        assertThat(served.at("/servers/0/url").asText()).isEqualTo("/api");
        try (var in = getClass().getResourceAsStream("/META-INF/openapi.yaml")) {
            JsonNode written = yaml.readTree(in);
            // Payara re-serialises the file: the same tree, not the same bytes
            assertThat(served).as("/openapi against META-INF/openapi.yaml").isEqualTo(written);
        }
        assertThat(reply.body()).doesNotContain(ADMIN_PASSWORD).doesNotContain(VIEWER_PASSWORD);
    }

    private static String readHead(InputStream in) throws IOException {
        var out = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            out.write(b);
            if (out.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                break;
            }
        }
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    private static long auditRows(String action) throws SQLException {
        try (var db = TestDatabase.connect();
                var s = db.prepareStatement("select count(*) from audit_entry where action = ?")) {
            s.setString(1, action);
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Rows per table of the application's schema (Flyway's history excluded). */
    private static Map<String, Long> rowCounts() throws SQLException {
        var counts = new TreeMap<String, Long>();
        try (var db = TestDatabase.connect()) {
            var tables = new ArrayList<String>();
            try (var rs = db.getMetaData().getTables(null, "public", "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            for (String table : tables) {
                if (table.startsWith("flyway")) {
                    continue;
                }
                try (var s = db.createStatement();
                        var rs = s.executeQuery("select count(*) from \"" + table + "\"")) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        assertThat(counts).as("tables found").isNotEmpty();
        return counts;
    }
}
