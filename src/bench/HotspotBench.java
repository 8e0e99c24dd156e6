import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.PageLoadStrategy;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The trainer's take-attendance page on an emulated phone hotspot (issue 19): headless Chromium through Selenium,
 * with Chromium's own network emulation (DevTools Network.emulateNetworkConditions: 150 ms round trip, 200,000
 * bytes/s down = 1.6 Mbit/s, 93,750 bytes/s up = 750 kbit/s). Signs in as the trainer at full speed, then, with the
 * hotspot on, measures the time from the start of the navigation until the page can be used: the "all present"
 * button shown and enabled, its script loaded (campusAttendance) and every learner's row rendered. The moment is
 * taken inside the page (performance.now(), whose zero is the navigation's start) by a check that runs every 10 ms
 * from the first byte of the document, so Selenium's own round trips do not count.
 * Cold: a fresh browser (empty cache) per run. Warm: the same browser coming back to the page from the start page.
 * Bytes: what crossed the hotspot, counted by a proxy on 127.0.0.1 between Chromium and the server (the page's and
 * its service worker's requests, headers included); beside it the page's own transferSize entries, which count a
 * response the service worker fetched with its decoded size.
 * Offline (the trainer's app): through a switchable proxy on 127.0.0.1 (support.SwitchableProxy, from the test
 * classes) that cuts the network for real, service worker included. The trainer opens the start page and a lesson
 * online (the device keeps its copy), then with no network opens each of up to ten lessons open for attendance
 * (time until usable, as above), marks everyone present and saves (kept on the device); then the hotspot is back
 * and the time until every waiting save is sent is taken, and the server asked that all of them arrived.
 * Loopback only; every run is bounded (60 s) and the whole thing stops by itself.
 *
 * Usage: java -cp SELENIUM_CLASSPATH src/bench/HotspotBench.java BASE_URL USER PASSWORD LESSON_ID RUNS
 */
public class HotspotBench {

    static final double COLD_TARGET = 4.0;
    static final double WARM_TARGET = 1.0;
    static final Map<String, Object> HOTSPOT = Map.of("offline", false, "latency", 150,
            "downloadThroughput", 200000, "uploadThroughput", 93750);

    /** Runs in the page from its first byte on: notes when the page became usable. */
    static final String USABLE_CHECK = "(function () {"
            + "  var timer = setInterval(function () {"
            + "    var button = document.getElementById('allPresent');"
            + "    var rows = document.querySelectorAll('.learner-row');"
            + "    var list = document.querySelector('ol.learners');"
            + "    if (button && !button.disabled && button.offsetParent !== null && window.campusAttendance"
            + "        && rows.length > 0 && list && document.querySelector('.save-bar')"
            + "        && rows[rows.length - 1].getBoundingClientRect().height > 0) {"
            + "      window.__usableAt = performance.now(); window.__rows = rows.length; clearInterval(timer);"
            + "    }"
            + "  }, 10);"
            + "})();";

    static final String BYTES = "return performance.getEntriesByType('navigation')"
            + ".concat(performance.getEntriesByType('resource')).reduce(function (s, e) { return s + e.transferSize; }, 0);";

    /**
     * @param bytes what the page's own timing entries say was transferred; a response the service worker fetched
     * counts there with its decoded size (the worker hands the page an uncompressed body)
     * @param wire what crossed the hotspot, counted by the proxy between Chromium and the server: the page's and
     * its service worker's requests, headers included
     */
    record Run(double seconds, long bytes, long rows, long wire) {
    }

    public static void main(String[] args) throws Exception {
        // Selenium's note that it has no DevTools classes for this Chromium: the raw commands used here need none
        java.util.logging.Logger.getLogger("org.openqa.selenium").setLevel(java.util.logging.Level.SEVERE);
        String base = args[0];
        String user = args[1];
        String password = args[2];
        int runs = Integer.parseInt(args[4]);
        List<Run> cold = new ArrayList<>();
        List<Run> warm = new ArrayList<>();
        java.net.URI app = java.net.URI.create(base);
        try (de.ffit.campus.support.SwitchableProxy wire = new de.ffit.campus.support.SwitchableProxy(app.getPort())) {
            coldAndWarm("http://127.0.0.1:" + wire.port() + app.getPath(), user, password, args[3], runs, wire, cold,
                    warm);
        }
        String take = base + "/attendance/take.xhtml?lesson=" + args[3];
        System.out.println("take-attendance page on a hotspot (150 ms, 1.6 Mbit/s down, 750 kbit/s up), "
                + cold.get(0).rows() + " learners, " + runs + " runs each");
        report("cold", cold, COLD_TARGET);
        report("warm", warm, WARM_TARGET);
        offline(base, user, password, take);
    }

    /** Cold: a fresh browser per run; warm: the first browser coming back. All through the counting proxy. */
    static void coldAndWarm(String base, String user, String password, String lesson, int runs,
            de.ffit.campus.support.SwitchableProxy wire, List<Run> cold, List<Run> warm) throws Exception {
        String take = base + "/attendance/take.xhtml?lesson=" + lesson;
        for (int i = 0; i < runs; i++) {
            try (Chromium browser = new Chromium()) {
                browser.wire = wire;
                browser.signIn(base, user, password);
                // the start page's device script is done (copy synced, offline page kept by the service worker)
                // before anything is cleared: otherwise the worker refills its cache while the cold run starts
                browser.waitFor(d -> Boolean.TRUE.equals(browser.driver.executeAsyncScript(
                        "var done = arguments[arguments.length - 1];"
                                + "if (!window.campusDevice) { done(false); return; }"
                                + "Promise.all([campusDevice.get('meta', 'synced'),"
                                + " caches.match(campusDevice.root + 'attendance/offline.xhtml')])"
                                + ".then(function (r) { done(!!r[0] && !!r[1]); }, function () { done(false); });")));
                Thread.sleep(1000);
                // a first visit: nothing in the HTTP cache, nor kept by the start page's service worker
                browser.cdp("Network.clearBrowserCache", Map.of());
                browser.cdp("Storage.clearDataForOrigin", Map.of("origin", base.replaceAll("^(https?://[^/]+).*$",
                        "$1"), "storageTypes", "cache_storage,service_workers"));
                browser.hotspot();
                cold.add(browser.measure(take));
                if (i == 0) {
                    // the first browser also comes back, RUNS times: the start page first (not measured), then
                    // the lesson again
                    for (int w = 0; w < runs; w++) {
                        browser.driver.get(base + "/index.xhtml");
                        browser.waitFor(d -> "complete".equals(browser.driver.executeScript(
                                "return document.readyState;")));
                        warm.add(browser.measure(take));
                    }
                }
            }
        }
    }

    static final double OFFLINE_TARGET = 1.0;

    /** The trainer's app with no network: opening lessons, queueing their marks, sending them when back. */
    static void offline(String base, String user, String password, String take) throws Exception {
        java.net.URI app = java.net.URI.create(base);
        try (de.ffit.campus.support.SwitchableProxy hotspot = new de.ffit.campus.support.SwitchableProxy(app.getPort());
                Chromium browser = new Chromium()) {
            browser.wire = hotspot;
            String via = "http://127.0.0.1:" + hotspot.port() + app.getPath();
            String first = take.replace(base, via);
            browser.signIn(via, user, password);
            browser.driver.get(first);
            browser.waitFor(d -> Boolean.TRUE.equals(browser.driver.executeAsyncScript(
                    "var done = arguments[arguments.length - 1];"
                            + "if (!window.campusDevice) { done(false); return; }"
                            + "Promise.all([campusDevice.all('lessons'),"
                            + " caches.match(campusDevice.root + 'attendance/offline.xhtml'),"
                            + " navigator.serviceWorker.getRegistration()])"
                            + ".then(function (r) { done(r[0].length > 0 && !!r[1] && !!r[2] && !!r[2].active); },"
                            + " function () { done(false); });")));
            @SuppressWarnings("unchecked")
            List<Number> open = (List<Number>) browser.driver.executeAsyncScript(
                    "var done = arguments[arguments.length - 1]; var today = new Date().toISOString().substring(0, 10);"
                            + "campusDevice.all('lessons').then(function (ls) { done(ls.filter(function (l) {"
                            + " return l.date <= today && l.state !== 'CANCELLED'; }).map(function (l) { return l.id; })"
                            + ".slice(0, 10)); });");
            hotspot.set(de.ffit.campus.support.SwitchableProxy.Mode.OFFLINE);
            browser.cdp("Network.emulateNetworkConditions", Map.of("offline", true, "latency", 0,
                    "downloadThroughput", -1, "uploadThroughput", -1));
            List<Run> opened = new ArrayList<>();
            for (Number lesson : open) {
                String url = via + "/attendance/take.xhtml?lesson=" + lesson;
                opened.add(browser.measure(url));
                browser.driver.findElement(By.id("allPresent")).click();
                browser.driver.findElement(By.cssSelector(".save-button")).click();
                browser.waitFor(ExpectedConditions.attributeContains(By.id("saveResult"), "class", "kept"));
            }
            long waiting = ((Number) browser.driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                    + "campusDevice.all('outbox').then(function (o) { done(o.length); });")).longValue();
            hotspot.set(de.ffit.campus.support.SwitchableProxy.Mode.ONLINE);
            long started = System.nanoTime();
            // the browser learns the network is back ("online"), on the hotspot's speed
            browser.hotspot();
            browser.waitFor(d -> ((Number) browser.driver.executeAsyncScript(
                    "var done = arguments[arguments.length - 1];"
                            + "campusDevice.all('outbox').then(function (o) { done(o.length); });")).longValue() == 0);
            double sent = (System.nanoTime() - started) / 1e9;
            long arrived = 0;
            for (Number lesson : open) {
                String json = get(base + "/api/lessons/" + lesson + "/attendance", user, password);
                arrived += json.contains("\"status\"") ? 1 : 0;
            }
            System.out.printf("offline: %d lessons kept on the device%n", open.size());
            report("offline open (no network, from the device)", opened, OFFLINE_TARGET);
            System.out.printf("sending %d waiting saves of %d lessons when the hotspot is back: %.2f s; "
                    + "lessons with their marks on the server afterwards: %d of %d -> %s%n", waiting, open.size(), sent,
                    arrived, open.size(), arrived == open.size() ? "PASS" : "MISS");
        }
    }

    static String get(String url, String user, String password) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).header("Authorization", "Basic "
                + java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes(
                        java.nio.charset.StandardCharsets.UTF_8))).build();
        return java.net.http.HttpClient.newHttpClient().send(request,
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
    }

    static void report(String what, List<Run> runs, double target) {
        List<Double> seconds = new ArrayList<>(runs.stream().map(Run::seconds).toList());
        Collections.sort(seconds);
        double median = seconds.size() % 2 == 1 ? seconds.get(seconds.size() / 2)
                : (seconds.get(seconds.size() / 2 - 1) + seconds.get(seconds.size() / 2)) / 2;
        double max = seconds.get(seconds.size() - 1);
        long bytes = runs.stream().mapToLong(Run::bytes).max().orElse(0);
        long wire = runs.stream().mapToLong(Run::wire).max().orElse(0);
        System.out.printf("%s: median %.2f s, max %.2f s (%s), on the wire %,d bytes (largest run; the page's own "
                        + "timing entries: %,d) -> %s (target < %.0f s)%n",
                what, median, max, String.join(" ", seconds.stream().map(s -> String.format("%.2f", s)).toList()),
                wire, bytes, max < target ? "PASS" : median < target ? "PASS (median; max over)" : "MISS", target);
    }

    /** Headless Debian Chromium with a fresh profile, removed afterwards. */
    static final class Chromium implements AutoCloseable {

        final Path profile;
        final ChromeDriver driver;
        /** counts the bytes of a measured run, when the browser talks through it */
        de.ffit.campus.support.SwitchableProxy wire;

        Chromium() throws Exception {
            profile = Files.createTempDirectory("hotspot-profile");
            ChromeOptions options = new ChromeOptions();
            options.setBinary("/usr/bin/chromium");
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=390,844", "--lang=de-DE",
                    "--user-data-dir=" + profile.toAbsolutePath());
            // the page is measured from inside; driver.get must not wait for the load event
            options.setPageLoadStrategy(PageLoadStrategy.NONE);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
            driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            cdp("Page.addScriptToEvaluateOnNewDocument", Map.of("source", USABLE_CHECK));
            // a phone's page: headless Chromium's window cannot be narrower than 500 px
            cdp("Emulation.setDeviceMetricsOverride", Map.of("width", 390, "height", 844, "deviceScaleFactor", 1,
                    "mobile", true));
        }

        void cdp(String command, Map<String, Object> parameters) {
            driver.executeCdpCommand(command, parameters);
        }

        void hotspot() {
            cdp("Network.enable", Map.of());
            cdp("Network.emulateNetworkConditions", HOTSPOT);
        }

        <T> T waitFor(java.util.function.Function<org.openqa.selenium.WebDriver, T> condition) {
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60), Duration.ofMillis(50));
            return wait.until(condition);
        }

        void signIn(String base, String user, String password) {
            driver.get(base + "/login.xhtml");
            waitFor(ExpectedConditions.elementToBeClickable(By.id("signIn:submit")));
            driver.findElement(By.id("signIn:username")).sendKeys(user);
            driver.findElement(By.id("signIn:password")).sendKeys(password);
            driver.findElement(By.id("signIn:submit")).click();
            waitFor(ExpectedConditions.urlContains("/index.xhtml"));
            waitFor(d -> "complete".equals(driver.executeScript("return document.readyState;")));
        }

        Run measure(String url) throws InterruptedException {
            if (wire != null) {
                wire.bytesToBrowser();
            }
            driver.get(url);
            waitFor(d -> d.getCurrentUrl().startsWith(url)
                    && driver.executeScript("return window.__usableAt === undefined ? null : window.__usableAt;") != null);
            double usable = ((Number) driver.executeScript("return window.__usableAt;")).doubleValue() / 1000;
            long rows = ((Number) driver.executeScript("return window.__rows;")).longValue();
            // bytes once everything the page asked for has arrived
            waitFor(d -> "complete".equals(driver.executeScript("return document.readyState;")));
            Thread.sleep(1000);
            long bytes = ((Number) driver.executeScript(BYTES)).longValue();
            return new Run(usable, bytes, rows, wire == null ? 0 : wire.bytesToBrowser());
        }

        @Override
        public void close() throws Exception {
            try {
                driver.quit();
            } finally {
                try (Stream<Path> files = Files.walk(profile)) {
                    files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
                }
            }
        }
    }
}
