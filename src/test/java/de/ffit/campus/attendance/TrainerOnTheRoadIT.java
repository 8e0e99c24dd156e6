package de.ffit.campus.attendance;

import static de.ffit.campus.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ffit.campus.TestDeployments;
import de.ffit.campus.support.Browser;
import de.ffit.campus.support.Fixture;
import de.ffit.campus.support.Http;
import de.ffit.campus.support.Http.Response;
import de.ffit.campus.support.PlainBrowser;
import de.ffit.campus.support.SwitchableProxy;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A trainer taking attendance where the network is weak or gone, in real Chromium at a phone's and a tablet's size:
 * the save bar says what happened where the thumb is, a clash saves what clashes with nobody and asks about the
 * rest, a save with no network gives the button back at once and is sent by itself later, a lesson opens and is
 * taken with no network at all and its marks survive closing the window, and a save whose answer was lost is
 * written once. The network is cut for real by a {@link SwitchableProxy} between Chromium and the server (the
 * service worker would otherwise still reach it), and the tab's emulated network says offline as a phone would.
 *
 * <p>Also attendance over HTTP as a client sees it (the services are tested in the container by
 * {@link AttendanceIT}): the API's ETag and If-Match, the export and the sign-in sheet as files, marks saved,
 * reloaded and kept against a colleague's, after the page's view expired, and the question before leaving unsaved
 * marks. These reach the application through the hotspot too, which passes everything on while it is switched on.
 */
@ExtendWith(ArquillianExtension.class)
class TrainerOnTheRoadIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestDeployments.application();
    }

    @ArquillianResource
    URL deployed;

    private String server;
    private Http http;
    private Fixture a;
    private SwitchableProxy hotspot;
    /** the application as the browser reaches it: through the hotspot */
    private String base;

    @BeforeEach
    void organisation() throws Exception {
        server = "http://127.0.0.1:" + deployed.getPort() + "/ffit-campus";
        http = new Http(server);
        a = new Fixture(http, "R");
        hotspot = new SwitchableProxy(deployed.getPort());
        base = "http://127.0.0.1:" + hotspot.port() + "/ffit-campus";
    }

    @AfterEach
    void stop() throws Exception {
        hotspot.close();
    }

    /** A lesson of last week (open for attendance) with these learners; their enrollment ids in the same order. */
    private record Lesson(long id, List<Long> enrollments) {
    }

    private Lesson lesson(String name, String... learners) {
        long cohortId = a.cohortStartedWeeksAgo(name + " " + a.run, 1, 4);
        List<Long> learnerIds = new ArrayList<>();
        for (String learner : learners) {
            long id = a.learner(learner, null, "de");
            a.enrol(cohortId, id);
            learnerIds.add(id);
        }
        long lessonId = http.get(a.coordinator, "/api/cohorts/" + cohortId + "/lessons").array().getJsonObject(0)
                .getJsonNumber("id").longValue();
        Map<Long, Long> enrollmentOf = http.get(a.coordinator, "/api/lessons/" + lessonId + "/attendance").json()
                .getJsonArray("records").stream().map(r -> (JsonObject) r).collect(Collectors.toMap(
                        r -> r.getJsonNumber("learnerId").longValue(), r -> r.getJsonNumber("enrollmentId").longValue()));
        return new Lesson(lessonId, learnerIds.stream().map(enrollmentOf::get).toList());
    }

    /** enrollment id → stored status ("" for none), as the API has it */
    private Map<Long, String> stored(Lesson lesson) {
        return http.get(a.coordinator, "/api/lessons/" + lesson.id + "/attendance").json().getJsonArray("records")
                .stream().map(r -> (JsonObject) r).collect(Collectors.toMap(r -> r.getJsonNumber("enrollmentId")
                        .longValue(), r -> r.containsKey("status") && !r.isNull("status") ? r.getString("status")
                        : ""));
    }

    /** the lesson's history entries about learners' marks (not the lesson's own state) */
    private long markHistory(Lesson lesson, long enrollment) {
        return http.get(a.coordinator, "/api/lessons/" + lesson.id + "/attendance/history").array().stream()
                .map(e -> (JsonObject) e).filter(e -> e.getString("subject").equals("Attendance")
                        && e.getJsonNumber("subjectId").longValue() == enrollment).count();
    }

    private void colleagueSets(Lesson lesson, long enrollment, String status) {
        String path = "/api/lessons/" + lesson.id + "/attendance";
        Http.Response sheet = http.get(a.coordinator, path);
        assertEquals(200, http.send(a.coordinator.withHeader("If-Match", sheet.header("ETag")), "PUT", path,
                "{\"records\":[{\"enrollmentId\":" + enrollment + ",\"status\":\"" + status + "\"}]}").status());
    }

    private void signIn(Browser browser, Http.As who) {
        browser.signIn(base, who);
    }

    private void open(Browser browser, Lesson lesson) {
        browser.driver().get(base + "/attendance/take.xhtml?lesson=" + lesson.id);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".learner-row")));
    }

    private WebElement row(Browser browser, long enrollment) {
        return browser.driver().findElement(By.cssSelector(".learner-row[data-enrollment='" + enrollment + "']"));
    }

    private void mark(Browser browser, long enrollment, String status) {
        WebElement row = row(browser, enrollment);
        // as a thumb would: the row is scrolled to the middle, clear of the save bar at the bottom
        browser.script("arguments[0].scrollIntoView({block: 'center'});", row);
        WebElement input = row.findElement(By.cssSelector("input[value='" + status + "']"));
        row.findElement(By.cssSelector("label[for='" + input.getAttribute("id") + "']")).click();
    }

    private void save(Browser browser) {
        browser.driver().findElement(By.cssSelector(".save-button")).click();
    }

    /** waits until the save bar shows a result of this kind (saved, kept, decide, refused) and returns its text */
    private String result(Browser browser, String kind) {
        browser.waiting().until(ExpectedConditions.attributeContains(By.id("saveResult"), "class", kind));
        return browser.driver().findElement(By.id("saveResult")).getText();
    }

    private boolean inViewport(Browser browser, WebElement element) {
        return (Boolean) browser.script("var r = arguments[0].getBoundingClientRect();"
                + "return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;", element);
    }

    private String checked(Browser browser, long enrollment) {
        List<WebElement> on = row(browser, enrollment).findElements(By.cssSelector(".status-choice input:checked"));
        return on.isEmpty() ? "" : on.get(0).getAttribute("value");
    }

    private void network(Browser browser, boolean online) {
        hotspot.set(online ? SwitchableProxy.Mode.ONLINE : SwitchableProxy.Mode.OFFLINE);
        browser.offline(!online);
    }

    @Test
    void theSaveBarSaysWhatHappenedWhereTheThumbIsAndAClashSavesEverythingElse() {
        // twelve entries saved, in the language's digits
        record Screen(String language, int width, int height, String saved, String twelve, String decide,
                String name) {
        }
        for (Screen screen : List.of(
                new Screen("de-DE", 390, 844, "Gespeichert um", "12", "1 Person braucht", "de-phone"),
                new Screen("ar", 800, 1280, "تم الحفظ", "١٢", "يحتاج", "ar-tablet"),
                new Screen("de-DE", 800, 1280, "Gespeichert um", "12", "1 Person braucht", "de-tablet"),
                new Screen("ar", 390, 844, "تم الحفظ", "١٢", "يحتاج", "ar-phone"))) {
            String[] names = new String[12];
            for (int i = 0; i < names.length; i++) {
                names[i] = "Person " + (char) ('A' + i) + " " + screen.name;
            }
            Lesson lesson = lesson("Speicherleiste " + screen.name, names);
            try (Browser browser = new Browser(screen.language, screen.width, screen.height)) {
                signIn(browser, a.trainer);
                open(browser, lesson);
                browser.driver().findElement(By.id("allPresent")).click();
                save(browser);
                String text = result(browser, "saved");
                WebElement bar = browser.driver().findElement(By.id("saveResult"));
                assertTrue(inViewport(browser, bar), "the result is on screen where the save button is: "
                        + screen.name);
                assertTrue(text.contains(screen.saved) && text.contains(screen.twelve), text);
                assertEquals("status", bar.getAttribute("role"), "read out by screen readers");
                browser.screenshot("save-result-" + screen.name);

                // a colleague marks the first learner late meanwhile; the trainer, on the open page, changes the
                // first and the second learner and saves
                colleagueSets(lesson, lesson.enrollments.get(0), "LATE");
                mark(browser, lesson.enrollments.get(0), "ABSENT");
                mark(browser, lesson.enrollments.get(1), "EXCUSED");
                save(browser);
                String decide = result(browser, "decide");
                assertTrue(decide.contains(screen.decide), decide);
                Map<Long, String> now = stored(lesson);
                assertEquals("EXCUSED", now.get(lesson.enrollments.get(1)), "what clashed with nobody is saved");
                assertEquals("LATE", now.get(lesson.enrollments.get(0)), "the colleague's mark stays until decided");
                WebElement clash = row(browser, lesson.enrollments.get(0));
                assertTrue(clash.getAttribute("class").contains("needs-decision"));
                assertTrue(inViewport(browser, clash.findElement(By.cssSelector(".clash"))),
                        "the learner to decide is scrolled into view");
                if (screen.language.startsWith("de")) {
                    assertTrue(clash.getText().contains("Abwesend") && clash.getText().contains("Verspätet"),
                            "both values: " + clash.getText());
                }
                browser.screenshot("save-clash-" + screen.name);
                assertEquals(List.of(), de.ffit.campus.support.Axe.violations(browser.driver()), "a clash to decide, against WCAG 2.2 A/AA");

                clash.findElement(By.cssSelector(".keep-mine")).click();
                result(browser, "saved");
                assertEquals("ABSENT", stored(lesson).get(lesson.enrollments.get(0)), "deciding saves it");
                assertEquals(3, markHistory(lesson, lesson.enrollments.get(0)), "present, late, absent");
                assertEquals(2, markHistory(lesson, lesson.enrollments.get(1)), "present, excused");
                assertTrue(browser.driver().findElement(By.cssSelector(".lesson-heading .badge")).getAttribute("class")
                        .contains("lesson-HELD"), "the lesson's badge says it was held");
                long toggle = ((Number) browser.script("return document.querySelector('.learner-row .note summary')"
                        + ".getBoundingClientRect().height;")).longValue();
                assertTrue(toggle >= 44, "the note toggle is a touch target of 44 px, was " + toggle);
                if (screen.name.equals("de-tablet")) {
                    browser.driver().findElement(By.id("history:showHistory")).click();
                    browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("history:lines")));
                    String history = browser.driver().findElement(By.id("history:lines")).getText();
                    assertTrue(history.contains("Test " + a.trainer.user()) && history.contains("Test "
                            + a.coordinatorName), "the history names the people: " + history);
                }
            }
        }
    }

    @Test
    void aSaveWithoutNetworkGivesTheButtonBackAtOnceAndIsSentWhenTheNetworkReturns() {
        Lesson lesson = lesson("Funkloch", "Amina Haddad", "Olena Kovalenko");
        try (Browser browser = new Browser("de-DE", 390, 844)) {
            signIn(browser, a.trainer);
            open(browser, lesson);
            network(browser, false);
            browser.driver().findElement(By.id("allPresent")).click();
            long started = System.nanoTime();
            save(browser);
            String kept = result(browser, "kept");
            long millis = (System.nanoTime() - started) / 1_000_000;
            browser.screenshot("save-kept-de-phone");
            assertTrue(millis < 3000, "the answer 'not sent' came after " + millis + " ms");
            assertTrue(kept.contains("2 Einträge") && kept.contains("auf diesem Gerät"), kept);
            assertTrue(browser.driver().findElement(By.cssSelector(".save-button")).isEnabled(),
                    "the button is usable again at once");
            assertTrue(inViewport(browser, browser.driver().findElement(By.id("saveResult"))),
                    "'not sent' is on screen where the save button is");
            assertEquals(Map.of(lesson.enrollments.get(0), "", lesson.enrollments.get(1), ""), stored(lesson));

            network(browser, true);
            String saved = result(browser, "saved");
            assertTrue(saved.contains("2 Einträge"), saved);
            assertEquals(Map.of(lesson.enrollments.get(0), "PRESENT", lesson.enrollments.get(1), "PRESENT"),
                    stored(lesson), "sent by itself when the network came back");
        }
    }

    /** waits until the device keeps this lesson and the offline page, so that it opens with no network */
    private void keptOnDevice(Browser browser, Lesson lesson) {
        browser.waiting().until(d -> Boolean.TRUE.equals(browser.asyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "Promise.all([campusDevice.get('lessons', arguments[0]),"
                        + " caches.match(campusDevice.root + 'attendance/offline.xhtml'),"
                        + " navigator.serviceWorker.getRegistration()])"
                        + ".then(function (r) { done(!!r[0] && !!r[1] && !!r[2] && !!r[2].active); },"
                        + " function () { done(false); });", lesson.id)));
    }

    private void newWindow(Browser browser, boolean online) {
        browser.driver().switchTo().newWindow(WindowType.WINDOW);
        browser.fit();
        browser.offline(!online);
    }

    @Test
    void aLessonIsTakenWithNoNetworkAtAllItsMarksSurviveClosingTheWindowAndAreSentOnce() {
        Lesson lesson = lesson("Ohne Netz", "Amina Haddad", "Olena Kovalenko", "Mehmet Yılmaz", "Awet Tekle");
        long amina = lesson.enrollments.get(0);
        long olena = lesson.enrollments.get(1);
        long mehmet = lesson.enrollments.get(2);
        try (Browser browser = new Browser("de-DE", 390, 844)) {
            signIn(browser, a.trainer);
            open(browser, lesson);
            // a second visit is controlled by the service worker, and asks it to keep what the page loaded
            open(browser, lesson);
            keptOnDevice(browser, lesson);
            // the browser stays open on an empty page, as a phone's would
            browser.driver().get("about:blank");
            String first = browser.driver().getWindowHandle();

            hotspot.set(SwitchableProxy.Mode.OFFLINE);
            newWindow(browser, false);
            browser.driver().get(base + "/attendance/take.xhtml?lesson=" + lesson.id);
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".learner-row")));
            assertEquals("Anwesenheit ohne Netz", browser.driver().findElement(By.tagName("h1")).getText());
            assertTrue(inViewport(browser, browser.driver().findElements(By.cssSelector(".learner-row")).get(0)),
                    "the first learner without scrolling");
            mark(browser, amina, "PRESENT");
            mark(browser, olena, "LATE");
            mark(browser, mehmet, "ABSENT");
            save(browser);
            String kept = result(browser, "kept");
            assertTrue(kept.contains("3 Einträge"), kept);
            browser.screenshot("offline-lesson-de-phone");
            assertEquals(List.of(), de.ffit.campus.support.Axe.violations(browser.driver()), "the offline page against WCAG 2.2 A/AA");
            String offlineWindow = browser.driver().getWindowHandle();
            browser.driver().close();
            browser.driver().switchTo().window(first);

            // another window, still with no network: the marks are there, waiting to be sent
            newWindow(browser, false);
            browser.driver().get(base + "/");
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector(".agenda-item[data-lesson='" + lesson.id + "'] .waiting-count")));
            assertTrue(browser.driver().findElement(By.cssSelector(".agenda-item[data-lesson='" + lesson.id + "']"))
                    .getText().contains("3 Einträge warten"), "the start page shows what waits");
            browser.screenshot("offline-start-de-phone");
            browser.driver().get(base + "/attendance/take.xhtml?lesson=" + lesson.id);
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".learner-row")));
            browser.waiting().until(d -> "LATE".equals(checked(browser, olena)));
            assertEquals("PRESENT", checked(browser, amina));
            assertEquals("ABSENT", checked(browser, mehmet));
            assertTrue(browser.driver().findElement(By.cssSelector(".waiting-count")).getText()
                    .contains("3 Einträge warten"));
            assertFalse(offlineWindow.isEmpty());
            assertEquals("", stored(lesson).get(olena), "nothing reached the server yet");

            // meanwhile a colleague, online, marks Amina excused
            colleagueSets(lesson, amina, "EXCUSED");

            network(browser, true);
            String decide = result(browser, "decide");
            assertTrue(decide.contains("Gespeichert um") && decide.contains("2 Einträge")
                    && decide.contains("1 Person braucht"), decide);
            Map<Long, String> now = stored(lesson);
            assertEquals("LATE", now.get(olena));
            assertEquals("ABSENT", now.get(mehmet));
            assertEquals("EXCUSED", now.get(amina), "the colleague's later mark is not overwritten");
            assertEquals(1, markHistory(lesson, olena), "stored once");
            assertEquals(1, markHistory(lesson, mehmet), "stored once");
            assertEquals(1, markHistory(lesson, amina), "only the colleague's");
            browser.screenshot("offline-sent-clash-de-phone");
            row(browser, amina).findElement(By.cssSelector(".keep-mine")).click();
            result(browser, "saved");
            assertEquals("PRESENT", stored(lesson).get(amina), "decided: the trainer's mark");
            assertEquals(2, markHistory(lesson, amina));
        }
    }

    @Test
    void aSaveWhoseAnswerWasLostOnTheWayIsWrittenOnce() {
        Lesson lesson = lesson("Antwort verloren", "Amina Haddad", "Olena Kovalenko");
        try (Browser browser = new Browser("de-DE", 800, 1280)) {
            signIn(browser, a.trainer);
            open(browser, lesson);
            hotspot.set(SwitchableProxy.Mode.ANSWERS_LOST);
            browser.driver().findElement(By.id("allPresent")).click();
            save(browser);
            result(browser, "kept");
            assertTrue(hotspot.lostAnswers() > 0);
            assertEquals(Map.of(lesson.enrollments.get(0), "PRESENT", lesson.enrollments.get(1), "PRESENT"),
                    stored(lesson), "the server stored it; only its answer was lost");

            hotspot.set(SwitchableProxy.Mode.ONLINE);
            browser.offline(true);
            browser.offline(false);
            String saved = result(browser, "saved");
            assertTrue(saved.contains("2 Einträge"), saved);
            assertEquals(1, markHistory(lesson, lesson.enrollments.get(0)), "written once");
            assertEquals(1, markHistory(lesson, lesson.enrollments.get(1)), "written once");
        }
    }

    @Test
    void marksKeptOnTheDeviceSurviveRestartingTheBrowserAndAreSentAfterSigningInAgain() {
        Lesson lesson = lesson("Neustart", "Amina Haddad", "Olena Kovalenko");
        long amina = lesson.enrollments.get(0);
        java.nio.file.Path profile = Browser.newProfile();
        try {
            try (Browser browser = Browser.reopening(profile, "de-DE", 390, 844)) {
                signIn(browser, a.trainer);
                open(browser, lesson);
                keptOnDevice(browser, lesson);
                network(browser, false);
                mark(browser, amina, "EXCUSED");
                save(browser);
                result(browser, "kept");
            }
            // the browser is closed and opened again (as after restarting the phone), still with no network: its
            // session cookie is gone, the marks are not
            try (Browser browser = Browser.reopening(profile, "de-DE", 390, 844)) {
                browser.offline(true);
                browser.driver().get(base + "/attendance/take.xhtml?lesson=" + lesson.id);
                browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".learner-row")));
                browser.waiting().until(d -> "EXCUSED".equals(checked(browser, amina)));
                assertEquals("", stored(lesson).get(amina));

                network(browser, true);
                browser.waiting().until(d -> d.findElement(By.id("saveResult")).getText().contains("abgemeldet"));
                assertEquals("", stored(lesson).get(amina), "not sent without a sign-in");
                browser.screenshot("save-signed-out-de-phone");
                browser.driver().findElement(By.cssSelector("#saveResult a")).click();
                browser.driver().findElement(By.id("signIn:username")).sendKeys(a.trainer.user());
                browser.driver().findElement(By.id("signIn:password")).sendKeys(a.trainer.password());
                browser.driver().findElement(By.id("signIn:submit")).click();
                browser.waiting().until(ExpectedConditions.urlContains("/attendance/take.xhtml"));
                result(browser, "saved");
                assertEquals("EXCUSED", stored(lesson).get(amina), "sent after signing in again");
                assertEquals(1, markHistory(lesson, amina));
            }
        } finally {
            Browser.delete(profile);
        }
    }

    @Test
    void signingOutOrFourteenDaysUnusedRemoveTheDevicesCopy() {
        Lesson lesson = lesson("Geteiltes Tablet", "Amina Haddad");
        try (Browser browser = new Browser("de-DE", 800, 1280)) {
            signIn(browser, a.trainer);
            open(browser, lesson);
            open(browser, lesson);
            keptOnDevice(browser, lesson);
            // as if the device had not been used for 15 days
            browser.asyncScript("var done = arguments[arguments.length - 1];"
                    + "campusDevice.put('meta', {name: 'lastUsed', at: Date.now() - 15 * 86400000}).then(done, done);");
            hotspot.set(SwitchableProxy.Mode.OFFLINE);
            newWindow(browser, false);
            browser.driver().get(base + "/attendance/take.xhtml?lesson=" + lesson.id);
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#device-app p")));
            assertTrue(browser.driver().findElements(By.cssSelector(".learner-row")).isEmpty(),
                    "no learner's name after 14 days unused");
            assertTrue(browser.driver().findElement(By.id("device-app")).getText()
                    .contains("nicht auf diesem Gerät gespeichert"));

            network(browser, true);
            browser.driver().get(base + "/attendance/take.xhtml?lesson=" + lesson.id);
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("account:signOut")));
            keptOnDevice(browser, lesson);
            browser.driver().findElement(By.id("account:signOut")).click();
            browser.waiting().until(ExpectedConditions.urlContains("/login.xhtml"));
            Object left = browser.asyncScript("var done = arguments[arguments.length - 1];"
                    + "Promise.all([indexedDB.databases(), caches.keys()]).then(function (r) {"
                    + " done(r[0].map(function (d) { return d.name; }).concat(r[1])); });");
            assertNotNull(left);
            assertFalse(left.toString().contains("ffit-"), "after signing out the device keeps nothing: " + left);
        }
    }

    // ------------------------------------------------------------------------------------------- the endpoints

    private static String save(String key, long enrollment, String status, Long baseVersion) {
        return "{\"key\":\"" + key + "\",\"changes\":[{\"enrollmentId\":" + enrollment + ",\"status\":\"" + status
                + "\",\"baseVersion\":" + baseVersion + "}]}";
    }

    @Test
    void theDeviceEndpointsKeepOnlyWhatIsNeededAndWriteASaveSentTwiceOnce() {
        Lesson lesson = lesson("Schlüssel", "Amina Haddad", "Olena Kovalenko");
        long amina = lesson.enrollments.get(0);
        String path = "/api/attendance-device/lessons/" + lesson.id + "/saves";

        Http.Response copy = http.get(a.trainer, "/api/attendance-device/lessons");
        assertEquals(200, copy.status(), copy::toString);
        assertTrue(copy.header("Cache-Control").contains("no-store"));
        JsonObject kept = copy.json().getJsonArray("lessons").stream().map(l -> (JsonObject) l)
                .filter(l -> l.getJsonNumber("id").longValue() == lesson.id).findFirst().orElseThrow();
        Set<String> allowed = Set.of("enrollmentId", "name", "nameOriginal", "enrolledLater", "status", "note",
                "version");
        kept.getJsonArray("rows").forEach(r -> assertTrue(allowed.containsAll(((JsonObject) r).keySet()),
                "names, enrollments, marks: no more " + r));
        assertTrue(copy.json().getJsonArray("lessons").stream().map(l -> (JsonObject) l).allMatch(l ->
                !java.time.LocalDate.parse(l.getString("date")).isAfter(java.time.LocalDate.parse(
                        copy.json().getString("today")).plusDays(14))), "the next 14 days, no further");

        String key = "k" + java.util.UUID.randomUUID().toString().replace("-", "");
        Http.Response once = http.post(a.trainer, path, save(key, amina, "PRESENT", null));
        assertEquals(200, once.status(), once::toString);
        assertEquals(1, once.json().getInt("saved"));
        assertFalse(once.json().getBoolean("repeated"));
        Http.Response twice = http.post(a.trainer, path, save(key, amina, "PRESENT", null));
        assertEquals(200, twice.status(), twice::toString);
        assertTrue(twice.json().getBoolean("repeated"), twice::toString);
        assertEquals(1, twice.json().getInt("saved"), "answers as the first arrival did");
        assertEquals(0, twice.json().getJsonArray("conflicts").size());
        assertEquals(1, markHistory(lesson, amina), "one write, one history entry");

        // another save based on what the device had before: a conflict with both values and the colleague's name
        colleagueSets(lesson, amina, "LATE");
        Http.Response clash = http.post(a.trainer, path, save("k" + java.util.UUID.randomUUID().toString()
                .replace("-", ""), amina, "ABSENT", null));
        JsonObject conflict = clash.json().getJsonArray("conflicts").getJsonObject(0);
        assertEquals("ABSENT", conflict.getString("mine"));
        assertEquals("LATE", conflict.getString("theirs"));
        assertEquals("Test " + a.coordinatorName, conflict.getString("theirBy"), "the person, not the account");

        // the same key for another lesson is refused; bad input is refused in the caller's language
        Lesson other = lesson("Anderer Termin", "Rojda Aslan");
        assertEquals(409, http.post(a.trainer, "/api/attendance-device/lessons/" + other.id + "/saves",
                save(key, other.enrollments.get(0), "PRESENT", null)).status());
        Http.Response bad = http.post(a.trainer.in("de"), path, "{\"key\":\"kurz\",\"changes\":[{\"enrollmentId\":"
                + amina + ",\"status\":\"PRESENT\",\"note\":\"" + "x".repeat(501) + "\"}]}");
        assertEquals(400, bad.status(), bad::toString);
        assertTrue(bad.body().contains("key") && bad.body().contains("note"), bad::toString);
        assertEquals("LATE", stored(lesson).get(amina), "nothing half-written");

        // another organisation's trainer gets nothing; the page's session without the device header gets 401
        Fixture b = new Fixture(http, "S");
        assertEquals(404, http.post(b.trainer, path, save("k" + java.util.UUID.randomUUID().toString()
                .replace("-", ""), amina, "PRESENT", null)).status());
        assertTrue(http.get(b.trainer, "/api/attendance-device/lessons").json().getJsonArray("lessons").stream()
                .noneMatch(l -> ((JsonObject) l).getJsonNumber("id").longValue() == lesson.id));
        assertEquals(401, http.get(Http.As.NOBODY, "/api/attendance-device/lessons").status());
    }

    @Test
    void attendanceIsReadWithAnETagAndWrittenOnlyWithAFreshIfMatch() {
        Fixture b = new Fixture(http, "B");
        long cohortId = a.cohortStartedWeeksAgo("Anwesenheit " + a.run, 2, 4);
        long amina = a.learner("Amina Haddad", "أمينة حداد", "ar");
        long olena = a.learner("Olena Kovalenko", null, "uk");
        a.enrol(cohortId, amina);
        a.enrol(cohortId, olena);
        long lessonId = http.get(a.coordinator, "/api/cohorts/" + cohortId + "/lessons").array().getJsonObject(0)
                .getJsonNumber("id").longValue();
        String path = "/api/lessons/" + lessonId + "/attendance";

        Response read = http.get(a.trainer, path);
        assertEquals(200, read.status(), read::toString);
        String etag = read.header("ETag");
        assertNotNull(etag);
        JsonObject sheet = read.json();
        assertEquals(etag, "\"" + sheet.getString("version") + "\"");
        assertEquals(2, sheet.getJsonArray("records").size());
        long aminaEnrollment = sheet.getJsonArray("records").stream().map(r -> (JsonObject) r)
                .filter(r -> r.getJsonNumber("learnerId").longValue() == amina).findFirst().orElseThrow()
                .getJsonNumber("enrollmentId").longValue();

        String body = "{\"records\":[{\"enrollmentId\":" + aminaEnrollment + ",\"learnerId\":" + amina
                + ",\"status\":\"LATE\",\"note\":\"Bus\"}]}";
        Response written = http.send(a.trainer.withHeader("If-Match", etag), "PUT", path, body);
        assertEquals(200, written.status(), written::toString);
        assertNotEquals(etag, written.header("ETag"));
        assertEquals("HELD", written.json().getString("state"));

        Response stale = http.send(a.trainer.withHeader("If-Match", etag), "PUT", path, body);
        assertProblem(stale, 412);
        assertProblem(http.put(a.trainer, path, "{\"records\":[]}"), 428);

        String fresh = written.header("ETag");
        assertProblem(http.send(a.trainer.withHeader("If-Match", fresh), "PUT", path,
                "{\"records\":[{\"enrollmentId\":" + aminaEnrollment + ",\"status\":\"SLEEPING\"}]}"), 400);
        Response stranger = http.send(a.trainer.withHeader("If-Match", fresh), "PUT", path,
                "{\"records\":[{\"enrollmentId\":999999999,\"status\":\"PRESENT\"}]}");
        assertProblem(stranger, 400);
        assertEquals("records[0].enrollmentId", stranger.json().getJsonArray("errors").getJsonObject(0)
                .getString("field"));
        assertEquals(fresh, http.get(a.trainer, path).header("ETag"), "nothing changed");

        assertProblem(http.get(b.coordinator, path), 404);
        assertProblem(http.send(b.coordinator.withHeader("If-Match", fresh), "PUT", path, body), 404);

        // the admin's audit log has the change, who made it, and the values; nobody else reads the log
        String trainerName = ("t-" + a.run).toLowerCase();
        Response log = http.get(Fixture.ADMIN, "/api/audit?organisationId=" + a.organisationId + "&actor="
                + trainerName.toUpperCase());
        assertEquals(200, log.status(), log::toString);
        JsonObject late = log.array().stream().map(e -> (JsonObject) e)
                .filter(e -> e.getString("subjectType").equals("Attendance")
                        && e.getJsonNumber("subjectId").longValue() == aminaEnrollment).findFirst()
                .orElseThrow(() -> new AssertionError(log.body()));
        assertEquals(trainerName, late.getString("actor"));
        assertTrue(late.getString("after").contains("LATE"), late::toString);
        assertEquals(0, http.get(Fixture.ADMIN, "/api/audit?organisationId=" + b.organisationId + "&actor="
                + trainerName).array().size(), "another organisation's log");
        assertProblem(http.get(a.coordinator, "/api/audit"), 404);
        assertProblem(http.get(Fixture.ADMIN, "/api/audit?from=2026-02-01&to=2026-01-01"), 400);

        // everything stored about Amina, for her to take away: her marks and the changes to them, no PIN hash
        Response mine = http.get(a.coordinator, "/api/learners/" + amina + "/personal-data");
        assertEquals(200, mine.status(), mine::toString);
        JsonObject data = mine.json();
        assertEquals("أمينة حداد", data.getJsonObject("learner").getString("nameOriginal"));
        assertFalse(data.getJsonObject("learner").containsKey("pinHash"), data::toString);
        assertEquals("Anwesenheit " + a.run, data.getJsonArray("enrollments").getJsonObject(0).getString("cohort"));
        JsonObject mark = data.getJsonArray("attendance").getJsonObject(0);
        assertEquals("LATE", mark.getString("status"));
        assertEquals("Bus", mark.getString("note"));
        assertFalse(data.getJsonArray("changes").isEmpty(), "the audit trail of her marks");
        assertFalse(mine.body().contains("Olena"), "nobody else's data");
        assertProblem(http.get(a.trainer, "/api/learners/" + amina + "/personal-data"), 404);
        assertProblem(http.get(b.coordinator, "/api/learners/" + amina + "/personal-data"), 404);
        Response history = http.get(a.coordinator, path + "/history");
        assertEquals(200, history.status());
        List<JsonObject> marks = history.array().stream().map(e -> (JsonObject) e)
                .filter(e -> e.getString("subject").equals("Attendance")).toList();
        assertEquals(1, marks.size(), history::body);
        assertTrue(marks.get(0).getString("after").contains("LATE"), history.body());
        assertEquals(a.trainer.user(), marks.get(0).getString("by"));
        assertTrue(history.body().contains("HELD"), "the lesson became held: " + history.body());
    }

    private WebClient client(String acceptLanguage) {
        return PlainBrowser.speaking(acceptLanguage);
    }

    private HtmlPage signIn(WebClient client, String path, Http.As who) throws Exception {
        HtmlPage login = client.getPage(base + path);
        login.<org.htmlunit.html.HtmlInput>getHtmlElementById("signIn:username").setValue(who.user());
        login.<org.htmlunit.html.HtmlInput>getHtmlElementById("signIn:password").setValue(who.password());
        return login.<org.htmlunit.html.HtmlSubmitInput>getHtmlElementById("signIn:submit").click();
    }

    @Test
    void theAttendanceExportAndTheSignInSheetAreRealFiles() throws Exception {
        long cohortId = a.cohortStartedWeeksAgo("Export " + a.run, 2, 4);
        a.enrol(cohortId, a.learner("Jürgen Groß", null, "de"));
        a.enrol(cohortId, a.learner("=Formel Test", "أمينة حداد", "ar"));
        long lessonId = http.get(a.coordinator, "/api/cohorts/" + cohortId + "/lessons").array().getJsonObject(0)
                .getJsonNumber("id").longValue();
        try (WebClient client = client("de")) {
            signIn(client, "/login.xhtml", a.coordinator);
            HtmlPage grid = client.getPage(base + "/cohorts/attendance.xhtml?id=" + cohortId);
            org.htmlunit.Page csv = grid.<org.htmlunit.html.HtmlSubmitInput>getHtmlElementById("export:csv").click();
            org.htmlunit.WebResponse response = csv.getWebResponse();
            assertTrue(response.getContentType().contains("csv"), response.getContentType());
            assertTrue(response.getResponseHeaderValue("Content-Disposition").startsWith("attachment"));
            byte[] bytes = response.getContentAsStream().readAllBytes();
            assertEquals(0xEF, bytes[0] & 0xFF, "UTF-8 byte-order mark for Excel");
            String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(text.contains("\"Jürgen Groß\""), text);
            assertTrue(text.contains("\"'=Formel Test\""), "formula neutralised: " + text);
            assertTrue(text.contains("أمينة حداد"), text);

            HtmlPage take = client.getPage(base + "/attendance/take.xhtml?lesson=" + lessonId);
            org.htmlunit.Page pdf = take.<org.htmlunit.html.HtmlSubmitInput>getHtmlElementById("sheetPdf:download")
                    .click();
            assertEquals("application/pdf", pdf.getWebResponse().getContentType());
            com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(
                    pdf.getWebResponse().getContentAsStream().readAllBytes());
            String sheet = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
            assertTrue(sheet.contains("Anwesenheitsliste") && sheet.contains("Jürgen Groß")
                    && sheet.contains("Unterschrift"), sheet);
        }
    }

    @Test
    void aTrainerMarksSavesReloadsAndSeesTheMarksAlsoInArabic() {
        long cohortId = a.cohortStartedWeeksAgo("Anwesenheit " + a.run, 1, 4);
        a.enrol(cohortId, a.learner("Amina Haddad", "أمينة حداد", "ar"));
        a.enrol(cohortId, a.learner("Olena Kovalenko", "Олена Коваленко", "uk"));
        a.enrol(cohortId, a.learner("Mehmet Yılmaz", null, "tr"));
        long lessonId = http.get(a.coordinator, "/api/cohorts/" + cohortId + "/lessons").array().getJsonObject(0)
                .getJsonNumber("id").longValue();
        try (Browser browser = new Browser("de-DE", 800, 1280)) {
            WebDriver driver = browser.driver();
            signIn(browser, a.trainer);
            driver.get(base + "/attendance/take.xhtml?lesson=" + lessonId);
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("allPresent")));
            driver.findElement(By.id("allPresent")).click();
            WebElement olena = driver.findElement(By.xpath("//li[contains(@class,'learner-row')]"
                    + "[.//*[@class='name' and text()='Olena Kovalenko']]"));
            olena.findElement(By.xpath(".//label[contains(., 'Verspätet')]")).click();
            olena.findElement(By.tagName("summary")).click();
            olena.findElement(By.cssSelector("input.note-input")).sendKeys("Bus kam zu spät");
            assertEquals(Boolean.TRUE, browser.script("return campusAttendance.isDirty();"));
            long targetHeight = ((Number) browser.script("return document.querySelector('.status-choice label')"
                    + ".getBoundingClientRect().height;")).longValue();
            assertTrue(targetHeight >= 44, "touch targets of at least 44 px, was " + targetHeight);
            browser.screenshot("take-attendance-de-tablet");
            driver.findElement(By.id("sheet:save")).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("saveResult"),
                    "3 Einträge."));
            assertEquals(Boolean.FALSE, browser.script("return campusAttendance.isDirty();"));

            driver.navigate().refresh();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("allPresent")));
            WebElement reloaded = driver.findElement(By.xpath("//li[contains(@class,'learner-row')]"
                    + "[.//*[@class='name' and text()='Olena Kovalenko']]"));
            assertEquals("LATE", reloaded.findElement(By.cssSelector("input[type=radio]:checked"))
                    .getAttribute("value"));
            assertEquals("Bus kam zu spät", reloaded.findElement(By.cssSelector("input.note-input"))
                    .getAttribute("value"));
            assertEquals(3, driver.findElements(By.cssSelector(".status-choice input[value=PRESENT]:checked")).size()
                    + driver.findElements(By.cssSelector(".status-choice input[value=LATE]:checked")).size());

            driver.findElement(By.cssSelector("#language a[lang='ar']")).click();
            browser.waiting().until(ExpectedConditions.attributeToBe(By.tagName("html"), "dir", "rtl"));
            WebElement row = driver.findElement(By.cssSelector(".learner-row"));
            WebElement name = row.findElement(By.cssSelector(".name"));
            WebElement choices = row.findElement(By.cssSelector(".status-choice"));
            assertTrue(name.getRect().getX() + name.getRect().getWidth() > choices.getRect().getX()
                    + choices.getRect().getWidth() - 2, "in Arabic the name starts on the right");
            browser.screenshot("take-attendance-ar-tablet");
        }
        try (Browser phone = new Browser("ar", 390, 844)) {
            signIn(phone, a.trainer);
            phone.driver().get(base + "/attendance/take.xhtml?lesson=" + lessonId);
            phone.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("allPresent")));
            assertEquals("rtl", phone.driver().findElement(By.tagName("html")).getAttribute("dir"));
            Number overflow = (Number) phone.script("return document.documentElement.scrollWidth - window.innerWidth;");
            assertTrue(overflow.intValue() <= 0, "no sideways scrolling on a phone, overflow " + overflow);
            phone.screenshot("take-attendance-ar-phone");
        }
    }

    @Test
    void aSecondSaveFromTheSamePageKeepsAColleaguesMarkMadeInBetween() {
        long cohortId = a.cohortStartedWeeksAgo("Zwei Trainer " + a.run, 1, 4);
        long amina = a.learner("Amina Haddad", "أمينة حداد", "ar");
        a.enrol(cohortId, amina);
        a.enrol(cohortId, a.learner("Olena Kovalenko", null, "uk"));
        long lessonId = http.get(a.coordinator, "/api/cohorts/" + cohortId + "/lessons").array().getJsonObject(0)
                .getJsonNumber("id").longValue();
        String path = "/api/lessons/" + lessonId + "/attendance";
        try (Browser browser = new Browser("de-DE", 800, 1280)) {
            WebDriver driver = browser.driver();
            signIn(browser, a.trainer);
            driver.get(base + "/attendance/take.xhtml?lesson=" + lessonId);
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("allPresent")));
            driver.findElement(By.id("allPresent")).click();
            driver.findElement(By.id("sheet:save")).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("saveResult"),
                    "2 Einträge."));

            // a colleague (through the API) marks Amina late meanwhile
            Http.Response sheet = http.get(a.coordinator, path);
            long aminaEnrollment = sheet.json().getJsonArray("records").stream().map(r -> (jakarta.json.JsonObject) r)
                    .filter(r -> r.getJsonNumber("learnerId").longValue() == amina).findFirst().orElseThrow()
                    .getJsonNumber("enrollmentId").longValue();
            assertEquals(200, http.send(a.coordinator.withHeader("If-Match", sheet.header("ETag")), "PUT", path,
                    "{\"records\":[{\"enrollmentId\":" + aminaEnrollment + ",\"status\":\"LATE\"}]}").status());

            // the trainer, on the same open page, changes Olena's note and saves again
            WebElement olena = driver.findElement(By.xpath("//li[contains(@class,'learner-row')]"
                    + "[.//*[@class='name' and text()='Olena Kovalenko']]"));
            olena.findElement(By.tagName("summary")).click();
            olena.findElement(By.cssSelector("input.note-input")).sendKeys("Handy vergessen");
            driver.findElement(By.id("sheet:save")).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("saveResult"),
                    ": 1 Eintrag."));
        }
        var records = http.get(a.coordinator, path).json().getJsonArray("records");
        var byLearner = records.stream().map(r -> (jakarta.json.JsonObject) r).collect(java.util.stream.Collectors
                .toMap(r -> r.getJsonNumber("learnerId").longValue(), r -> r.getString("status")));
        assertEquals("LATE", byLearner.get(amina), "the colleague's mark is not overwritten by the page's old value");
    }

    /** The page's save no longer depends on its Faces view: a view the server dropped during a long lesson. */
    @Test
    void marksSavedAfterThePagesViewExpiredAreNotLost() {
        long cohortId = a.cohortStartedWeeksAgo("Lange Stunde " + a.run, 1, 4);
        a.enrol(cohortId, a.learner("Awet Tekle", "ኣወት ተኽለ", "ti"));
        long lessonId = http.get(a.coordinator, "/api/cohorts/" + cohortId + "/lessons").array().getJsonObject(0)
                .getJsonNumber("id").longValue();
        try (Browser browser = new Browser("de-DE", 800, 1280)) {
            WebDriver driver = browser.driver();
            signIn(browser, a.trainer);
            driver.get(base + "/attendance/take.xhtml?lesson=" + lessonId);
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("allPresent")));
            driver.findElement(By.xpath("//label[contains(., 'Entschuldigt')]")).click();
            // as if the server had dropped this page's view during a long lesson
            browser.script("document.querySelectorAll('#sheet input[name=\"jakarta.faces.ViewState\"]')"
                    + ".forEach(function (i) { i.value = '-4711:-4711'; });");
            // and the tab is reloaded before saving: the mark is still there (kept on the device as a draft)
            driver.navigate().refresh();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("restored")));
            assertEquals("EXCUSED", driver.findElement(By.cssSelector(".status-choice input:checked"))
                    .getAttribute("value"), "the unsaved mark is back after the reload");
            browser.script("document.querySelectorAll('#sheet input[name=\"jakarta.faces.ViewState\"]')"
                    + ".forEach(function (i) { i.value = '-4711:-4711'; });");
            driver.findElement(By.id("sheet:save")).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("saveResult"),
                    ": 1 Eintrag."));
        }
        var records = http.get(a.coordinator, "/api/lessons/" + lessonId + "/attendance").json()
                .getJsonArray("records");
        assertEquals("EXCUSED", records.getJsonObject(0).getString("status"));
    }

    /** Headless Chromium shows no leave-page dialog, so the test asks the page what the browser would ask it. */
    private static boolean wouldAskBeforeLeaving(Browser browser) {
        return (Boolean) browser.script("var e = new Event('beforeunload', {cancelable: true});"
                + " window.dispatchEvent(e); return e.defaultPrevented;");
    }

    @Test
    void leavingWithUnsavedMarksAsksFirst() {
        long cohortId = a.cohortStartedWeeksAgo("Verlassen " + a.run, 1, 4);
        a.enrol(cohortId, a.learner("Rojda Aslan", null, "kmr"));
        long lessonId = http.get(a.coordinator, "/api/cohorts/" + cohortId + "/lessons").array().getJsonObject(0)
                .getJsonNumber("id").longValue();
        try (Browser browser = new Browser("de-DE", 800, 1280)) {
            WebDriver driver = browser.driver();
            signIn(browser, a.trainer);
            driver.get(base + "/attendance/take.xhtml?lesson=" + lessonId);
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("allPresent")));
            assertFalse(wouldAskBeforeLeaving(browser), "nothing entered yet");
            driver.findElement(By.xpath("//label[contains(., 'Abwesend')]")).click();
            assertTrue(wouldAskBeforeLeaving(browser), "an unsaved mark");
            driver.findElement(By.id("sheet:save")).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("saveResult"),
                    "Gespeichert"));
            assertFalse(wouldAskBeforeLeaving(browser), "saved");
        }
    }
}
