package de.ffit.campus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ffit.campus.support.Browser;
import de.ffit.campus.support.FakeCamera;
import de.ffit.campus.support.Fixture;
import de.ffit.campus.support.PlainBrowser;
import de.ffit.campus.support.Http;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.htmlunit.Page;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSubmitInput;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The learner kiosk on MariaDB: a kiosk device set up with its one-time code reaches the kiosk and nothing else;
 * learners sign in with card code and PIN and see only their own progress; wrong PINs lock a card, and the
 * answers never tell whether a code exists; the server signs an idle learner out; the learner cards print. Then
 * the same in headless Chromium, in Arabic (right to left) and German, with "I did this", the idle countdown,
 * the back button after sign-out, and a card read by the (fake) camera.
 */
@ExtendWith(ArquillianExtension.class)
class KioskIT {

    /** FFIT_KIOSK_IDLE_SECONDS in arquillian.xml; the server allows five seconds more */
    static final int IDLE_SECONDS = 12;

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
        a = new Fixture(http, "K");
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    /** A learner in a cohort that started two weeks ago, with a PIN; returns {learnerId, enrollmentId}. */
    private record Learner(long id, long enrollment, String code, String pin) {
    }

    private Learner learner(Fixture org, long cohortId, String name, String original, String language) {
        long id = org.learner(name, original, language);
        long enrollment = org.enrol(cohortId, id);
        Http.Response pin = http.put(org.coordinator, "/api/learners/" + id + "/pin", "{}");
        assertEquals(200, pin.status(), pin::toString);
        String code = http.get(org.coordinator, "/api/learners/" + id).json().getString("code");
        return new Learner(id, enrollment, code, pin.json().getString("pin"));
    }

    private long exercise(Fixture org, String module, String title, boolean mandatory) {
        long moduleId = Fixture.created(http.post(org.coordinator, "/api/courses/" + org.courseId + "/modules",
                "{\"title\":" + Http.str(module) + "}"));
        return Fixture.created(http.post(org.coordinator, "/api/modules/" + moduleId + "/exercises",
                "{\"title\":" + Http.str(title) + ",\"mandatory\":" + mandatory + ",\"competences\":[\"2.1\"]}"));
    }

    /** Registers a kiosk for the fixture's location; returns its setup code. */
    private String registerKiosk(Fixture org, String name) {
        Http.Response registered = http.post(org.coordinator, "/api/kiosks",
                "{\"name\":" + Http.str(name) + ",\"locationId\":" + org.locationId + "}");
        assertEquals(201, registered.status(), registered::toString);
        String code = registered.json().getString("setupCode");
        assertTrue(code.matches("[A-Z2-9]{5}-[A-Z2-9]{5}"), code);
        return code;
    }

    private WebClient client() {
        return PlainBrowser.speaking("en");
    }

    /** Makes this client a kiosk with the setup code; returns the kiosk's first screen. */
    private HtmlPage setUp(WebClient device, String setupCode) throws Exception {
        HtmlPage setup = device.getPage(base + "/kiosk");
        assertTrue(setup.getUrl().getPath().endsWith("/kiosk/setup.xhtml"), setup.getUrl().toString());
        setup.<HtmlInput>getHtmlElementById("setupCode").setValue(setupCode);
        HtmlPage first = setup.<HtmlSubmitInput>getHtmlElementById("set-up").click();
        assertTrue(first.getUrl().getPath().endsWith("/kiosk/"), first.getUrl() + "\n" + first.asNormalizedText());
        return first;
    }

    private HtmlPage typeCode(WebClient device, String code) throws Exception {
        HtmlPage first = device.getPage(base + "/kiosk/");
        first.<HtmlInput>getHtmlElementById("code").setValue(code);
        return first.<HtmlSubmitInput>getHtmlElementById("next").click();
    }

    private HtmlPage signIn(WebClient device, String code, String pin) throws Exception {
        HtmlPage pinPage = typeCode(device, code);
        assertTrue(pinPage.getUrl().getPath().endsWith("/kiosk/pin.xhtml"), pinPage.asNormalizedText());
        pinPage.<HtmlInput>getHtmlElementById("pin").setValue(pin);
        return pinPage.<HtmlSubmitInput>getHtmlElementById("sign-in").click();
    }

    /** "Done" */
    private HtmlPage signOut(HtmlPage page) throws Exception {
        org.htmlunit.html.HtmlForm form = (org.htmlunit.html.HtmlForm) page.getElementById("kiosk-sign-out");
        return form.<org.htmlunit.html.HtmlButton>getFirstByXPath(".//button").click();
    }

    private static boolean isProgress(HtmlPage page) {
        return page.getUrl().getPath().endsWith("/kiosk/me.xhtml");
    }

    // ---- devices --------------------------------------------------------------------------------------------

    @Test
    void aKioskIsSetUpOnceWithItsCodeAndReachesNothingButTheKiosk() throws Exception {
        String setupCode = registerKiosk(a, "Tablet " + a.run);
        try (WebClient device = client(); WebClient other = client()) {
            HtmlPage first = setUp(device, setupCode);
            assertNotNull(first.getElementById("code"), "the code screen");
            org.htmlunit.http.Cookie secret = device.getCookieManager().getCookie("ffit-kiosk");
            assertNotNull(secret, "the device's secret");
            assertTrue(secret.isHttpOnly());
            assertEquals("strict", String.valueOf(secret.getSameSite()).toLowerCase(java.util.Locale.ROOT),
                    "no other site can send it along");
            assertEquals("/ffit-campus/kiosk", secret.getPath(), "only the kiosk pages see it");
            assertTrue(secret.getValue().length() >= 40, "a long random secret");
            assertTrue(first.asNormalizedText().contains("Gemeinschaftsunterkunft"), "the kiosk's location");

            // the code worked once: another browser cannot become the same kiosk with it
            HtmlPage setup = other.getPage(base + "/kiosk/");
            setup.<HtmlInput>getHtmlElementById("setupCode").setValue(setupCode.toLowerCase());
            HtmlPage refused = setup.<HtmlSubmitInput>getHtmlElementById("set-up").click();
            assertTrue(refused.getUrl().getPath().endsWith("/kiosk/setup.xhtml"));
            assertTrue(refused.asNormalizedText().contains("This setup code is not right"), refused.asNormalizedText());

            // the device is no account: staff pages send it to the sign-in page, the API wants a password
            HtmlPage staff = device.getPage(base + "/cohorts/index.xhtml");
            assertTrue(staff.getUrl().getPath().endsWith("/login.xhtml"), staff.getUrl().toString());
            Page api = device.getPage(base + "/api/cohorts");
            assertEquals(401, api.getWebResponse().getStatusCode());

            // kiosk answers are never stored by the browser
            Page kiosk = device.getPage(base + "/kiosk/");
            assertEquals("no-store", kiosk.getWebResponse().getResponseHeaderValue("Cache-Control").split(",")[0]);

            // a new setup code signs the old device out for good
            long kioskId = http.get(a.coordinator, "/api/kiosks").array().getJsonObject(0).getJsonNumber("id")
                    .longValue();
            assertEquals(200, http.post(a.coordinator, "/api/kiosks/" + kioskId + "/setup-code", "").status());
            HtmlPage after = device.getPage(base + "/kiosk/");
            assertTrue(after.getUrl().getPath().endsWith("/kiosk/setup.xhtml"), after.getUrl().toString());
        }
        // other organisations see neither the kiosk nor can they change it
        Fixture b = new Fixture(http, "K2");
        assertEquals(0, http.get(b.coordinator, "/api/kiosks").array().size());
        long kioskId = http.get(a.coordinator, "/api/kiosks").array().getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(404, http.delete(b.coordinator, "/api/kiosks/" + kioskId).status());
        assertEquals(404, http.post(a.trainer, "/api/kiosks", "{\"name\":\"x\",\"locationId\":" + a.locationId + "}")
                .status(), "trainers do not register kiosks");
    }

    // ---- sign-in and own data -------------------------------------------------------------------------------

    @Test
    void learnersSignInWithCodeAndPinAndSeeOnlyTheirOwnProgress() throws Exception {
        long cohortId = a.cohortStartedWeeksAgo("Kiosk " + a.run, 2, 4);
        long mail = exercise(a, "Internet", "Eine E-Mail mit Anhang senden", true);
        Learner amina = learner(a, cohortId, "Amina Haddad", "أمينة حداد", "en");
        Learner olena = learner(a, cohortId, "Olena Kovalenko", null, "en");
        assertTrue(amina.pin().matches("[0-9]{4}"), amina.pin());
        try (WebClient device = client()) {
            setUp(device, registerKiosk(a, "Tablet " + a.run));
            // a scanned card gives its link; the code in it is what counts, in any case and with the dash
            HtmlPage mine = signIn(device, "http://campus.example.org/kiosk/?code="
                    + amina.code().substring(0, 4).toLowerCase() + "-" + amina.code().substring(4), amina.pin());
            assertTrue(isProgress(mine), mine.getUrl() + "\n" + mine.asNormalizedText());
            String text = mine.asNormalizedText();
            assertTrue(text.contains("Hello, Amina Haddad!"), text);
            assertTrue(text.contains("Eine E-Mail mit Anhang senden"), text);
            assertTrue(text.contains("not done yet"), text);
            assertFalse(text.contains("Olena"), "nothing of another learner");

            // "I did this": waiting for the trainer, in the trainer's list too
            org.htmlunit.html.HtmlButton report = mine.getFirstByXPath("//button[contains(., 'I did this')]");
            HtmlPage reported = report.click();
            assertTrue(reported.asNormalizedText().contains("Thank you! Your trainer will check it."),
                    reported.asNormalizedText());
            assertTrue(reported.asNormalizedText().contains("waiting for your trainer"));
            assertNull(reported.getFirstByXPath("//button[contains(., 'I did this')]"),
                    "nothing left to report");
            JsonObject progress = http.get(a.trainer, "/api/enrollments/" + amina.enrollment() + "/progress").json();
            assertEquals(1, progress.getJsonObject("exercises").getInt("pending"), progress::toString);

            // "Done": the next learner on the same device sees only themselves, and the back button nothing
            HtmlPage first = signOut(reported);
            assertTrue(first.getUrl().getPath().endsWith("/kiosk/"), first.getUrl().toString());
            HtmlPage back = device.getPage(base + "/kiosk/me.xhtml");
            assertFalse(back.asNormalizedText().contains("Amina"), back.asNormalizedText());
            HtmlPage hers = signIn(device, olena.code(), olena.pin());
            assertTrue(hers.asNormalizedText().contains("Hello, Olena Kovalenko!"));
            assertFalse(hers.asNormalizedText().contains("Amina"), "nothing of the learner before");
            assertTrue(hers.asNormalizedText().contains("not done yet"), "her exercise is still open");
        }
        assertEquals(0, http.get(a.trainer, "/api/enrollments/" + olena.enrollment() + "/progress").json()
                .getJsonObject("exercises").getInt("pending"), "only Amina reported " + mail);
    }

    @Test
    void unknownCodesForeignCardsAndWithdrawnLearnersAllGetTheSameAnswer() throws Exception {
        long cohortId = a.cohortStartedWeeksAgo("Kiosk " + a.run, 2, 4);
        Learner left = learner(a, cohortId, "Withdrawn Learner", null, "en");
        assertEquals(200, http.post(a.coordinator, "/api/enrollments/" + left.enrollment() + "/withdraw", "{}")
                .status());
        Fixture b = new Fixture(http, "K3");
        Learner foreign = learner(b, b.cohortStartedWeeksAgo("Other " + b.run, 2, 4), "Foreign Learner", null, "en");
        try (WebClient device = client()) {
            setUp(device, registerKiosk(a, "Tablet " + a.run));
            String unknown = "ZZZZ2222".equals(left.code()) ? "YYYY2222" : "ZZZZ2222";
            for (String[] attempt : List.of(new String[] {unknown, "4821"},
                    new String[] {foreign.code(), foreign.pin()}, new String[] {left.code(), left.pin()})) {
                HtmlPage answer = signIn(device, attempt[0], attempt[1]);
                assertFalse(isProgress(answer), attempt[0]);
                assertTrue(answer.asNormalizedText().contains("The code or the PIN is not right."),
                        answer.asNormalizedText());
            }
            HtmlPage badFormat = typeCode(device, "12");
            assertTrue(badFormat.asNormalizedText().contains("This is not a learner code."),
                    badFormat.asNormalizedText());
        }
    }

    @Test
    void wrongPinsLockACardExistingOrNotUntilTheCoordinatorUnlocksIt() throws Exception {
        long cohortId = a.cohortStartedWeeksAgo("Kiosk " + a.run, 2, 4);
        Learner amina = learner(a, cohortId, "Amina Haddad", null, "en");
        String wrong = amina.pin().equals("9137") ? "9138" : "9137";
        try (WebClient device = client()) {
            setUp(device, registerKiosk(a, "Tablet " + a.run));
            for (String code : List.of(amina.code(), "QQQQ7777")) {
                for (int i = 1; i <= 5; i++) {
                    HtmlPage answer = signIn(device, code, wrong);
                    assertTrue(answer.asNormalizedText().contains("The code or the PIN is not right."),
                            code + " try " + i + ": " + answer.asNormalizedText());
                }
                HtmlPage locked = signIn(device, code, code.equals(amina.code()) ? amina.pin() : wrong);
                assertFalse(isProgress(locked), "even the right PIN waits");
                String text = locked.asNormalizedText();
                assertTrue(text.contains("Too many wrong PINs. This card is locked for 15 minutes."), text);
                assertTrue(text.contains("Please ask your trainer."), text);
                assertNull(locked.getElementById("pin"), "no keypad while locked");
            }
            JsonObject status = http.get(a.coordinator, "/api/learners/" + amina.id() + "/pin").json();
            assertTrue(status.containsKey("lockedUntil"), status::toString);

            // the coordinator gives a new PIN: the card opens at once (the old PIN is gone)
            Http.Response typedPin = http.put(a.coordinator, "/api/learners/" + amina.id() + "/pin",
                    "{\"pin\":\"1234\"}");
            assertEquals(400, typedPin.status(), "too easy: " + typedPin);
            String fresh = http.put(a.coordinator, "/api/learners/" + amina.id() + "/pin", "{\"pin\":\"48213\"}")
                    .json().getString("pin");
            assertEquals("48213", fresh);
            JsonObject open = http.get(a.coordinator, "/api/learners/" + amina.id() + "/pin").json();
            assertFalse(open.containsKey("lockedUntil"), open::toString);
            assertTrue(open.getBoolean("set"));
            assertTrue(isProgress(signIn(device, amina.code(), "48213")));
        }
    }

    @Test
    void theServerSignsAnIdleLearnerOutEvenWithoutThePagesScript() throws Exception {
        long cohortId = a.cohortStartedWeeksAgo("Kiosk " + a.run, 2, 4);
        Learner amina = learner(a, cohortId, "Amina Haddad", null, "en");
        try (WebClient device = client()) {
            setUp(device, registerKiosk(a, "Tablet " + a.run));
            HtmlPage mine = signIn(device, amina.code(), amina.pin());
            assertTrue(isProgress(mine));
            assertEquals(String.valueOf(IDLE_SECONDS), mine.getBody().getAttribute("data-idle"));
            Thread.sleep(Duration.ofSeconds(IDLE_SECONDS / 2).toMillis());
            assertTrue(isProgress(device.getPage(base + "/kiosk/me.xhtml")), "a touch within the time keeps it");
            Thread.sleep(Duration.ofSeconds(IDLE_SECONDS + 6).toMillis());
            HtmlPage after = device.getPage(base + "/kiosk/me.xhtml");
            assertFalse(isProgress(after), after.getUrl().toString());
            assertNotNull(after.getElementById("code"), "the first screen again");
            assertFalse(after.asNormalizedText().contains("Amina"));
        }
    }

    // ---- cards ------------------------------------------------------------------------------------------------

    @Test
    void coordinatorsPrintLearnerCardsWithNameCodeAndKioskLink() throws Exception {
        long cohortId = a.cohortStartedWeeksAgo("Karten " + a.run, 2, 4);
        Learner amina = learner(a, cohortId, "Amina Haddad", "أمينة حداد", "ar");
        Learner olena = learner(a, cohortId, "Olena Kovalenko", null, "uk");
        Http.Download pdf = http.download(a.coordinator.in("de"), "/api/cohorts/" + cohortId + "/learner-cards");
        assertEquals(200, pdf.status());
        assertTrue(pdf.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertEquals(1, document.getNumberOfPages(), "two cards fit one sheet");
            String text = new PDFTextStripper().getText(document);
            for (Learner learner : List.of(amina, olena)) {
                assertTrue(text.contains(learner.code().substring(0, 4) + " " + learner.code().substring(4)), text);
            }
            assertTrue(text.contains("Amina Haddad") && text.contains("Olena Kovalenko"), text);
            assertTrue(text.contains("Картка учасника"), "Olena's card in her language: " + text);
            assertTrue(text.contains("Karte am Kiosk scannen, dann deine PIN eintippen."), "the hint in German too: "
                    + text);
            java.awt.image.BufferedImage page = new org.apache.pdfbox.rendering.PDFRenderer(document)
                    .renderImageWithDPI(0, 200);
            // the first two cards of the sheet: 85.6 x 54 mm each, the grid of 2 x 5 centred on A4 (200 dpi)
            double mm = 200 / 25.4;
            int width = (int) Math.round(85.6 * mm);
            int height = (int) Math.round(54 * mm);
            int left = (page.getWidth() - 2 * width) / 2;
            int top = (page.getHeight() - 5 * height) / 2;
            java.util.Set<String> links = new java.util.HashSet<>();
            for (int column = 0; column < 2; column++) {
                java.awt.image.BufferedImage card = page.getSubimage(left + column * width, top, width, height);
                int[] rgb = card.getRGB(0, 0, width, height, null, 0, width);
                links.add(new com.google.zxing.qrcode.QRCodeReader().decode(new com.google.zxing.BinaryBitmap(
                        new com.google.zxing.common.HybridBinarizer(new com.google.zxing.RGBLuminanceSource(width,
                                height, rgb))), java.util.Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, true))
                        .getText());
            }
            assertEquals(java.util.Set.of("http://campus.example.org/kiosk/?code=" + amina.code(),
                    "http://campus.example.org/kiosk/?code=" + olena.code()), links);
        }
        Http.Download one = http.download(a.coordinator, "/api/learners/" + olena.id() + "/card");
        assertEquals(200, one.status());
        assertEquals("%PDF", new String(one.body(), 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1));
        assertEquals(404, http.download(a.trainer, "/api/cohorts/" + cohortId + "/learner-cards").status(),
                "trainers do not print cards");
        Fixture b = new Fixture(http, "K4");
        assertEquals(404, http.download(b.coordinator, "/api/learners/" + amina.id() + "/card").status());
    }

    // ---- in a real browser ------------------------------------------------------------------------------------

    private void setUpInBrowser(WebDriver driver, Browser browser, String setupCode) {
        driver.get(base + "/kiosk");
        browser.waiting().until(ExpectedConditions.urlContains("/kiosk/setup.xhtml"));
        driver.findElement(By.id("setupCode")).sendKeys(setupCode);
        driver.findElement(By.id("set-up")).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("code")));
    }

    private String html(WebDriver driver, String attribute) {
        return driver.findElement(By.tagName("html")).getAttribute(attribute);
    }

    @Test
    void aLearnerSignsInReadsTheirProgressInArabicAndGermanReportsAnExerciseAndIsSignedOutWhenIdle()
            throws Exception {
        long cohortId = a.cohortStartedWeeksAgo("Kiosk " + a.run, 2, 4);
        exercise(a, "Internet", "Eine E-Mail mit Anhang senden", true);
        Learner amina = learner(a, cohortId, "Amina Haddad", "أمينة حداد", "ar");
        String setupCode = registerKiosk(a, "Tablet " + a.run);
        try (Browser browser = new Browser("de-DE,de", 1024, 768)) {
            WebDriver driver = browser.driver();
            setUpInBrowser(driver, browser, setupCode);
            assertEquals("de", html(driver, "lang"), "before anyone signs in: the kiosk's language");
            driver.findElement(By.id("code")).sendKeys(amina.code());
            driver.findElement(By.id("next")).click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("pin")));
            for (char digit : amina.pin().toCharArray()) {
                driver.findElement(By.cssSelector("[data-key='" + digit + "']")).click();
            }
            assertEquals(amina.pin(), driver.findElement(By.id("pin")).getAttribute("value"), "the keypad types");
            driver.findElement(By.id("sign-in")).click();
            browser.waiting().until(ExpectedConditions.urlContains("/kiosk/me.xhtml"));

            // her own language, right to left, without choosing it
            assertEquals("ar", html(driver, "lang"));
            assertEquals("rtl", html(driver, "dir"));
            String hello = driver.findElement(By.cssSelector("h1.kiosk-hello")).getText();
            assertTrue(hello.contains("مرحباً") && hello.contains("Amina Haddad") && hello.contains("أمينة حداد"),
                    hello);
            assertEquals("rtl", browser.script("return getComputedStyle(document.body).direction"));
            assertTrue(driver.getPageSource().contains("تماريني"), "the exercises, in Arabic");
            browser.screenshot("kiosk-progress-ar");

            // switched to German by its native name
            driver.findElement(By.cssSelector(".kiosk-languages a[lang='de']")).click();
            browser.waiting().until(d -> "de".equals(html(d, "lang")));
            assertEquals("ltr", html(driver, "dir"));
            assertTrue(driver.findElement(By.cssSelector("h1.kiosk-hello")).getText().contains("Hallo, Amina Haddad!"));

            // "I did this": waiting for the trainer
            driver.findElement(By.xpath("//button[contains(., 'Habe ich gemacht')]")).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                    "Danke! Deine Trainerin oder dein Trainer schaut es sich an."));
            assertTrue(driver.findElement(By.cssSelector(".kiosk-exercise.is-waiting")).getText()
                    .contains("wartet auf deine Trainerin oder deinen Trainer"));
            assertEquals(1, http.get(a.trainer, "/api/enrollments/" + amina.enrollment() + "/progress").json()
                    .getJsonObject("exercises").getInt("pending"));
            browser.screenshot("kiosk-progress-de");

            // the countdown runs; untouched, the kiosk signs her out and shows its first screen
            int left = Integer.parseInt(driver.findElement(By.id("kiosk-countdown-seconds")).getText().strip());
            assertTrue(left > 0 && left <= IDLE_SECONDS, "seconds left: " + left);
            assertFalse(driver.findElement(By.id("kiosk-countdown-warning")).isDisplayed());
            // at the end of the page, where the warning's own line shifts the layout
            browser.script("window.scrollTo(0, document.body.scrollHeight)");
            // untouched: the last ten seconds say how to stay, then the kiosk signs her out and shows its first screen
            List<String> seen = new ArrayList<>();
            boolean[] warned = {false};
            WebDriverWait untouched = new WebDriverWait(driver, Duration.ofSeconds(IDLE_SECONDS + 10));
            untouched.pollingEvery(Duration.ofMillis(200)).ignoring(org.openqa.selenium.WebDriverException.class);
            try {
                untouched.until(d -> {
                        Object state = browser.script("var w = document.getElementById('kiosk-countdown-warning');"
                                + "var s = document.getElementById('kiosk-countdown-seconds');"
                                + "return (s ? s.textContent.trim() : '-') + (w && !w.hidden ? ' warning: '"
                                + " + w.textContent.trim() : '') + (document.getElementById('code') ? ' CODE' : '');");
                        seen.add(String.valueOf(state));
                        warned[0] |= String.valueOf(state).contains("Berühre den Bildschirm, um angemeldet zu bleiben.");
                        return String.valueOf(state).endsWith("CODE");
                    });
            } catch (org.openqa.selenium.TimeoutException notSignedOut) {
                throw new AssertionError("not signed out after " + (IDLE_SECONDS + 10) + " s; the countdown read: "
                        + seen, notSignedOut);
            }
            assertTrue(warned[0], "the warning in the last seconds; the countdown read: " + seen);
            assertFalse(driver.getPageSource().contains("Amina"));
            assertEquals("de", html(driver, "lang"), "her language left with her");
            // the back button brings nothing of her back
            driver.navigate().back();
            browser.waiting().until(d -> "complete".equals(browser.script("return document.readyState")));
            assertFalse(driver.getPageSource().contains("Amina"), driver.getCurrentUrl());
            assertFalse(driver.getPageSource().contains("أمينة"), driver.getCurrentUrl());
        }
    }

    @Test
    void aCardShownToTheCameraIsReadAndOnlyThePinIsLeftToType() throws Exception {
        long cohortId = a.cohortStartedWeeksAgo("Kiosk " + a.run, 2, 4);
        Learner olena = learner(a, cohortId, "Olena Kovalenko", null, "en");
        String setupCode = registerKiosk(a, "Camera " + a.run);
        Path directory = Files.createDirectories(Path.of("target", "camera"));
        Path video = FakeCamera.qrVideo("http://campus.example.org/kiosk/?code=" + olena.code(), directory);
        try (Browser browser = new Browser("en", 1024, 768, "--use-fake-device-for-media-stream",
                "--use-file-for-fake-video-capture=" + video.toAbsolutePath(), "--use-fake-ui-for-media-stream")) {
            WebDriver driver = browser.driver();
            setUpInBrowser(driver, browser, setupCode);
            driver.findElement(By.id("kiosk-scan-start")).click();
            browser.waiting().until(ExpectedConditions.urlContains("/kiosk/pin.xhtml"));
            driver.findElement(By.id("pin")).sendKeys(olena.pin());
            driver.findElement(By.id("sign-in")).click();
            browser.waiting().until(ExpectedConditions.urlContains("/kiosk/me.xhtml"));
            assertTrue(driver.findElement(By.cssSelector("h1.kiosk-hello")).getText().contains("Olena Kovalenko"));
        }
    }
}
