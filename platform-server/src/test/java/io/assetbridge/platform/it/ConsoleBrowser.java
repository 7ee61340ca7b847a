package io.assetbridge.platform.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver, both given by path so Selenium
 * never looks for (or downloads) a browser or a driver. Each instance has a fresh profile. Also
 * injects axe-core through the driver — not through the page, whose CSP allows no foreign script.
 */
public final class ConsoleBrowser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final String base;
    private final Path screenshots;
    private final Path profile;

    public ConsoleBrowser(String base, Path screenshots) {
        requireInstalled(CHROMIUM);
        requireInstalled(CHROMEDRIVER);
        this.base = base;
        this.screenshots = screenshots;
        try {
            Files.createDirectories(screenshots);
            this.profile = Files.createTempDirectory("assetbridge-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments(
                        "--headless",
                        "--no-sandbox", // CI runs as root
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--window-size=1280,900",
                        "--user-data-dir=" + profile);
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    private static void requireInstalled(Path path) {
        if (!Files.isExecutable(path)) {
            throw new IllegalStateException(path + " is missing: the console's browser tests need Debian's chromium"
                    + " and chromium-driver (apt-get install -y chromium chromium-driver; .ci/run does this)");
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Opens a console route such as {@code #/integrations}. */
    public void open(String route) {
        driver.get(base + "/" + route);
    }

    public WebElement await(By locator) {
        return waiting(Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Waits until the screen titled {@code title} has rendered (its h1 has focus after each navigation). */
    public void awaitScreen(String title) {
        waiting(Duration.ofSeconds(30))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), title));
        waiting(Duration.ofSeconds(30)).until(d -> d.findElement(By.id("main")).getAttribute("aria-busy") == null);
    }

    public WebDriverWait waiting(Duration timeout) {
        return new WebDriverWait(driver, timeout, Duration.ofMillis(50));
    }

    public Path screenshot(String name) {
        Path file = screenshots.resolve(name + ".png");
        try {
            // the whole page, not only the window: the window grows to the page's height for the shot
            var window = driver.manage().window();
            var size = window.getSize();
            long height =
                    (Long) driver.executeScript("window.scrollTo(0, 0); return document.documentElement.scrollHeight;");
            window.setSize(new Dimension(size.getWidth(), (int) Math.min(Math.max(height, 600), 4000)));
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            window.setSize(size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Runs axe-core on the current screen; returns the serious and critical violations in words. */
    public List<String> seriousAccessibilityViolations() {
        String axe = axeSource();
        driver.executeScript(axe);
        @SuppressWarnings("unchecked")
        var violations =
                (List<Map<String, Object>>) driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {resultTypes: ['violations']})"
                        + ".then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
                        + " nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}))))"
                        + ".catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));");
        var serious = new ArrayList<String>();
        for (var v : violations) {
            if ("serious".equals(v.get("impact")) || "critical".equals(v.get("impact"))) {
                serious.add(v.get("impact") + " " + v.get("id") + ": " + v.get("help") + " at " + v.get("nodes"));
            }
        }
        return serious;
    }

    private static String axeSource() {
        Path script =
                Path.of(System.getProperty("it.axe.script", "target/browser-tests/node_modules/axe-core/axe.min.js"));
        try {
            return Files.readString(script);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "axe-core is missing at " + script + "; the build installs it with npm ci (src/test/browser)", e);
        }
    }

    /**
     * What the page logged as an error since the last call: script errors and CSP refusals. A
     * refused request ("Failed to load resource", as the tests provoke on purpose) is not one.
     */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> !message.contains("Failed to load resource"))
                .toList();
    }

    /** Bytes the browser transferred for the current page and everything it loaded (HTTP caches were empty). */
    public long transferredBytes() {
        return ((Number) driver.executeScript(
                        "return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))"
                                + ".reduce((sum, e) => sum + e.transferSize, 0);"))
                .longValue();
    }

    /** A same-origin fetch from the page, as the console's own code would send it; returns the status. */
    public long fetchStatus(String method, String path, Map<String, String> headers) {
        return ((Number) driver.executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[1], {method: arguments[0], headers: arguments[2], credentials: 'same-origin'})"
                                + ".then(r => done(r.status)).catch(e => done(-1));",
                        method,
                        path,
                        headers))
                .longValue();
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException leftBehind) {
            // a temporary profile left behind is harmless
        }
    }
}
