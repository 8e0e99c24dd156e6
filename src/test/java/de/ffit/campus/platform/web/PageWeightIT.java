package de.ffit.campus.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ffit.campus.TestDeployments;
import de.ffit.campus.support.Browser;
import de.ffit.campus.support.Fixture;
import de.ffit.campus.support.Http;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The trainer's take-attendance page on a phone and a weak hotspot (issue 19, items 3 and 4): what it weighs on
 * the wire with everything it loads, cold and warm, read from Chromium's own network events; and a header that
 * leaves the phone's screen to the learners, in German and Arabic.
 */
@ExtendWith(ArquillianExtension.class)
class PageWeightIT {

    /** the budget of issue 19: the page with everything it loads, signed in, cold cache */
    static final long COLD_BUDGET = 350_000;
    /** and on a repeat visit in the same browser */
    static final long WARM_BUDGET = 40_000;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestDeployments.application();
    }

    @ArquillianResource
    URL deployed;

    private String base;
    private Http http;
    private Fixture a;

    @BeforeEach
    void organisation() {
        base = "http://127.0.0.1:" + deployed.getPort() + "/ffit-campus";
        http = new Http(base);
        a = new Fixture(http, "W");
    }

    /** A lesson of last week with {@code size} learners, names in the scripts a class really has. */
    private long lessonWith(int size) {
        long cohortId = a.cohortStartedWeeksAgo("Gewicht " + a.run, 1, 4);
        String[][] people = {{"Amina Haddad", "أمينة حداد", "ar"}, {"Olena Kovalenko", "Олена Коваленко", "uk"},
            {"Mehmet Yılmaz", null, "tr"}, {"Zahra Ahmadi", "زهرا احمدی", "fa"},
            {"Tesfay Gebremedhin", "ተስፋይ ገብረመድህን", "ti"}, {"Ahmad Rahimi", "احمد رحیمی", "ps"},
            {"Jürgen Groß", null, "de"}, {"Rojda Aydın", null, "kmr"}};
        for (int i = 0; i < size; i++) {
            String[] p = people[i % people.length];
            a.enrol(cohortId, a.learner(p[0] + " " + (i + 1), p[1], p[2]));
        }
        return http.get(a.coordinator, "/api/cohorts/" + cohortId + "/lessons").array().getJsonObject(0)
                .getJsonNumber("id").longValue();
    }

    private void signIn(Browser browser, Http.As who) {
        browser.signIn(base, who);
    }

    private void openTakePage(Browser browser, long lessonId) {
        browser.driver().get(base + "/attendance/take.xhtml?lesson=" + lessonId);
        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("allPresent")));
    }

    // ---- item 3: light pages

    /** One response as Chromium saw it: bytes on the wire (headers included) and in the body, decoded. */
    record Response(String url, String mimeType, int status, String encoding, String cacheControl, long onTheWire,
                    long decoded, boolean fromCache) {

        boolean text() {
            return mimeType.startsWith("text/") || mimeType.contains("javascript") || mimeType.contains("json")
                    || mimeType.contains("xml");
        }

        @Override
        public String toString() {
            return status + " " + mimeType + " " + onTheWire + " B (" + decoded + " decoded"
                    + (encoding.isEmpty() ? "" : ", " + encoding) + (fromCache ? ", cache" : "") + ") " + url;
        }
    }

    /**
     * Loads the page and returns every response of it from Chromium's network events: {@code loadingFinished}'s
     * encodedDataLength is what came over the wire for a request, headers included (0 for one served from the
     * browser's cache); the sum of {@code dataReceived}'s dataLength is its decoded body.
     */
    @SuppressWarnings("unchecked")
    private List<Response> load(Browser browser, long lessonId) throws InterruptedException {
        browser.networkEvents();
        openTakePage(browser, lessonId);
        browser.waiting().until(d -> "complete".equals(browser.script("return document.readyState;")));
        Thread.sleep(1500); // whatever the page loads after its load event (fonts, late scripts)
        Map<String, Map<String, Object>> received = new LinkedHashMap<>();
        Map<String, Long> decoded = new LinkedHashMap<>();
        Map<String, Long> finished = new LinkedHashMap<>();
        Map<String, Boolean> cached = new LinkedHashMap<>();
        for (Map<String, Object> event : browser.networkEvents()) {
            Map<String, Object> params = (Map<String, Object>) event.get("params");
            String id = String.valueOf(params.get("requestId"));
            switch (String.valueOf(event.get("method"))) {
                case "Network.responseReceived" -> received.put(id, (Map<String, Object>) params.get("response"));
                case "Network.dataReceived" -> decoded.merge(id, ((Number) params.get("dataLength")).longValue(),
                        Long::sum);
                case "Network.loadingFinished" -> finished.put(id,
                        ((Number) params.get("encodedDataLength")).longValue());
                case "Network.requestServedFromCache" -> cached.put(id, true);
                default -> { }
            }
        }
        List<Response> responses = new ArrayList<>();
        received.forEach((id, response) -> {
            Map<String, Object> headers = (Map<String, Object>) response.get("headers");
            String encoding = header(headers, "content-encoding");
            boolean fromCache = cached.containsKey(id) || Boolean.TRUE.equals(response.get("fromDiskCache"))
                    || Boolean.TRUE.equals(response.get("fromMemoryCache"));
            responses.add(new Response(String.valueOf(response.get("url")), String.valueOf(response.get("mimeType")),
                    ((Number) response.get("status")).intValue(), encoding, header(headers, "cache-control"),
                    finished.getOrDefault(id, 0L),
                    decoded.getOrDefault(id, 0L), fromCache));
        });
        return responses;
    }

    private static String viewState(Browser browser) {
        return (String) browser.script(
                "return document.querySelector('#sheet input[name=\"jakarta.faces.ViewState\"]').value;");
    }

    private static String header(Map<String, Object> headers, String name) {
        return headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name))
                .map(h -> String.valueOf(h.getValue())).findFirst().orElse("");
    }

    private static long onTheWire(List<Response> responses) {
        return responses.stream().mapToLong(Response::onTheWire).sum();
    }

    private static String describe(String what, List<Response> responses) {
        StringBuilder text = new StringBuilder(what + ": " + onTheWire(responses) + " bytes in "
                + responses.size() + " responses");
        responses.forEach(r -> text.append("\n  ").append(r));
        return text.toString();
    }

    @Test
    void theTakeAttendancePageWeighsAtMost350KbColdAnd40KbOnARepeatVisitWithItsTextCompressed() throws Exception {
        long lessonId = lessonWith(25);
        // the browser talks to the server through a proxy that counts the bytes it gets: the page's own and its
        // service worker's (whose requests the page's network events do not show)
        String direct = base;
        try (de.ffit.campus.support.SwitchableProxy wire = new de.ffit.campus.support.SwitchableProxy(
                deployed.getPort()); Browser browser = Browser.recordingNetwork("de-DE", 390, 844).viewport(390, 844)) {
            base = "http://127.0.0.1:" + wire.port() + "/ffit-campus";
            signIn(browser, a.trainer);
            // the start page refreshes the device's copy of the trainer's lessons: wait until it is done, so that
            // its answer is not counted as the take page's
            browser.waiting().until(d -> Boolean.TRUE.equals(browser.asyncScript(
                    "var done = arguments[arguments.length - 1];"
                            + "campusDevice.get('meta', 'synced').then(function (m) { done(!!m); },"
                            + " function () { done(false); });")));
            // the sign-in page loaded some of the same scripts and styles, and the start page's service worker kept
            // them for offline use: forget both, as a first visit would
            ((ChromeDriver) browser.driver()).executeCdpCommand("Network.clearBrowserCache", Map.of());
            ((ChromeDriver) browser.driver()).executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin",
                    base.replaceAll("^(https?://[^/]+).*$", "$1"), "storageTypes", "cache_storage,service_workers"));
            wire.bytesToBrowser();
            List<Response> cold = load(browser, lessonId);
            long coldWire = wire.bytesToBrowser();
            String coldViewState = viewState(browser);
            String coldText = describe("cold", cold) + "\n  on the wire, worker included: " + coldWire + " bytes";
            System.out.println(coldText);
            assertTrue(cold.size() >= 4 && cold.get(0).url().contains("/attendance/take.xhtml"), coldText);
            assertEquals(25, browser.driver().findElements(By.cssSelector(".learner-row")).size());

            // every text answer worth compressing came compressed (a few hundred bytes gain nothing)
            List<Response> plain = cold.stream().filter(r -> r.text() && r.decoded() >= 1024)
                    .filter(r -> !List.of("gzip", "br", "deflate").contains(r.encoding().toLowerCase(Locale.ROOT)))
                    .toList();
            assertTrue(plain.isEmpty(), "uncompressed text:\n" + plain + "\n" + coldText);
            assertTrue(cold.stream().anyMatch(r -> r.text() && r.decoded() > 100_000),
                    "PrimeFaces' scripts are part of the measurement\n" + coldText);
            assertTrue(onTheWire(cold) <= COLD_BUDGET, "over the cold budget of " + COLD_BUDGET + "\n" + coldText);
            assertTrue(coldWire <= COLD_BUDGET, "over the cold budget of " + COLD_BUDGET + "\n" + coldText);

            // every script and style carries its version and may be kept for a year; the page never
            for (Response r : cold.stream().filter(r -> r.url().contains("/jakarta.faces.resource/")).toList()) {
                assertTrue(r.url().contains("v="), "a versioned URL: " + r);
                assertEquals("public, max-age=31536000, immutable", r.cacheControl(), r.toString());
            }
            assertTrue(cold.get(0).cacheControl().contains("no-store"), cold.get(0).cacheControl());

            // a repeat visit: another page in between, as a trainer would come back to it
            browser.driver().get(base + "/index.xhtml");
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("main")));
            browser.waiting().until(d -> Boolean.TRUE.equals(browser.asyncScript(
                    "var done = arguments[arguments.length - 1];"
                            + "campusDevice.get('meta', 'synced').then(function (m) { done(!!m); },"
                            + " function () { done(false); });")));
            wire.bytesToBrowser();
            List<Response> warm = load(browser, lessonId);
            long warmWire = wire.bytesToBrowser();
            String warmText = describe("warm", warm) + "\n  on the wire, worker included: " + warmWire + " bytes";
            System.out.println(warmText);
            // the page comes from the server every time: straight, or through the service worker (network first),
            // which fetches it from the server as the bytes on the wire show
            assertTrue(warm.stream().anyMatch(r -> r.url().contains("/attendance/take.xhtml")), warmText);
            assertNotEquals(coldViewState, viewState(browser), "the page itself comes from the server every time "
                    + "(a new view state)\n" + warmText);
            assertTrue(onTheWire(warm) <= WARM_BUDGET, "over the warm budget of " + WARM_BUDGET + "\n" + warmText);
            assertTrue(warmWire <= WARM_BUDGET, "over the warm budget of " + WARM_BUDGET + "\n" + warmText);
        } finally {
            base = direct;
        }
    }

    @Test
    void ourOwnScriptsAndStylesAreVersionedByTheirContentAndAnythingElseIsRevalidated() throws Exception {
        // the sign-in page (anyone may load it) links the same stylesheet and header script as every staff page
        String html = http.get(Http.As.NOBODY, "/login.xhtml").body();
        for (String file : List.of("css/campus.css", "js/header.js")) {
            // the version in the page is the file's content hash, so it changes when the file changes
            byte[] content = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("webapp/resources", file));
            String hash = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(content)).substring(0, 12);
            String url = "/jakarta.faces.resource/" + file + ".xhtml?v=" + hash;
            assertTrue(html.contains(url), file + " as " + url + " in the page");
            assertEquals("public, max-age=31536000, immutable", cacheControl(url));
            // another version (an old page during an update) or none: asked again every time
            assertEquals("no-cache", cacheControl("/jakarta.faces.resource/" + file + ".xhtml?v=0123456789ab"));
            assertEquals("no-cache", cacheControl("/jakarta.faces.resource/" + file + ".xhtml"));
        }
        assertEquals("no-store", cacheControl("/jakarta.faces.resource/no-such-file.js.xhtml?ln=primefaces&v=1"),
                "a missing file is not remembered");
    }

    private String cacheControl(String path) throws Exception {
        java.net.http.HttpResponse<Void> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + path)).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        return response.headers().firstValue("Cache-Control").orElse("");
    }

    // ---- item 4: a header that leaves room for the work

    private Map<String, Number> box(Browser browser, String selector) {
        @SuppressWarnings("unchecked")
        Map<String, Number> box = (Map<String, Number>) browser.script("var r = document.querySelector(arguments[0])"
                + ".getBoundingClientRect(); return {top: r.top, bottom: r.bottom, left: r.left, right: r.right,"
                + " height: r.height, width: r.width, innerWidth: innerWidth, innerHeight: innerHeight,"
                + " scrollY: scrollY};", selector);
        return box;
    }

    /** the whole first row inside the viewport, and neither its top nor its bottom edge covered (the save bar) */
    private void assertFirstLearnerInView(Browser phone, String language) {
        Map<String, Number> row = box(phone, ".learner-row");
        String context = language + ": the first learner in view without scrolling, " + row + ", header "
                + box(phone, ".topbar").get("height") + " px, save bar " + box(phone, ".save-bar");
        System.out.println("390x844 [" + language + "]: header " + box(phone, ".topbar").get("height")
                + " px, first learner " + row.get("top") + "-" + row.get("bottom") + " px, save bar from "
                + box(phone, ".save-bar").get("top") + " px");
        assertEquals(0, row.get("scrollY").intValue(), language + ": not scrolled");
        assertTrue(row.get("top").doubleValue() >= 0 && row.get("bottom").doubleValue()
                <= row.get("innerHeight").doubleValue(), context);
        Object uncovered = phone.script("var row = document.querySelector('.learner-row'),"
                + " r = row.getBoundingClientRect(), x = r.left + r.width / 2;"
                + " return row.contains(document.elementFromPoint(x, r.top + 2))"
                + " && row.contains(document.elementFromPoint(x, r.bottom - 2));");
        assertEquals(Boolean.TRUE, uncovered, "nothing lies over it: " + context);
    }

    private static void assertTouchTarget(WebElement element, String what) {
        assertTrue(element.getRect().getHeight() >= 44 && element.getRect().getWidth() >= 44,
                what + " is a 44 px touch target, was " + element.getRect().getDimension());
    }

    @Test
    void onAPhoneTheFirstLearnerIsInViewAndLanguageAndMenuEachSitBehindOneButton() {
        long lessonId = lessonWith(12);
        for (String language : List.of("de", "ar")) {
            String other = language.equals("de") ? "ar" : "de";
            try (Browser phone = new Browser(language, 390, 844).viewport(390, 844)) {
                WebDriver driver = phone.driver();
                signIn(phone, a.trainer);
                openTakePage(phone, lessonId);
                assertEquals(language, driver.findElement(By.tagName("html")).getAttribute("lang"));
                phone.screenshot("header-" + language + "-phone");
                assertFirstLearnerInView(phone, language);

                // the main menu: one button; the links and the sign-out behind it
                WebElement cohorts = driver.findElement(By.id("nav-cohorts"));
                WebElement signOut = driver.findElement(By.id("account:signOut"));
                assertFalse(cohorts.isDisplayed() || signOut.isDisplayed(), language + ": the menu starts closed");
                WebElement menu = driver.findElement(By.id("menu-button"));
                assertTouchTarget(menu, "the menu button");
                assertEquals("false", menu.getAttribute("aria-expanded"));
                menu.click();
                phone.waiting().until(ExpectedConditions.visibilityOf(cohorts));
                assertEquals("true", menu.getAttribute("aria-expanded"));
                assertTrue(signOut.isDisplayed(), language + ": signing out is in the menu");
                assertTouchTarget(cohorts, "a menu link");
                phone.screenshot("header-" + language + "-phone-menu-open");
                menu.click();
                phone.waiting().until(ExpectedConditions.invisibilityOf(cohorts));
                assertEquals("false", menu.getAttribute("aria-expanded"));

                // the language: one button, opened from the keyboard, with the native names as plain links
                WebElement link = driver.findElement(By.cssSelector("#language a[lang='" + other + "']"));
                assertFalse(link.isDisplayed(), language + ": the language list starts closed");
                WebElement choose = driver.findElement(By.id("language-button"));
                assertTouchTarget(choose, "the language button");
                assertEquals("false", choose.getAttribute("aria-expanded"));
                choose.sendKeys(Keys.ENTER);
                phone.waiting().until(ExpectedConditions.visibilityOf(link));
                assertEquals("true", choose.getAttribute("aria-expanded"));
                List<WebElement> links = driver.findElements(By.cssSelector("#language a[hreflang]"));
                assertEquals(10, links.size());
                for (WebElement each : links) {
                    assertTrue(each.isDisplayed(), each.getAttribute("lang") + " shown");
                    assertTrue(each.getRect().getHeight() >= 44, each.getAttribute("lang") + " 44 px high");
                    assertTrue(each.getRect().getX() >= 0 && each.getRect().getX() + each.getRect().getWidth()
                            <= 390, each.getAttribute("lang") + " inside the screen, " + each.getRect());
                    assertTrue(each.getAttribute("href").contains("lang=" + each.getAttribute("lang")),
                            "a plain link that works without script: " + each.getAttribute("href"));
                }
                phone.screenshot("header-" + language + "-phone-language-open");
                Number overflow = (Number) phone.script(
                        "return document.documentElement.scrollWidth - window.innerWidth;");
                assertTrue(overflow.intValue() <= 0, language + ": no sideways scrolling, overflow " + overflow);
                // Escape closes the list and gives the focus back to its button
                driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
                phone.waiting().until(ExpectedConditions.invisibilityOf(link));
                assertEquals("language-button", driver.switchTo().activeElement().getAttribute("id"));

                choose.click();
                phone.waiting().until(ExpectedConditions.visibilityOf(link));
                link.click();
                phone.waiting().until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", other));
                phone.waiting().until(ExpectedConditions.elementToBeClickable(By.id("allPresent")));
                assertFirstLearnerInView(phone, other + " (switched from " + language + ")");
            }
        }
    }

    @Test
    void onATabletTheHeaderIsCompactAndTheLanguagesStayOneTapAway() {
        long lessonId = lessonWith(12);
        for (String language : List.of("de", "ar")) {
            try (Browser tablet = new Browser(language, 800, 1280).viewport(800, 1280)) {
                WebDriver driver = tablet.driver();
                signIn(tablet, a.trainer);
                openTakePage(tablet, lessonId);
                tablet.screenshot("header-" + language + "-tablet");
                double height = box(tablet, ".topbar").get("height").doubleValue();
                System.out.println("header at 800x1280 [" + language + "]: " + height + " px");
                assertTrue(height <= 112, language + ": the tablet header is compact, was " + height + " px");
                // on a tablet there is room for the links themselves: no buttons in between
                assertTrue(driver.findElement(By.id("nav-cohorts")).isDisplayed());
                assertTrue(driver.findElement(By.id("account:signOut")).isDisplayed());
                assertFalse(driver.findElement(By.id("menu-button")).isDisplayed());
                assertFalse(driver.findElement(By.id("language-button")).isDisplayed());
                for (WebElement each : driver.findElements(By.cssSelector("#language a[hreflang]"))) {
                    assertTrue(each.isDisplayed() && each.getRect().getHeight() >= 44, each.getAttribute("lang"));
                }
                driver.findElement(By.cssSelector("#language a[lang='" + (language.equals("de") ? "ar" : "de")
                        + "']")).click();
                tablet.waiting().until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang",
                        language.equals("de") ? "ar" : "de"));
            }
        }
    }
}
