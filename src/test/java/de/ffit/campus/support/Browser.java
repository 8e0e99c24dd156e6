package de.ffit.campus.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium, with the flags this machine needs (no network beyond loopback,
 * no downloads of drivers) and a fresh profile that is deleted afterwards. Chromium's console is kept: a
 * Content-Security-Policy violation on any page the browser opened (an inline script or handler without the page's
 * nonce, an eval) fails the test when the browser is closed ({@link #cspViolations()}).
 */
public final class Browser implements AutoCloseable {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final Path profile;
    private final ChromeDriver driver;

    /** {@code extraArguments}: more Chromium switches, e.g. a fake camera */
    public Browser(String acceptLanguage, int width, int height, String... extraArguments) {
        this(newProfile(), true, false, acceptLanguage, width, height, extraArguments);
    }

    /**
     * A browser on a profile that outlives it, as a device's browser is closed and opened again: {@link #close()}
     * leaves the profile (IndexedDB, service workers, caches) for the next one; the caller deletes it.
     */
    public static Browser reopening(Path profile, String acceptLanguage, int width, int height) {
        return new Browser(profile, false, false, acceptLanguage, width, height);
    }

    public static Path newProfile() {
        try {
            return Files.createTempDirectory("chromium-profile");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The same, with Chromium's network events (DevTools protocol, {@code Network.*}) kept in the "performance"
     * log for {@link #networkEvents()}: what went over the wire, with its headers and encoded length.
     */
    public static Browser recordingNetwork(String acceptLanguage, int width, int height) {
        return new Browser(newProfile(), true, true, acceptLanguage, width, height);
    }

    private final boolean deleteProfile;
    private final int width;
    private final int height;

    private Browser(Path profile, boolean deleteProfile, boolean recordNetwork, String acceptLanguage, int width,
            int height, String... extraArguments) {
        this.profile = profile;
        this.deleteProfile = deleteProfile;
        this.width = width;
        this.height = height;
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=" + width + "," + height,
                "--lang=" + acceptLanguage, "--user-data-dir=" + profile.toAbsolutePath());
        options.addArguments(extraArguments);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguage));
        options.setCapability("goog:loggingPrefs", recordNetwork ? Map.of("performance", "ALL", "browser", "ALL")
                : Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        fit();
    }

    /**
     * The page's viewport at exactly the size asked for, as on that device (see {@link #viewport}); every browser
     * starts so, and each new tab needs it again.
     */
    public void fit() {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", width < 600));
    }

    public WebDriver driver() {
        return driver;
    }

    /** Waits up to 20 s; an element replaced by a page load or an Ajax update meanwhile is simply looked up again. */
    public WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /**
     * The DevTools protocol events recorded since the last call (the log empties as it is read), each as its
     * {@code method} and {@code params}; only for a browser made by {@link #recordingNetwork}.
     */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> networkEvents() {
        Json json = new Json();
        List<Map<String, Object>> events = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get("performance")) {
            Map<String, Object> wrapper = json.toType(entry.getMessage(), Map.class);
            Map<String, Object> message = (Map<String, Object>) wrapper.get("message");
            events.add(message);
        }
        return events;
    }

    /**
     * Makes the page's viewport exactly {@code width} x {@code height} CSS pixels, as on a phone or tablet
     * (DevTools Emulation.setDeviceMetricsOverride, kept across page loads in this tab): headless Chromium's
     * window is at least 500 px wide and loses about 140 px of its height to a window frame, so
     * {@code --window-size=390,844} gives a 500 x 701 page.
     */
    public Browser viewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", true));
        return this;
    }

    /**
     * The Content-Security-Policy violations that Chromium reported on its console since the last call (an inline
     * script, an inline event handler or eval refused), each with the address of the page where it happened; the
     * console empties as it is read, so {@link #close()} checks only what came after.
     */
    public List<String> cspViolations() {
        List<String> violations = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get("browser")) {
            if (entry.getMessage().contains("Content Security Policy")) {
                violations.add(entry.getMessage());
            }
        }
        return violations;
    }

    /** Signs in through the sign-in form of the application at {@code base}, and waits for the start page. */
    public void signIn(String base, Http.As who) {
        driver.get(base + "/login.xhtml");
        driver.findElement(org.openqa.selenium.By.id("signIn:username")).sendKeys(who.user());
        driver.findElement(org.openqa.selenium.By.id("signIn:password")).sendKeys(who.password());
        driver.findElement(org.openqa.selenium.By.id("signIn:submit")).click();
        waiting().until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("/index.xhtml"));
    }

    public Object script(String js, Object... args) {
        return driver.executeScript(js, args);
    }

    /** A script that calls its last argument (the callback) when done, e.g. after an IndexedDB read. */
    public Object asyncScript(String js, Object... args) {
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        return driver.executeAsyncScript(js, args);
    }

    /**
     * The network as the current tab sees it (Chromium's DevTools): offline, or online without limits. It applies
     * to this tab only, not to its service worker, and each new tab needs it again.
     */
    public void offline(boolean offline) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", offline, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
    }

    /** Saves a full-window screenshot under target/screenshots, for a person to look at. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Closes the browser; fails if Chromium reported a Content-Security-Policy violation on a page it opened, which
     * the test has not asked for through {@link #cspViolations()}.
     */
    @Override
    public void close() {
        List<String> violations = List.of();
        try {
            violations = cspViolations();
        } catch (RuntimeException e) {
            // a browser that is already gone has no console to read
        }
        try {
            driver.quit();
        } finally {
            if (deleteProfile) {
                delete(profile);
            }
        }
        if (!violations.isEmpty()) {
            throw new AssertionError("Content-Security-Policy violations in Chromium's console:\n"
                    + String.join("\n", violations));
        }
    }

    /** Deletes a profile directory that {@link #reopening} left behind. */
    public static void delete(Path profile) {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // a leftover profile in the temp directory is harmless
        }
    }
}
