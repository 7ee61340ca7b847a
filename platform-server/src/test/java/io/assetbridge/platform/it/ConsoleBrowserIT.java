package io.assetbridge.platform.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * The console in real Chromium against the packaged server and the Halo simulator: the seed's flow
 * (sign in, add Halo, test, Connect now, watch progress, counts, search), field errors, the viewer,
 * sessions and CSRF, keyboard only, and axe-core on every screen. Screenshots go to
 * {@code target/console-screenshots}.
 */
@Tag("h2")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserIT {

    private static final String ADMIN_PASSWORD = password("ASSETBRIDGE_ADMIN_PASSWORD", "console-admin-Pa55");
    private static final String VIEWER_PASSWORD = password("ASSETBRIDGE_VIEWER_PASSWORD", "console-viewer-Pa55");
    private static final Path OUT = Path.of(System.getProperty("it.target", "target"), "console-screenshots");

    private static SimulatorProcess halo;
    private static ServerProcess server;
    private static ConsoleBrowser browser;
    private static long firstLoadBytes;
    private final List<String> screenProblems = new ArrayList<>();

    @BeforeAll
    static void start() {
        halo = SimulatorProcess.start("--assets", "1500", "--clients", "12", "--licences", "60");
        Path root = Deployments.emptied(Path.of(System.getProperty("it.target", "target"), "console-server"));
        server = ServerProcess.start(
                ServerProcess.env(
                        "ASSETBRIDGE_DATA_DIR",
                        root.resolve("data").toString(),
                        "ASSETBRIDGE_PLUGINS_DIR",
                        root.resolve("plugins").toString(),
                        "ASSETBRIDGE_ADMIN_PASSWORD",
                        ADMIN_PASSWORD,
                        "ASSETBRIDGE_VIEWER_PASSWORD",
                        VIEWER_PASSWORD),
                root.resolve("server.log"));
        browser = new ConsoleBrowser(server.baseUrl(), OUT);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
        if (halo != null) {
            halo.close();
        }
        Files.writeString(OUT.resolve("first-load-bytes.txt"), firstLoadBytes + System.lineSeparator());
    }

    @AfterEach
    void everyScreenPassedAxeWithoutConsoleErrors() {
        assertThat(screenProblems)
                .as("serious or critical axe-core violations, script errors, CSP refusals")
                .isEmpty();
    }

    @Test
    @Order(1)
    void theSeedsFlowFromSignInToASerialNumberSearch() {
        browser.open("");
        browser.awaitScreen("Sign in to AssetBridge");
        firstLoadBytes = browser.transferredBytes();
        System.out.printf("console first load: %d bytes transferred%n", firstLoadBytes);
        browser.driver().executeScript("console.error('console capture probe')");
        assertThat(browser.consoleErrors())
                .as("the browser's console is read, so a CSP refusal would be seen")
                .anyMatch(message -> message.contains("console capture probe"));
        check("01-sign-in");
        signIn("admin", ADMIN_PASSWORD);
        browser.awaitScreen("Integrations");
        check("02-integrations-empty");

        click(By.linkText("Add integration"));
        browser.awaitScreen("Add integration");
        check("03-choose-connector");
        click(By.partialLinkText("Halo ITSM"));
        browser.awaitScreen("Add integration: Halo ITSM");
        type("name", "Demo Halo");
        type("resource-server-url", halo.resourceServerUrl());
        type("authorisation-server-url", halo.authorisationServerUrl());
        type("tenant", "assetbridge");
        type("client-id", "assetbridge-client");
        type("client-secret", "s3cr3t-halo-simulator-demo");
        check("04-add-integration");

        click(By.id("test-connection"));
        WebElement checks = browser.await(By.cssSelector("#checks ul.checks"));
        assertThat(browser.driver().findElement(By.cssSelector("#checks h2")).getText())
                .isEqualTo("Connection works");
        assertThat(checks.findElements(By.cssSelector("li.ok"))).hasSizeGreaterThanOrEqualTo(2);
        assertThat(checks.findElements(By.cssSelector("li.failed"))).isEmpty();
        check("05-test-connection");

        halo.faults("slow-ms=120"); // slow enough for the page to see the run move
        click(By.id("connect-now"));
        browser.awaitScreen("Run ");
        Set<String> percentages = new LinkedHashSet<>();
        Set<String> progress = new LinkedHashSet<>();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        boolean screenshotWhileRunning = false;
        while (Instant.now().isBefore(deadline) && !finished()) {
            var percent = browser.driver().findElements(By.id("run-percent"));
            if (!percent.isEmpty()) {
                String text = textOrEmpty(percent.get(0));
                if (text.endsWith("%")) {
                    percentages.add(text);
                }
                String detail = browser.driver().findElements(By.id("run-detail")).stream()
                        .map(ConsoleBrowserIT::textOrEmpty)
                        .findFirst()
                        .orElse("");
                progress.add(text + " " + detail);
                if (!screenshotWhileRunning && detail.contains("hardware")) {
                    check("06-run-in-progress");
                    screenshotWhileRunning = true;
                }
            }
            pause(100);
        }
        halo.faults("clear=true");
        assertThat(badge()).isEqualTo("Succeeded");
        assertThat(progress).as("the run page updates without a reload").hasSizeGreaterThanOrEqualTo(2);
        System.out.printf("run progress seen by the page: %s%n", progress);
        assertThat(percentages)
                .as("progress percentages seen while the run went on")
                .hasSizeGreaterThanOrEqualTo(2);
        check("07-run-finished");

        var sim = halo.summary();
        browser.open("#/customers");
        browser.awaitScreen("Customers");
        assertThat(number(By.id("total-hardware"))).isEqualTo(sim.getInt("assets"));
        assertThat(number(By.id("total-software"))).isEqualTo(sim.getInt("licences"));
        long hardware = 0;
        long software = 0;
        for (WebElement row : browser.driver().findElements(By.cssSelector("main tbody tr"))) {
            var cells = row.findElements(By.cssSelector("td"));
            hardware += Long.parseLong(cells.get(0).getText().replace(",", ""));
            software += Long.parseLong(cells.get(1).getText().replace(",", ""));
        }
        assertThat(hardware).as("hardware per customer adds up").isEqualTo(sim.getInt("assets"));
        assertThat(software).as("software per customer adds up").isEqualTo(sim.getInt("licences"));
        check("08-customers");

        String serial = halo.asset(7).getString("serial_number");
        browser.open("#/cis");
        browser.awaitScreen("Configuration items");
        type("ci-search", serial);
        browser.driver().findElement(By.id("ci-search")).sendKeys(Keys.ENTER);
        browser.waiting(Duration.ofSeconds(30))
                .until(d -> d.findElements(By.cssSelector("main tbody tr")).size() == 1);
        assertThat(browser.driver().findElement(By.cssSelector("main tbody tr")).getText())
                .contains(serial);
        check("09-ci-search");
        click(By.cssSelector("main tbody tr th a"));
        browser.await(By.cssSelector("dl.facts"));
        assertThat(browser.driver().findElement(By.cssSelector("dl.facts")).getText())
                .contains(serial);
        check("10-ci-detail");

        browser.open("#/integrations");
        browser.awaitScreen("Integrations");
        assertThat(browser.driver().findElement(By.cssSelector("main tbody")).getText())
                .contains("Demo Halo")
                .contains("Succeeded");
        check("11-integrations");
        click(By.linkText("Demo Halo"));
        browser.awaitScreen("Demo Halo");
        check("12-integration");
        click(By.linkText("Sync settings"));
        browser.awaitScreen("Sync settings");
        check("13-sync-settings");
        browser.open("#/cis?status=missing");
        browser.awaitScreen("Configuration items");
        check("14-missing");
        assertThat(browser.driver().findElement(By.id("export-cis")).getAttribute("href"))
                .as("the export link takes the screen's filters")
                .endsWith("/api/cis.csv?status=missing");
        assertThat(browser.fetchStatus("GET", "api/cis.csv?status=missing", Map.of()))
                .isEqualTo(200);
        browser.open("#/connectors");
        browser.awaitScreen("Connectors");
        check("15-connectors");
        browser.open("#/webhooks");
        browser.awaitScreen("Webhooks");
        assertThat(browser.driver().findElements(By.id("add-webhook"))).hasSize(1);
        check("15b-webhooks");
    }

    @Test
    @Order(2)
    void aWrongValueInEachOfTwoFieldsShowsBothErrorsNextToTheirFields() {
        signInFresh("admin", ADMIN_PASSWORD);
        int before = new Http(server.baseUrl())
                .as("admin", ADMIN_PASSWORD)
                .get("/api/integrations")
                .array()
                .size();
        browser.open("#/integrations/new/haloitsm");
        browser.awaitScreen("Add integration: Halo ITSM");
        type("name", "Two mistakes");
        type("resource-server-url", "not a url");
        type("authorisation-server-url", halo.authorisationServerUrl());
        type("client-id", "assetbridge-client");
        type("client-secret", "whatever-secret");
        WebElement limit = browser.driver().findElement(By.id("field-rate-limit-requests"));
        limit.clear();
        limit.sendKeys("many");
        click(By.id("save"));
        browser.await(By.id("field-resource-server-url-error"));
        assertThat(error("resource-server-url")).isNotBlank();
        assertThat(error("rate-limit-requests")).isNotBlank();
        assertThat(browser.driver()
                        .findElement(By.id("field-resource-server-url"))
                        .getAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(browser.driver().findElement(By.id("form-problems")).getText())
                .contains("2 fields need a change");
        check("16-field-errors");
        assertThat(new Http(server.baseUrl())
                        .as("admin", ADMIN_PASSWORD)
                        .get("/api/integrations")
                        .array())
                .as("nothing stored")
                .hasSize(before);
    }

    @Test
    @Order(3)
    void theViewerSeesNoWriteControlsAndAForgedWriteIsRefused() {
        signInFresh("viewer", VIEWER_PASSWORD);
        for (String route : List.of(
                "#/integrations",
                "#/integrations/1",
                "#/integrations/1/settings",
                "#/runs/1",
                "#/customers",
                "#/cis",
                "#/connectors",
                "#/webhooks")) {
            browser.open(route);
            browser.waiting(Duration.ofSeconds(30))
                    .until(d -> d.findElement(By.id("main")).getAttribute("aria-busy") == null
                            && !d.findElements(By.cssSelector("main h1")).isEmpty());
            pause(200);
            for (WebElement button : browser.driver().findElements(By.cssSelector("main button"))) {
                assertThat(button.getText())
                        .as(route + " shows only read controls")
                        .isIn("Search");
            }
            assertThat(browser.driver().findElements(By.cssSelector("main a.button")))
                    .extracting(WebElement::getText)
                    .as(route)
                    .doesNotContain("Add integration", "Edit");
            for (WebElement input : browser.driver().findElements(By.cssSelector("main form input"))) {
                if (!"search".equals(input.getAttribute("type"))) {
                    assertThat(input.isEnabled())
                            .as(route + " has no editable setting")
                            .isFalse();
                }
            }
        }
        check("17-viewer-settings");
        String token = csrfToken();
        long forged = browser.fetchStatus(
                "POST",
                "api/integrations/1/syncs",
                Map.of("X-CSRF-Token", token, "X-Requested-With", "AssetBridgeConsole"));
        assertThat(forged).as("a viewer's POST, even with its own CSRF token").isEqualTo(403);
    }

    @Test
    @Order(4)
    void sessionsAreCookieOnlyCsrfGuardedAndEndAtSignOut() throws Exception {
        signInFresh("admin", ADMIN_PASSWORD);
        var cookie = browser.driver().manage().getCookieNamed("ASSETBRIDGE_SESSION");
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getSameSite()).isEqualTo("Strict");
        assertThat(cookie.isSecure()).as("plain http here").isFalse();
        String token = csrfToken();
        assertThat(((Number) browser.driver()
                                .executeAsyncScript("const done = arguments[arguments.length - 1];"
                                        + "fetch('api/session', {headers: {'X-Requested-With': 'AssetBridgeConsole'}})"
                                        + ".then(r => r.json()).then(s => done(s.idleMinutes));"))
                        .intValue())
                .as("the default idle timeout")
                .isEqualTo(30);
        String origin = server.baseUrl();
        String session = "ASSETBRIDGE_SESSION=" + cookie.getValue();

        assertThat(send("POST", "/api/integrations/1/test", session, Map.of("Origin", origin)))
                .as("no CSRF token")
                .isEqualTo(403);
        assertThat(send(
                        "POST",
                        "/api/integrations/1/test",
                        session,
                        Map.of("Origin", origin, "X-CSRF-Token", "forged")))
                .as("wrong CSRF token")
                .isEqualTo(403);
        assertThat(send(
                        "POST",
                        "/api/integrations/1/test",
                        session,
                        Map.of("Origin", "https://evil.example", "X-CSRF-Token", token)))
                .as("foreign Origin")
                .isEqualTo(403);
        assertThat(send("POST", "/api/integrations/1/test", session, Map.of("X-CSRF-Token", token)))
                .as("no Origin")
                .isEqualTo(403);
        assertThat(send("POST", "/api/integrations/1/test", session, Map.of("Origin", origin, "X-CSRF-Token", token)))
                .as("the console's own request")
                .isEqualTo(200);
        assertThat(browser.fetchStatus(
                        "POST", "api/integrations/1/test", Map.of("X-Requested-With", "AssetBridgeConsole")))
                .as("from the page, without the token")
                .isEqualTo(403);

        var basic = new Http(server.baseUrl()).as("admin", ADMIN_PASSWORD).get("/api/integrations");
        assertThat(basic.status()).isEqualTo(200);
        assertThat(basic.header("Set-Cookie"))
                .as("Basic never creates a session")
                .isNull();
        var consoleUnauthorized = raw("GET", "/api/integrations", Map.of("X-Requested-With", "AssetBridgeConsole"));
        assertThat(consoleUnauthorized.statusCode()).isEqualTo(401);
        assertThat(consoleUnauthorized.headers().firstValue("WWW-Authenticate"))
                .as("no browser pop-up for the console")
                .isEmpty();
        assertThat(raw("GET", "/api/integrations", Map.of()).headers().firstValue("WWW-Authenticate"))
                .as("scripts still get the Basic challenge")
                .hasValue("Basic realm=\"AssetBridge\"");

        browser.open("#/integrations");
        browser.awaitScreen("Integrations");
        click(By.id("sign-out"));
        browser.awaitScreen("Sign in to AssetBridge");
        assertThat(send("GET", "/api/integrations", session, Map.of()))
                .as("the old session is over")
                .isEqualTo(401);
        browser.open("#/integrations");
        browser.awaitScreen("Sign in to AssetBridge");
    }

    @Test
    @Order(5)
    void anIntegrationCanBeAddedWithTheKeyboardOnly() {
        browser.driver().manage().deleteAllCookies();
        browser.open("#/sign-in");
        browser.awaitScreen("Sign in to AssetBridge");
        browser.await(By.id("username"));
        tabTo("username");
        keys("admin", Keys.TAB, ADMIN_PASSWORD, Keys.ENTER);
        browser.awaitScreen("Integrations");
        tabToText("Add integration");
        keys(Keys.ENTER);
        browser.awaitScreen("Add integration");
        tabToText("Halo ITSM");
        keys(Keys.ENTER);
        browser.awaitScreen("Add integration: Halo ITSM");
        tabTo("field-name");
        keys("Keyboard Halo", Keys.TAB);
        tabTo("field-resource-server-url");
        keys(halo.resourceServerUrl());
        tabTo("field-authorisation-server-url");
        keys(halo.authorisationServerUrl());
        tabTo("field-client-id");
        keys("assetbridge-client");
        tabTo("field-client-secret");
        keys("s3cr3t-halo-simulator-demo");
        tabTo("save");
        keys(Keys.ENTER);
        browser.awaitScreen("Keyboard Halo");
        assertThat(new Http(server.baseUrl())
                        .as("admin", ADMIN_PASSWORD)
                        .get("/api/integrations")
                        .body())
                .contains("Keyboard Halo");
    }

    @Test
    @Order(6)
    void settingsPickCustomersByNameAndARunningSyncCanBeCancelled() {
        signInFresh("admin", ADMIN_PASSWORD);
        var admin = new Http(server.baseUrl()).as("admin", ADMIN_PASSWORD);
        var reply = admin.get("/api/customers?integration=1&size=1");
        JsonObject first = reply.body().trim().startsWith("[")
                ? reply.array().getJsonObject(0)
                : reply.json().getJsonArray("items").getJsonObject(0);
        String name = first.getString("name");
        browser.open("#/integrations/1/settings");
        browser.awaitScreen("Sync settings");
        type("exclude-search", name.substring(0, Math.min(5, name.length())));
        browser.waiting(Duration.ofSeconds(30))
                .until(d -> d.findElements(By.cssSelector("#exclude-matches button")).stream()
                        .anyMatch(b -> b.getText().equals("Add " + name)));
        browser.driver().findElements(By.cssSelector("#exclude-matches button")).stream()
                .filter(b -> b.getText().equals("Add " + name))
                .findFirst()
                .orElseThrow()
                .click();
        click(By.id("save-settings"));
        browser.waiting(Duration.ofSeconds(30))
                .until(d -> d.findElement(By.id("settings-feedback")).getText().startsWith("Saved"));
        var excluded = admin.get("/api/integrations/1/settings")
                .json()
                .getJsonObject("customers")
                .getJsonArray("exclude");
        assertThat(excluded.getString(0))
                .as("the picked customer, stored by its source id")
                .isEqualTo(first.getString("sourceId"));
        check("18-settings-saved");

        halo.faults("slow-ms=400");
        try {
            browser.open("#/integrations/1");
            browser.awaitScreen("Demo Halo");
            click(By.id("connect-now"));
            browser.awaitScreen("Run ");
            click(By.id("cancel-run"));
            browser.waiting(Duration.ofSeconds(60)).until(d -> badge().equals("Cancelled"));
            browser.open("#/integrations/1");
            browser.awaitScreen("Demo Halo");
            assertThat(browser.driver()
                            .findElement(By.cssSelector("main tbody"))
                            .getText())
                    .contains("Cancelled");
            check("19-run-history");
        } finally {
            halo.faults("clear=true");
        }
    }

    // --- helpers ---

    /** A screenshot, axe-core, and no script error or CSP refusal logged on the way to this screen. */
    private void check(String screen) {
        browser.screenshot(screen);
        browser.seriousAccessibilityViolations().forEach(v -> screenProblems.add(screen + ": " + v));
        browser.consoleErrors().forEach(e -> screenProblems.add(screen + ": browser console: " + e));
    }

    private static void signIn(String user, String password) {
        type("username", user);
        type("password", password);
        browser.driver().findElement(By.id("password")).sendKeys(Keys.ENTER);
    }

    private static void signInFresh(String user, String password) {
        browser.driver().manage().deleteAllCookies();
        browser.open("#/sign-in");
        browser.awaitScreen("Sign in to AssetBridge");
        signIn(user, password);
        browser.awaitScreen("Integrations");
    }

    private static String csrfToken() {
        return (String) browser.driver()
                .executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + "fetch('api/session', {headers: {'X-Requested-With': 'AssetBridgeConsole'}})"
                        + ".then(r => r.json()).then(s => done(s.csrfToken));");
    }

    /** The input of a form field: {@code field-<name>} in generated forms, or the id itself. */
    private static void type(String field, String text) {
        var found = browser.driver().findElements(By.id("field-" + field));
        WebElement input = found.isEmpty() ? browser.driver().findElement(By.id(field)) : found.get(0);
        input.clear();
        input.sendKeys(text);
    }

    private static void click(By locator) {
        browser.await(locator).click();
    }

    private static void keys(CharSequence... keys) {
        browser.driver().switchTo().activeElement().sendKeys(keys);
    }

    /** Presses Tab until the element with this id has focus (at most 40 times). */
    private static void tabTo(String id) {
        for (int i = 0; i < 40; i++) {
            if (id.equals(browser.driver().switchTo().activeElement().getAttribute("id"))) {
                return;
            }
            keys(Keys.TAB);
        }
        throw new AssertionError("Tab never reached #" + id);
    }

    private static void tabToText(String text) {
        for (int i = 0; i < 40; i++) {
            if (browser.driver().switchTo().activeElement().getText().contains(text)) {
                return;
            }
            keys(Keys.TAB);
        }
        throw new AssertionError("Tab never reached \"" + text + "\"");
    }

    private static String error(String field) {
        return browser.driver().findElement(By.id("field-" + field + "-error")).getText();
    }

    private static boolean finished() {
        String status = badge();
        return status.equals("Succeeded") || status.equals("Failed") || status.equals("Cancelled");
    }

    private static String badge() {
        var badges = browser.driver().findElements(By.cssSelector("#run .badge"));
        return badges.isEmpty() ? "" : textOrEmpty(badges.get(0));
    }

    private static String textOrEmpty(WebElement element) {
        try {
            return element.getText();
        } catch (StaleElementReferenceException replaced) {
            return "";
        }
    }

    private static long number(By locator) {
        return Long.parseLong(browser.await(locator).getText().replace(",", ""));
    }

    private static int send(String method, String path, String cookie, Map<String, String> headers) throws Exception {
        var all = new HashMap<>(headers);
        all.put("Cookie", cookie);
        return raw(method, path, all).statusCode();
    }

    private static HttpResponse<String> raw(String method, String path, Map<String, String> headers) {
        var request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .timeout(Duration.ofSeconds(60))
                .method(method, HttpRequest.BodyPublishers.noBody());
        headers.forEach(request::header);
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String password(String variable, String fallback) {
        String value = System.getenv(variable);
        return value == null ? fallback : value;
    }
}
