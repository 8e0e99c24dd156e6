package de.ffit.campus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ffit.campus.support.Axe;
import de.ffit.campus.support.Browser;
import de.ffit.campus.support.Fixture;
import de.ffit.campus.support.PlainBrowser;
import de.ffit.campus.support.Http;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.http.Cookie;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The pages as people use them: sign-in and its protections (HtmlUnit, quick, no JavaScript needed), scoping
 * through URLs, generic error pages, and a coordinator's real work in headless Chromium, in German and Arabic.
 */
@ExtendWith(ArquillianExtension.class)
class PagesIT {

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
        a = new Fixture(http, "P");
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
    void theSignInPageSpeaksTheBrowsersLanguageRightToLeftForArabic() throws Exception {
        try (WebClient german = client("de-DE,de;q=0.9,en;q=0.5")) {
            HtmlPage page = german.getPage(base + "/login.xhtml");
            assertEquals("de", page.getDocumentElement().getAttribute("lang"));
            assertEquals("ltr", page.getDocumentElement().getAttribute("dir"));
            assertEquals("Anmelden", page.getElementsByTagName("h1").get(0).getTextContent().strip());
        }
        try (WebClient arabic = client("ar-SY,ar;q=0.9")) {
            HtmlPage page = arabic.getPage(base + "/login.xhtml");
            assertEquals("ar", page.getDocumentElement().getAttribute("lang"));
            assertEquals("rtl", page.getDocumentElement().getAttribute("dir"));
            String heading = page.getElementsByTagName("h1").get(0).getTextContent().strip();
            assertTrue(heading.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC),
                    heading);
        }
        try (WebClient unknown = client("ja")) {
            HtmlPage page = unknown.getPage(base + "/login.xhtml");
            assertEquals("de", page.getDocumentElement().getAttribute("lang"), "the configured default");
        }
    }

    @Test
    void aProtectedPageLeadsToSignInAndBackWithANewSessionId() throws Exception {
        try (WebClient client = client("de")) {
            HtmlPage login = client.getPage(base + "/cohorts/index.xhtml");
            assertTrue(login.getUrl().toString().contains("/login.xhtml?next="), login.getUrl().toString());
            Cookie before = client.getCookieManager().getCookie("JSESSIONID");
            assertNotNull(before, "the sign-in page has a session for its form");
            login.<org.htmlunit.html.HtmlInput>getHtmlElementById("signIn:username").setValue(a.coordinatorName);
            login.<org.htmlunit.html.HtmlInput>getHtmlElementById("signIn:password").setValue(Fixture.PASSWORD);
            HtmlPage cohorts = login.<org.htmlunit.html.HtmlSubmitInput>getHtmlElementById("signIn:submit").click();
            assertTrue(cohorts.getUrl().getPath().endsWith("/cohorts/index.xhtml"), cohorts.getUrl().toString());
            Cookie after = client.getCookieManager().getCookie("JSESSIONID");
            assertNotEquals(before.getValue(), after.getValue(), "session fixation: the id must change");
            assertTrue(after.isHttpOnly());
        }
    }

    @Test
    void aDeactivatedAccountIsSignedOutAtItsNextClick() throws Exception {
        String user = ("d-" + a.run).toLowerCase();
        long id = a.account(user, "COORDINATOR");
        try (WebClient client = client("de")) {
            HtmlPage home = signIn(client, "/login.xhtml", Http.as(user, Fixture.PASSWORD));
            assertTrue(home.getUrl().getPath().endsWith("/index.xhtml"), home.getUrl().toString());
            var account = http.get(Fixture.ADMIN, "/api/accounts/" + id).json();
            var deactivated = http.put(Fixture.ADMIN, "/api/accounts/" + id, "{\"organisationId\":"
                    + a.organisationId + ",\"username\":\"" + user + "\",\"displayName\":\"D\","
                    + "\"role\":\"COORDINATOR\",\"active\":false,\"version\":" + account.getJsonNumber("version")
                    + "}");
            assertEquals(200, deactivated.status(), deactivated::toString);
            HtmlPage next = client.getPage(base + "/learners/index.xhtml");
            assertTrue(next.getUrl().toString().contains("/login.xhtml"), next.getUrl().toString());
        }
    }

    @Test
    void aWrongPasswordIsToldPlainlyAndTheSessionCookieIsProtected() throws Exception {
        try (WebClient client = client("de")) {
            HtmlPage failed = signIn(client, "/login.xhtml", Http.as(a.coordinatorName, "falsch-falsch"));
            assertTrue(failed.asNormalizedText().contains("Benutzername oder Passwort ist nicht richtig."),
                    failed.asNormalizedText());
            assertEquals(a.coordinatorName, failed.<org.htmlunit.html.HtmlInput>getHtmlElementById("signIn:username")
                    .getValue(), "what the user typed stays");
        }
        HttpResponse<String> page = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base + "/login.xhtml")).build(), HttpResponse.BodyHandlers.ofString());
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID"))
                .findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
        assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElse(""));
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
    }

    @Test
    void anotherOrganisationsPagesAndForbiddenPagesAnswerNotFound() throws Exception {
        long cohortId = a.cohort("Geheim " + a.run, 1);
        long lessonId = http.get(a.coordinator, "/api/cohorts/" + cohortId + "/lessons").array().getJsonObject(0)
                .getJsonNumber("id").longValue();
        Fixture b = new Fixture(http, "Q");
        try (WebClient client = client("de")) {
            signIn(client, "/login.xhtml", b.coordinator);
            for (String path : List.of("/cohorts/view.xhtml?id=" + cohortId, "/cohorts/lessons.xhtml?id=" + cohortId,
                    "/cohorts/enrollments.xhtml?id=" + cohortId, "/courses/plan.xhtml?id=" + a.courseId,
                    "/cohorts/attendance.xhtml?id=" + cohortId, "/attendance/take.xhtml?lesson=" + lessonId,
                    "/cohorts/view.xhtml?id=abc", "/cohorts/view.xhtml?id=-1", "/learners/edit.xhtml?id=99999999",
                    "/admin/accounts.xhtml", "/no-such-page.xhtml")) {
                HtmlPage page = client.getPage(base + path);
                assertEquals(404, page.getWebResponse().getStatusCode(), path);
                String text = page.asNormalizedText();
                assertFalse(text.contains("Geheim"), path + ": " + text);
                assertTrue(text.contains("Seite nicht gefunden"), path + ": " + text);
            }
        }
        try (WebClient client = client("de")) {
            signIn(client, "/login.xhtml", a.trainer);
            HtmlPage courses = client.getPage(base + "/courses/index.xhtml");
            assertEquals(404, courses.getWebResponse().getStatusCode(), "a trainer's 403 looks like a 404");
            HtmlPage taught = client.getPage(base + "/cohorts/view.xhtml?id=" + cohortId);
            assertEquals(200, taught.getWebResponse().getStatusCode());
            assertTrue(taught.asNormalizedText().contains("Geheim " + a.run));
            assertTrue(taught.getElementById("cohort") == null, "trainers get no edit form");
        }
    }

    @Test
    void aFormPostedAfterItsPageExpiredGetsAClearPageWithoutInternals() throws Exception {
        try (WebClient client = client("en")) {
            signIn(client, "/login.xhtml", a.coordinator);
            org.htmlunit.WebRequest post = new org.htmlunit.WebRequest(new URL(base + "/cohorts/new.xhtml"),
                    org.htmlunit.HttpMethod.POST);
            post.setRequestParameters(List.of(new org.htmlunit.util.NameValuePair("cohort", "cohort"),
                    new org.htmlunit.util.NameValuePair("cohort:name", "Nie gespeichert"),
                    new org.htmlunit.util.NameValuePair("cohort:create", ""),
                    new org.htmlunit.util.NameValuePair("jakarta.faces.ViewState", "-1:-1")));
            HtmlPage page = client.getPage(post);
            String text = page.asNormalizedText();
            assertTrue(text.contains("This page has expired"), text);
            assertFalse(text.contains("Exception") || text.contains("at de.ffit") || text.contains("at jakarta."),
                    text);
        }
        assertTrue(http.get(a.coordinator, "/api/cohorts").array().isEmpty(), "nothing was saved");
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

    // ---- in a real browser

    private void signIn(Browser browser, Http.As who) {
        browser.signIn(base, who);
    }

    private void choose(Browser browser, String selectOneMenuId, long value) {
        browser.script("PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);", selectOneMenuId,
                String.valueOf(value));
    }

    @Test
    void aCoordinatorCreatesACohortEnrolsALearnerAndSwitchesToArabic() {
        long learnerId = a.learner("Tesfay Gebremedhin", "ተስፋይ ገብረመድህን", "ti");
        String learnerCode = http.get(a.coordinator, "/api/learners/" + learnerId).json().getString("code");
        try (Browser browser = new Browser("de-DE", 1280, 900)) {
            WebDriver driver = browser.driver();
            signIn(browser, a.coordinator);
            driver.findElement(By.id("nav-cohorts")).click();
            driver.findElement(By.id("newCohort")).click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("cohort:name")));
            driver.findElement(By.id("cohort:name")).sendKeys("Browser-Kurs " + a.run);
            choose(browser, "cohort:location", a.locationId);
            driver.findElement(By.cssSelector("label[for='cohort:trainers:0']")).click();
            browser.screenshot("new-cohort-de");
            driver.findElement(By.id("cohort:create")).click();
            browser.waiting().until(ExpectedConditions.urlContains("/cohorts/view.xhtml"));
            String overview = driver.findElement(By.tagName("main")).getText();
            assertTrue(overview.contains("Browser-Kurs " + a.run), overview);
            assertTrue(overview.contains("mit 16 Terminen angelegt"), overview);

            driver.findElement(By.id("tab-enrollments")).click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("enrol:query")));
            driver.findElement(By.id("enrol:query")).sendKeys(learnerCode.toLowerCase());
            driver.findElement(By.id("enrol:search")).click();
            WebElement candidate = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
                    By.xpath("//*[@id='enrol:candidates']//tr[contains(., 'Tesfay Gebremedhin')]//button")));
            candidate.click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("enrollments:table"),
                    "Tesfay Gebremedhin"));
            assertTrue(driver.findElement(By.id("enrollments:table")).getText().contains("Teilnehmend"));
            browser.screenshot("cohort-enrollments-de");

            driver.findElement(By.cssSelector("#language a[lang='ar']")).click();
            browser.waiting().until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "ar"));
            assertEquals("rtl", driver.findElement(By.tagName("html")).getAttribute("dir"));
            assertEquals("rtl", browser.script("return getComputedStyle(document.body).direction;"));
            WebElement table = driver.findElement(By.id("enrollments:table"));
            assertTrue(table.getText().contains("Tesfay Gebremedhin"), "same data, other language");
            long navLeft = ((Number) browser.script(
                    "return document.querySelector('.brand').getBoundingClientRect().left;")).longValue();
            assertTrue(navLeft > 640, "in Arabic the brand sits on the right, was at x=" + navLeft);
            browser.screenshot("cohort-enrollments-ar");
        }
        JsonObject listed = http.get(a.coordinator, "/api/cohorts").array().getJsonObject(0);
        assertEquals(1, listed.getInt("participants"));
        assertEquals(1, listed.getInt("enrolled"), "still enrolled");
    }

    /**
     * Issue 21, finding 7, in Chromium: a search that matches 23 learners says that 20 of 23 are shown, "show more"
     * brings the other 3; a learner already in a running cohort is marked with its name, in German and in Arabic. The
     * cohort list counts the running cohort's learner as its overview does.
     */
    @Test
    void theEnrolmentSearchSaysHowManyMatchedShowsMoreAndWarnsOfAnotherRunningCohort() {
        long running = a.cohortStartedWeeksAgo("Läuft " + a.run, 2, 4);
        long planned = a.cohort("Später " + a.run, 4);
        List<Long> found = new java.util.ArrayList<>();
        for (int i = 1; i <= 23; i++) {
            found.add(a.learner("Seitenprobe " + a.run + " " + (i < 10 ? "0" : "") + i, null, "ar"));
        }
        a.enrol(running, found.get(0));
        try (Browser browser = new Browser("de-DE", 1280, 900)) {
            WebDriver driver = browser.driver();
            signIn(browser, a.coordinator);
            driver.get(base + "/cohorts/enrollments.xhtml?id=" + planned);
            search(browser, "Seitenprobe " + a.run);
            assertEquals("Angezeigt: 20 von 23 gefundenen Teilnehmenden.", driver.findElement(By.id("matches"))
                    .getText());
            assertEquals(20, candidates(driver).size());
            WebElement first = candidates(driver).get(0);
            assertTrue(first.getText().contains("Schon in einem laufenden Kurs: Läuft " + a.run), first.getText());
            assertFalse(candidates(driver).get(1).getText().contains("laufenden Kurs"));
            browser.screenshot("enrolment-search-de");
            driver.findElement(By.id("enrol:more")).click();
            browser.waiting().until(d -> candidates(d).size() == 23);
            assertEquals("Angezeigt: 23 von 23 gefundenen Teilnehmenden.", driver.findElement(By.id("matches"))
                    .getText());
            assertTrue(driver.findElements(By.id("enrol:more")).isEmpty(), "nothing more to show");

            driver.findElement(By.cssSelector("#language a[lang='ar']")).click();
            browser.waiting().until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "ar"));
            search(browser, "Seitenprobe " + a.run);
            assertTrue(candidates(driver).get(0).getText().contains("مسجّل بالفعل في دورة جارية"),
                    candidates(driver).get(0).getText());
            assertTrue(driver.findElement(By.id("matches")).getText().contains("٢٣"),
                    driver.findElement(By.id("matches")).getText());
            browser.screenshot("enrolment-search-ar");

            driver.get(base + "/cohorts/index.xhtml");
            WebElement row = driver.findElement(By.xpath("//*[@id='cohorts']//tr[contains(., 'Läuft " + a.run
                    + "')]"));
            assertTrue(row.getText().contains("١"), "one learner, in Arabic digits: " + row.getText());
            driver.get(base + "/cohorts/view.xhtml?id=" + running);
            assertTrue(driver.findElement(By.id("participants")).getText().startsWith("١"),
                    driver.findElement(By.id("participants")).getText());
            browser.screenshot("cohort-overview-ar");
        }
    }

    private static void search(Browser browser, String query) {
        WebDriver driver = browser.driver();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("enrol:query")));
        driver.findElement(By.id("enrol:query")).clear();
        driver.findElement(By.id("enrol:query")).sendKeys(query);
        driver.findElement(By.id("enrol:search")).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("matches")));
    }

    private static List<WebElement> candidates(WebDriver driver) {
        return driver.findElements(By.cssSelector("[id='enrol:candidates'] tbody tr"));
    }

    @Test
    void aDialogOpenedAfterARefusedOneShowsTheRecordItWasOpenedFor() {
        http.post(a.coordinator, "/api/locations", "{\"name\":\"Bildungsraum\",\"address\":\"Wertachstraße 29\","
                + "\"kind\":\"CLASSROOM\"}");
        try (Browser browser = new Browser("de-DE", 1280, 900)) {
            WebDriver driver = browser.driver();
            signIn(browser, a.coordinator);
            driver.get(base + "/locations/index.xhtml");
            driver.findElement(By.id("locations:add")).click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("form:address")));
            driver.findElement(By.id("form:address")).sendKeys("Eingetippt, aber nicht gespeichert");
            driver.findElement(By.id("form:save")).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("form"),
                    "Bitte ausfüllen"));
            browser.script("PF('dialog').hide();");
            WebElement editBildungsraum = driver.findElement(
                    By.xpath("//*[@id='locations:table']//tr[contains(., 'Bildungsraum')]//button[1]"));
            editBildungsraum.click();
            browser.waiting().until(ExpectedConditions.attributeToBe(By.id("form:name"), "value", "Bildungsraum"));
            assertEquals("Wertachstraße 29", driver.findElement(By.id("form:address")).getAttribute("value"));
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

    @Test
    void aCoordinatorPrintsACohortAndGetsOnePdfWithOnePagePerGraduate() throws Exception {
        long cohortId = a.cohortStartedWeeksAgo("Zeugnisse " + a.run, 2, 4);
        List<String> names = List.of("Amina Haddad", "Olena Kovalenko", "Tesfay Gebremedhin");
        List<String> originals = List.of("أمينة حداد", "Олена Коваленко", "ተስፋይ ገብረመድህን");
        List<String> languages = List.of("ar", "uk", "ti");
        for (int i = 0; i < names.size(); i++) {
            long enrollment = a.enrol(cohortId, a.learner(names.get(i), originals.get(i), languages.get(i)));
            assertEquals(201, http.post(a.coordinator, "/api/enrollments/" + enrollment + "/certificate",
                    "{\"overrideReason\":\"Test\"}").status());
        }
        a.enrol(cohortId, a.learner("Noch Nicht", null, "de"));
        byte[] pdf;
        String href;
        try (Browser browser = new Browser("de-DE", 1280, 900)) {
            WebDriver driver = browser.driver();
            signIn(browser, a.coordinator);
            driver.get(base + "/cohorts/certificates.xhtml?id=" + cohortId);
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("print:printPdf")));
            assertTrue(driver.findElement(By.id("print")).getText().contains("3 gültige Zertifikate"));
            driver.findElement(By.id("print:printPdf")).click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("job-PDF")));
            driver.navigate().refresh();   // the job is found again after a reload
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("download-PDF")));
            assertTrue(driver.findElement(By.id("job-PDF")).getText().contains("3 / 3"));
            browser.screenshot("certificates-print-de");
            href = driver.findElement(By.id("download-PDF")).getAttribute("href");
            String session = driver.manage().getCookieNamed("JSESSIONID").getValue();
            java.net.http.HttpResponse<byte[]> file = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(href))
                            .header("Cookie", "JSESSIONID=" + session).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, file.statusCode());
            pdf = file.body();
        }
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertEquals(3, document.getNumberOfPages(), "one page per certificate, none for the learner without");
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            for (String name : names) {
                assertTrue(text.contains(name), name);
            }
        }
        // without the coordinator's session the print is not handed out: the sign-in page instead
        java.net.http.HttpResponse<String> anonymous = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(href)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertTrue(anonymous.statusCode() == 302 || anonymous.statusCode() == 303, "" + anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Location").orElse("").contains("login.xhtml"));
    }

    /**
     * Issue 21: the certificates tab of a cohort that still runs says so, offers no plain "Ausstellen", and issues
     * only through the secondary action that asks for the reason, which the row then shows. The verify page takes
     * the serial and the short code as typed. Both pages axe-clean in German and Arabic, with screenshots.
     */
    @Test
    void aRunningCohortsCertificatesAreIssuedOnlyWithAVisibleReasonAndVerifiedByTyping() throws Exception {
        long cohortId = a.cohortStartedWeeksAgo("Zertifikate laufend " + a.run, 2, 6);
        long zora = a.enrol(cohortId, a.learner("Zora Früh", "زهراء", "ar"));
        long anna = a.enrol(cohortId, a.learner("Anna Weg", null, "de"));
        assertEquals(200, http.post(a.coordinator, "/api/enrollments/" + anna + "/withdraw", "{}").status());
        List<String> found = new java.util.ArrayList<>();
        String serial;
        try (Browser browser = new Browser("de-DE", 1280, 900)) {
            WebDriver driver = browser.driver();
            signIn(browser, a.coordinator);
            driver.get(base + "/cohorts/certificates.xhtml?id=" + cohortId);
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("running")));
            assertTrue(driver.findElement(By.id("running")).getText().contains("schriftliche Begründung"));
            assertTrue(driver.findElements(By.id("print:issueAll")).isEmpty(), "no issue for all while it runs");
            List<WebElement> rows = driver.findElements(By.cssSelector("#learners tbody tr"));
            assertEquals("learner-" + zora, rows.get(0).getAttribute("id"), "on track before withdrawn");
            assertEquals("learner-" + anna, rows.get(1).getAttribute("id"));
            WebElement row = rows.get(0);
            assertTrue(row.findElements(By.cssSelector("button.primary")).isEmpty(), "no primary issue button");
            WebElement withReason = row.findElement(By.cssSelector("button.secondary"));
            assertTrue(withReason.getText().contains("Mit Begründung ausstellen"), withReason.getText());
            found.addAll(violations(driver, "certificates [de]"));
            browser.screenshot("certificates-running-de");
            withReason.click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("reason:text")));
            assertTrue(driver.findElement(By.id("reason")).getText().contains("Zora Früh"));
            driver.findElement(By.id("reason:text")).sendKeys("Zieht vor Kursende nach Köln");
            browser.screenshot("certificates-reason-de");
            driver.findElement(By.id("reason:confirm")).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("learner-" + zora),
                    "Zieht vor Kursende nach Köln"));
            WebElement issuedRow = driver.findElement(By.id("learner-" + zora));
            assertTrue(issuedRow.getText().contains("mit Begründung ausgestellt"), issuedRow.getText());
            serial = issuedRow.findElement(By.cssSelector("a.serial")).getText();
            browser.screenshot("certificates-issued-de");
        }
        String shortCode = http.get(a.coordinator, "/api/certificates/" + serial).json().getString("shortCode");
        try (Browser browser = new Browser("ar", 1280, 900)) {
            WebDriver driver = browser.driver();
            signIn(browser, a.coordinator);
            driver.get(base + "/cohorts/certificates.xhtml?id=" + cohortId);
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("running")));
            found.addAll(violations(driver, "certificates [ar]"));
            browser.screenshot("certificates-running-ar");
        }
        for (String language : List.of("de", "ar")) {
            try (Browser browser = new Browser(language, 390, 844)) {
                WebDriver driver = browser.driver();
                driver.get(base + "/verify.xhtml");
                driver.findElement(By.id("code")).sendKeys(serial + " " + shortCode.toLowerCase(java.util.Locale.ROOT));
                driver.findElement(By.cssSelector("form.inline-form button[type=submit]")).click();
                browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("certificate")));
                assertTrue(driver.findElement(By.id("certificate")).getText().contains("Zora Früh"));
                found.addAll(violations(driver, "verify [" + language + "]"));
                browser.screenshot("verify-typed-" + language);
            }
        }
        assertTrue(found.isEmpty(), found.size() + " WCAG violations:\n" + String.join("\n", found));
    }

    private static List<String> violations(WebDriver driver, String page) {
        return de.ffit.campus.support.Axe.violations(driver).stream().map(v -> page + " → " + v).toList();
    }

    @Test
    void aTrainerTicksExercisesInTheGridAndConfirmsALearnersReport() {
        long cohortId = a.cohortStartedWeeksAgo("Übungen " + a.run, 1, 4);
        long module = Fixture.created(http.post(a.coordinator, "/api/courses/" + a.courseId + "/modules",
                "{\"title\":\"Internet und E-Mail\"}"));
        long search = Fixture.created(http.post(a.coordinator, "/api/modules/" + module + "/exercises",
                "{\"title\":\"Im Internet suchen\",\"mandatory\":true,\"competences\":[\"1.1\"]}"));
        long mail = Fixture.created(http.post(a.coordinator, "/api/modules/" + module + "/exercises",
                "{\"title\":\"E-Mail mit Anhang senden\",\"mandatory\":false,\"competences\":[\"2.1\"]}"));
        long amina = a.enrol(cohortId, a.learner("Amina Haddad", "أمينة حداد", "ar"));
        long olena = a.enrol(cohortId, a.learner("Olena Kovalenko", "Олена Коваленко", "uk"));
        assertEquals(200, http.post(a.trainer, "/api/enrollments/" + olena + "/exercises/" + mail + "/report", "")
                .status());
        String cell = "button.tick[data-e='%d'][data-x='%d']";
        try (Browser browser = new Browser("de-DE", 800, 1280)) {
            WebDriver driver = browser.driver();
            signIn(browser, a.trainer);
            driver.get(base + "/cohorts/exercises.xhtml?id=" + cohortId);
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("exercise-grid")));
            WebElement tick = driver.findElement(By.cssSelector(String.format(cell, amina, search)));
            assertEquals("false", tick.getAttribute("aria-pressed"));
            assertTrue(tick.getRect().getHeight() >= 44 && tick.getRect().getWidth() >= 44, "a 44 px touch target");
            assertTrue(driver.findElement(By.id("reports")).getText().contains("Olena Kovalenko"));

            tick.click();
            browser.waiting().until(ExpectedConditions.attributeToBe(By.cssSelector(String.format(cell, amina,
                    search)), "aria-pressed", "true"));
            assertEquals("1 / 2", driver.findElement(By.id("count-" + amina)).getText());
            driver.navigate().refresh();
            browser.waiting().until(ExpectedConditions.attributeToBe(By.cssSelector(String.format(cell, amina,
                    search)), "aria-pressed", "true"));
            assertEquals(1, http.get(a.coordinator, "/api/enrollments/" + amina + "/progress").json()
                    .getJsonObject("exercises").getInt("done"), "stored, not only shown");

            driver.findElement(By.cssSelector(String.format(cell, amina, search))).click();
            browser.waiting().until(ExpectedConditions.attributeToBe(By.cssSelector(String.format(cell, amina,
                    search)), "aria-pressed", "false"));
            assertEquals("0 / 2", driver.findElement(By.id("count-" + amina)).getText());
            assertEquals("?", driver.findElement(By.cssSelector(String.format(cell, olena, mail))).getText());

            driver.findElement(By.xpath("//section[contains(@class,'reports')]//button[contains(., 'Bestätigen')]"))
                    .click();
            browser.waiting().until(ExpectedConditions.attributeToBe(By.cssSelector(String.format(cell, olena,
                    mail)), "aria-pressed", "true"));
            assertTrue(driver.findElements(By.cssSelector("section.reports")).isEmpty(), "nothing left to decide");
            browser.screenshot("exercise-grid-de-tablet");

            driver.findElement(By.cssSelector("#language a[lang='ar']")).click();
            browser.waiting().until(ExpectedConditions.attributeToBe(By.tagName("html"), "dir", "rtl"));
            driver.findElement(By.cssSelector(String.format(cell, amina, mail))).click();
            browser.waiting().until(ExpectedConditions.attributeToBe(By.cssSelector(String.format(cell, amina,
                    mail)), "aria-pressed", "true"));
            browser.screenshot("exercise-grid-ar-tablet");
            driver.get(base + "/cohorts/progress.xhtml?id=" + cohortId);
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("learners")));
            assertTrue(driver.findElement(By.id("learner-" + amina)).getText().contains("١ / ٢"), "in Arabic digits since the digits branch");
            browser.screenshot("cohort-progress-ar-tablet");
        }
        JsonObject olenaNow = http.get(a.coordinator, "/api/enrollments/" + olena + "/progress").json();
        assertEquals(1, olenaNow.getJsonObject("exercises").getInt("done"));
        assertEquals(0, olenaNow.getJsonObject("exercises").getInt("pending"));
    }

    @Test
    void theLanguageSwitchNeverSendsAnyoneToAnotherSite() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + deployed.getPort() + "//evil.example/x.xhtml?lang=de")).build(),
                HttpResponse.BodyHandlers.ofString());
        String location = answer.headers().firstValue("Location").orElse("");
        java.net.URI target = URI.create(base).resolve(location);
        assertEquals("127.0.0.1", target.getHost(), location);
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

    /**
     * A page of another site that posts a form to {@code action} as soon as it opens, as a forger's page would. A
     * {@code data:} page is a site of its own: Chromium sends its posts with {@code Origin: null} and
     * {@code Sec-Fetch-Site: cross-site}.
     */
    private static String foreignPage(String action, java.util.Map<String, String> fields) {
        StringBuilder html = new StringBuilder("<!doctype html><title>Gewinnspiel</title><form method='post' action='")
                .append(action).append("'>");
        fields.forEach((name, value) -> html.append("<input type='hidden' name='").append(name).append("' value='")
                .append(value).append("'>"));
        html.append("</form><script>document.forms[0].submit();</script>");
        return "data:text/html;charset=utf-8," + java.net.URLEncoder.encode(html.toString(),
                java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Test
    void aPageOfAnotherSiteCanNeitherSignAVisitorInNorSaveMarksForThem() throws Exception {
        long cohortId = a.cohortStartedWeeksAgo("Fremde Seite " + a.run, 1, 4);
        a.enrol(cohortId, a.learner("Hevin Demir", null, "kmr"));
        long lessonId = http.get(a.coordinator, "/api/cohorts/" + cohortId + "/lessons").array().getJsonObject(0)
                .getJsonNumber("id").longValue();
        String take = base + "/attendance/take.xhtml?lesson=" + lessonId;
        URI own = URI.create(base);
        String ownOrigin = own.getScheme() + "://" + own.getAuthority();
        String foreignOrigin = "https://gewinnspiel.example";
        // the sign-in form as it is sent; it keeps no view state on the server
        java.util.Map<String, String> signIn = java.util.Map.of("signIn", "signIn", "signIn:username",
                a.trainer.user(), "signIn:password", a.trainer.password(), "signIn:submit", "x",
                "jakarta.faces.ViewState", "stateless");
        try (Browser browser = new Browser("en", 1000, 800)) {
            WebDriver driver = browser.driver();
            // sign-in forgery: the visitor would then work, unawares, in the account the forger chose
            driver.get(foreignPage(base + "/login.xhtml", signIn));
            browser.waiting().until(d -> d.getCurrentUrl().startsWith(base));
            assertFalse(driver.getPageSource().contains("Fremde Seite " + a.run), "the forged sign-in led nowhere");
            driver.get(take);
            assertTrue(driver.getCurrentUrl().contains("/login.xhtml"), "nobody was signed in by the foreign page: "
                    + driver.getCurrentUrl());

            // a trainer, signed in here, opens a foreign page that posts a save for their lesson with the right
            // field names and even the page's own view state (the worst case)
            signIn(browser, a.trainer);
            driver.get(take);
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("allPresent")));
            String viewState = (String) browser.script(
                    "return document.querySelector('#sheet input[name=\"jakarta.faces.ViewState\"]').value;");
            String radio = (String) browser.script("return document.querySelector('.status-choice input').name;");
            String cookie = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                    .collect(java.util.stream.Collectors.joining("; "));
            java.util.Map<String, String> save = java.util.Map.of("sheet", "sheet", "sheet:save", "sheet:save",
                    radio, "EXCUSED", "jakarta.faces.ViewState", viewState);
            driver.get(foreignPage(take, save));
            browser.waiting().until(d -> d.getCurrentUrl().startsWith(base));

            // the same posts as a browser that ignored SameSite would send them, with the session's cookies:
            // refused for their origin alone, while the same requests from this site's own page go through
            HttpResponse<String> foreign = post(take, foreignOrigin, cookie, save);
            assertEquals(404, foreign.statusCode(), "refused, and answered like a page that is not there");
            assertEquals(0, marked(lessonId), "nothing saved by the foreign pages");
            // the page's script saves through the device API with the session: refused from another site, and
            // refused without the header that only the page's own script can send (CORS)
            String enrollment = radio.substring(1);
            String device = base + "/api/attendance-device/lessons/" + lessonId + "/saves";
            String queued = "{\"key\":\"forged-0123456789abcdef\",\"changes\":[{\"enrollmentId\":" + enrollment
                    + ",\"status\":\"EXCUSED\"}]}";
            int forgedDevice = postJson(device, foreignOrigin, cookie, queued, true).statusCode();
            assertTrue(forgedDevice == 404 || forgedDevice == 403, "refused: " + forgedDevice);
            assertEquals(401, postJson(device, ownOrigin, cookie, queued, false).statusCode());
            assertEquals(0, marked(lessonId), "nothing saved through the device API from outside the page");
            HttpResponse<String> ours = post(take, ownOrigin, cookie, save);
            assertEquals(200, ours.statusCode(), ours.body());
            assertEquals(1, marked(lessonId), "the same post from this site saves: " + ours.body());
        }
        // without a session (a page left open past its session still signs in, as this post shows) only the origin
        // tells a forged sign-in from a real one
        assertEquals(404, post(base + "/login.xhtml", foreignOrigin, "", signIn).statusCode());
        HttpResponse<String> real = post(base + "/login.xhtml", ownOrigin, "", signIn);
        assertEquals(302, real.statusCode(), real.body());
        assertFalse(real.headers().firstValue("Location").orElse("").contains("login"), real.headers().map()
                .toString());
    }

    /** A form post as a browser sends it, from a page of {@code origin}, with the given cookies. */
    private static HttpResponse<String> post(String url, String origin, String cookie,
            java.util.Map<String, String> fields) throws Exception {
        String body = fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(java.util.stream.Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Origin", origin)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (!cookie.isEmpty()) {
            request.header("Cookie", cookie);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A JSON post as a page's script sends it, with or without the header of the page's own device script. */
    private static HttpResponse<String> postJson(String url, String origin, String cookie, String json,
            boolean deviceHeader) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Origin", origin)
                .header("Content-Type", "application/json").header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (deviceHeader) {
            request.header("X-Campus-Device", "1");
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private long marked(long lessonId) {
        return http.get(a.coordinator, "/api/lessons/" + lessonId + "/attendance").json().getJsonArray("records")
                .stream().map(r -> (JsonObject) r).filter(r -> r.containsKey("status") && !r.isNull("status"))
                .count();
    }

    private static String enc(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
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

    @Test
    void aRefusedFormKeepsWhatTheUserTyped() {
        try (Browser browser = new Browser("de-DE", 1280, 900)) {
            WebDriver driver = browser.driver();
            signIn(browser, a.coordinator);
            driver.get(base + "/cohorts/new.xhtml");
            choose(browser, "cohort:location", a.locationId);
            driver.findElement(By.id("cohort:topic")).sendKeys("Erste Schritte");
            driver.findElement(By.id("cohort:create")).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"),
                    "Bitte ausfüllen"));
            assertTrue(driver.getCurrentUrl().contains("/cohorts/new.xhtml"));
            assertEquals("Erste Schritte", driver.findElement(By.id("cohort:topic")).getAttribute("value"));
            assertEquals(String.valueOf(a.locationId), browser.script(
                    "return PrimeFaces.getWidgetById('cohort:location').getSelectedValue();"));
            browser.screenshot("new-cohort-refused-de");
        }
        assertTrue(http.get(a.coordinator, "/api/cohorts").array().isEmpty(), "nothing was saved");
    }
    /** One office form: where it is, what opens it (a dialog's button, or nothing) and what sends it. */
    private record OfficeForm(String page, String opener, String form, String submit) {
    }

    /**
     * What a refused form shows, read from the page: each field message with its field's label and where it sits,
     * the summary's links, the page's notices and all the text of the main area.
     */
    private static final String READ_MESSAGES = """
            var out = {fields: [], links: [], notices: '', main: document.getElementById('main').innerText};
            document.querySelectorAll('.field .ui-message').forEach(function (m) {
              var text = m.innerText.trim();
              if (!text || !m.getClientRects().length) { return; }
              var field = m.closest('.field');
              var label = field ? field.querySelector('label') : null;
              var input = null;
              ['.ui-selectonemenu', '.ui-selectmanycheckbox', '.ui-selectcheckboxmenu', '.ui-password', '.ui-datepicker',
               '.ui-chkbox', 'select', 'textarea', 'input:not([type=hidden])'].forEach(function (selector) {
                input = input || (field ? field.querySelector(selector) : null);
              });
              var icon = m.querySelector('.ui-message-error-icon');
              var detail = m.querySelector('.ui-message-error-detail') || m;
              var ir = icon ? icon.getBoundingClientRect() : null, dr = detail.getBoundingClientRect();
              var covered = ir !== null && ir.width > 0 && ir.right > dr.left && ir.left < dr.right
                  && ir.bottom > dr.top && ir.top < dr.bottom;
              var below = input ? Math.round(m.getBoundingClientRect().top - input.getBoundingClientRect().bottom) : -999;
              out.fields.push({label: label ? label.innerText.replace('*', '').trim() : '', message: text,
                  below: below, covered: covered});
            });
            document.querySelectorAll('.form-errors a').forEach(function (a) { out.links.push(a.innerText.trim()); });
            document.querySelectorAll('.ui-messages').forEach(function (n) { out.notices += n.innerText + ' '; });
            return out;""";

    /** Empties the form's text fields (dates and passwords too), so that it is sent as if nothing was typed. */
    private static final String EMPTY_FORM = """
            document.getElementById(arguments[0]).querySelectorAll(
                'input[type=text], input[type=password], input[type=search], input:not([type]), textarea')
                .forEach(function (i) { if (!i.disabled && !i.readOnly) { i.value = ''; } });""";

    @SuppressWarnings("unchecked")
    private List<String> refusalProblems(Browser browser, String where) {
        java.util.Map<String, Object> read = (java.util.Map<String, Object>) browser.script(READ_MESSAGES);
        List<java.util.Map<String, Object>> fields = (List<java.util.Map<String, Object>>) read.get("fields");
        List<String> links = (List<String>) read.get("links");
        List<String> problems = new java.util.ArrayList<>();
        if (fields.isEmpty()) {
            problems.add(where + ": no field message at all");
        }
        java.util.regex.Matcher clientId = java.util.regex.Pattern.compile("[A-Za-z]\\w*:[A-Za-z]\\w*:")
                .matcher((String) read.get("main"));
        if (clientId.find()) {
            problems.add(where + ": a client id in «" + clientId.group() + "»");
        }
        List<String> labels = new java.util.ArrayList<>();
        for (var field : fields) {
            String label = (String) field.get("label");
            String message = (String) field.get("message");
            labels.add(label);
            if (label.isEmpty() || !message.contains(label)) {
                problems.add(where + ": «" + message + "» does not name its field «" + label + "»");
            }
            long below = ((Number) field.get("below")).longValue();
            if (below < -2 || below > 60) {
                problems.add(where + ": «" + message + "» is " + below + " px from its field");
            }
            if (Boolean.TRUE.equals(field.get("covered"))) {
                problems.add(where + ": the icon covers «" + message + "»");
            }
            String notices = (String) read.get("notices");
            String summary = String.join(" ", links);
            if (notices.contains(message) || summary.contains(message)) {
                problems.add(where + ": «" + message + "» appears a second time at the top");
            }
        }
        if (!new java.util.HashSet<>(links).equals(new java.util.HashSet<>(labels))) {
            problems.add(where + ": the summary links " + links + ", the fields with messages are " + labels);
        }
        return problems;
    }

    private List<String> submitEmpty(Browser browser, String language, OfficeForm form) {
        WebDriver driver = browser.driver();
        driver.get(base + form.page() + (form.page().contains("?") ? "&" : "?") + "lang=" + language);
        if (form.opener() != null) {
            browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id(form.opener()))).click();
        }
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id(form.submit())));
        browser.script(EMPTY_FORM, form.form());
        driver.findElement(By.id(form.submit())).click();
        String where = form.page() + " " + form.form() + " [" + language + "]";
        try {
            browser.waiting().until(d -> !d.findElements(By.cssSelector(".field .ui-message-error-detail")).isEmpty());
        } catch (org.openqa.selenium.TimeoutException none) {
            return List.of(where + ": no field message appeared");
        }
        return refusalProblems(browser, where);
    }

    @Test
    void everyOfficeFormSentEmptyNamesEachFieldByItsLabelOnceAndNextToIt() {
        long cohort = a.cohort("Formulare " + a.run, 3);
        List<OfficeForm> coordinatorForms = List.of(
                new OfficeForm("/cohorts/new.xhtml", null, "cohort", "cohort:create"),
                new OfficeForm("/cohorts/view.xhtml?id=" + cohort, null, "cohort", "cohort:save"),
                new OfficeForm("/cohorts/lessons.xhtml?id=" + cohort, "lessons:add", "lessonForm", "lessonForm:save"),
                new OfficeForm("/cohorts/lessons.xhtml?id=" + cohort, "lessons:plan", "planForm", "planForm:plan"),
                new OfficeForm("/learners/edit.xhtml", null, "learner", "learner:save"),
                new OfficeForm("/locations/index.xhtml", "locations:add", "form", "form:save"),
                new OfficeForm("/locations/kiosks.xhtml", "kiosks:add", "form", "form:save"),
                new OfficeForm("/courses/edit.xhtml", null, "course", "course:save"),
                new OfficeForm("/courses/plan.xhtml?id=" + a.courseId, "plan:addModule", "moduleForm", "moduleForm:save"),
                new OfficeForm("/reports/impact.xhtml", null, "filter", "filter:show"));
        List<OfficeForm> adminForms = List.of(
                new OfficeForm("/admin/accounts.xhtml", "accounts:add", "form", "form:save"),
                new OfficeForm("/admin/organisations.xhtml", "organisations:add", "form", "form:save"),
                new OfficeForm("/admin/audit.xhtml", null, "filter", "filter:show"));
        List<String> problems = new java.util.ArrayList<>();
        for (String language : List.of("de", "ar")) {
            try (Browser browser = new Browser(language, 1280, 900)) {
                problems.addAll(submitEmpty(browser, language,
                        new OfficeForm("/login.xhtml", null, "signIn", "signIn:submit")));
                browser.screenshot("refused-sign-in-" + language);
                signIn(browser, a.coordinator);
                for (OfficeForm form : coordinatorForms) {
                    problems.addAll(submitEmpty(browser, language, form));
                }
                browser.screenshot("refused-impact-" + language);
            }
            try (Browser browser = new Browser(language, 1280, 900)) {
                signIn(browser, Fixture.ADMIN);
                for (OfficeForm form : adminForms) {
                    problems.addAll(submitEmpty(browser, language, form));
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void aDateIsTypedAndAnImpossibleOneIsNamedInGermanAndArabic() {
        for (String language : List.of("de", "ar")) {
            String name = "Getippt " + language + " " + a.run;
            try (Browser browser = new Browser(language, 1280, 900)) {
                WebDriver driver = browser.driver();
                signIn(browser, a.coordinator);
                driver.get(base + "/cohorts/new.xhtml?lang=" + language);
                driver.findElement(By.id("cohort:name")).sendKeys(name);
                choose(browser, "cohort:course", a.courseId);
                choose(browser, "cohort:location", a.locationId);
                driver.findElement(By.cssSelector("label[for='cohort:trainers:0']")).click();
                WebElement from = driver.findElement(By.id("cohort:from_input"));
                from.click();
                assertTrue(driver.findElements(By.cssSelector(".ui-datepicker-panel")).stream()
                        .noneMatch(WebElement::isDisplayed), "the calendar opens only on its button");
                from.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "04.01.2027");
                WebElement to = driver.findElement(By.id("cohort:to_input"));
                to.click();
                to.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "31.02.2027");
                driver.findElement(By.id("cohort:topic")).click();
                assertEquals("31.02.2027", to.getAttribute("value"), "an impossible date stays for the message");
                driver.findElement(By.id("cohort:create")).click();
                WebElement message = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                        By.xpath("//input[@id='cohort:to_input']/ancestor::div[contains(@class,'field')][1]"
                                + "//*[contains(@class,'ui-message-error-detail')]")));
                String expected = language.equals("de") ? "Bis: „31.02.2027“ ist kein Datum." : "«31.02.2027» ليس تاريخًا";
                assertTrue(message.getText().contains(expected), message.getText());
                assertEquals(List.of(), refusalProblems(browser, "typed date [" + language + "]"));
                assertEquals("31.02.2027", driver.findElement(By.id("cohort:to_input")).getAttribute("value"));
                assertEquals("04.01.2027", driver.findElement(By.id("cohort:from_input")).getAttribute("value"));
                assertEquals(name, driver.findElement(By.id("cohort:name")).getAttribute("value"));
                browser.screenshot("impossible-date-" + language);
                browser.viewport(390, 844);
                browser.script("document.getElementById('cohort:to_input').scrollIntoView({block: 'center'});");
                browser.screenshot("impossible-date-phone-" + language);
                browser.viewport(1280, 900);

                to = driver.findElement(By.id("cohort:to_input"));
                to.click();
                to.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "29.01.2027");
                driver.findElement(By.id("cohort:topic")).click();
                driver.findElement(By.id("cohort:create")).click();
                browser.waiting().until(ExpectedConditions.urlContains("/cohorts/view.xhtml"));
            }
            JsonObject created = http.get(a.coordinator, "/api/cohorts").array().stream().map(JsonObject.class::cast)
                    .filter(c -> c.getString("name").equals(name)).findFirst().orElseThrow();
            assertEquals("2027-01-04", created.getString("firstDay"), "the typed first day");
            assertTrue(created.getString("lastDay").compareTo("2027-01-29") <= 0, created.toString());
        }
    }

    @Test
    void aRefusedSaveOnTheAccountsPageKeepsEveryTypedValueThePasswordIncluded() {
        for (String language : List.of("de", "ar")) {
            try (Browser browser = new Browser(language, 1280, 900)) {
                WebDriver driver = browser.driver();
                signIn(browser, Fixture.ADMIN);
                driver.get(base + "/admin/accounts.xhtml?lang=" + language);
                driver.findElement(By.id("accounts:add")).click();
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("form:username")));
                driver.findElement(By.id("form:username")).sendKeys("neu" + language + a.run.toLowerCase());
                driver.findElement(By.id("form:password")).sendKeys("Ein-langes-Passwort-42");
                driver.findElement(By.id("form:save")).click();
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                        "#form .field .ui-message-error-detail")));
                assertEquals(List.of(), refusalProblems(browser, "accounts [" + language + "]"));
                assertEquals("neu" + language + a.run.toLowerCase(),
                        driver.findElement(By.id("form:username")).getAttribute("value"));
                assertEquals("Ein-langes-Passwort-42", driver.findElement(By.id("form:password")).getAttribute("value"),
                        "the password typed before the refused save");
                browser.screenshot("refused-account-" + language);
            }
        }
    }

    /** The visible text of the page, one entry per text node, except inside what is marked {@code translate="no"}. */
    private static final String VISIBLE_TEXT = "var out = [];"
            + "var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);"
            + "while (walker.nextNode()) { var node = walker.currentNode, parent = node.parentElement;"
            + "  if (!parent || parent.closest('script,style,noscript,template,[translate=\"no\"]')) { continue; }"
            + "  if (!parent.getClientRects().length || getComputedStyle(parent).visibility === 'hidden') { continue; }"
            + "  var text = node.nodeValue.trim(); if (text) { out.push(text); } }"
            + "return out;";

    /**
     * The numbers of the text that are not in the language's digits: Western ones in Arabic, Persian and Pashto,
     * and Arabic-Indic ones in Persian (Extended) or Extended ones in Arabic. What the test itself typed (its
     * run's tag in names) is the user's data and left as typed.
     */
    private static List<String> foreignDigits(String language, List<String> texts, String... typed) {
        String foreign = switch (language) {
            case "ar" -> "[0-9\u06F0-\u06F9]";
            case "fa", "ps" -> "[0-9\u0660-\u0669]";
            default -> "[\u0660-\u0669\u06F0-\u06F9]";
        };
        java.util.regex.Pattern pattern = java.util.regex.Pattern.compile(".{0,12}" + foreign + ".{0,12}");
        List<String> found = new java.util.ArrayList<>();
        for (String text : texts) {
            String rest = text;
            for (String t : typed) {
                rest = rest.replaceAll("(?i)" + java.util.regex.Pattern.quote(t), "…");
            }
            var m = pattern.matcher(rest);
            while (m.find()) {
                found.add("«" + m.group() + "» in «" + (text.length() > 120 ? text.substring(0, 120) + "…" : text) + "»");
            }
        }
        return found;
    }

    @Test
    void everyNumberOnTheOfficeAndKioskPagesIsWrittenInTheDigitsOfTheLanguage() {
        long cohort = a.cohortStartedWeeksAgo("Ziffern " + a.run, 2, 4);
        long learner = a.learner("Amina Haddad " + a.run, "أمينة حداد", "ar");
        long enrollment = a.enrol(cohort, learner);
        long module = Fixture.created(http.post(a.coordinator, "/api/courses/" + a.courseId + "/modules",
                "{\"title\":\"Internet\"}"));
        Fixture.created(http.post(a.coordinator, "/api/modules/" + module + "/exercises",
                "{\"title\":\"E-Mail senden\",\"mandatory\":true,\"competences\":[\"2.1\"]}"));
        long lesson = http.get(a.coordinator, "/api/cohorts/" + cohort + "/lessons").array().getJsonObject(0)
                .getJsonNumber("id").longValue();
        assertEquals(200, http.send(a.coordinator.withHeader("If-Match", "*"), "PUT", "/api/lessons/" + lesson
                + "/attendance", "{\"records\":[{\"enrollmentId\":" + enrollment + ",\"status\":\"LATE\"}]}")
                .status());
        JsonObject certificate = http.post(a.coordinator, "/api/enrollments/" + enrollment + "/certificate",
                "{\"overrideReason\":\"Nachgeholt\"}").json();
        String verification = certificate.getString("verificationCode");
        // what stays Latin in every language: the test's own typed names, the certificate's serial (quoted in the
        // kiosk's sentence about it), and the codes the interface texts quote (a paper size, an example code)
        String[] typed = {a.run, certificate.getString("serial"), "A4", "K7MX QPA2", "«< 5»"};
        String pin = http.put(a.coordinator, "/api/learners/" + learner + "/pin", "{}").json().getString("pin");
        String code = http.get(a.coordinator, "/api/learners/" + learner).json().getString("code");
        List<String> pages = List.of("/index.xhtml", "/verify/" + verification, "/cohorts/index.xhtml",
                "/cohorts/view.xhtml?id=" + cohort, "/cohorts/enrollments.xhtml?id=" + cohort,
                "/cohorts/lessons.xhtml?id=" + cohort, "/cohorts/attendance.xhtml?id=" + cohort,
                "/cohorts/exercises.xhtml?id=" + cohort, "/cohorts/progress.xhtml?id=" + cohort,
                "/cohorts/certificates.xhtml?id=" + cohort, "/attendance/take.xhtml?lesson=" + lesson,
                "/courses/index.xhtml", "/courses/edit.xhtml?id=" + a.courseId, "/courses/plan.xhtml?id=" + a.courseId,
                "/learners/index.xhtml", "/learners/edit.xhtml?id=" + learner, "/locations/index.xhtml",
                "/locations/kiosks.xhtml", "/reports/impact.xhtml");
        List<String> found = new java.util.ArrayList<>();
        // German stays as it is; Pashto is the language Chromium has no data for (its scripts need the digits given)
        for (String language : List.of("de", "ar", "fa", "ps")) {
            try (Browser browser = new Browser(language, 1280, 900)) {
                WebDriver driver = browser.driver();
                signIn(browser, a.coordinator);
                for (String page : pages) {
                    driver.get(base + page + (page.contains("?") ? "&" : "?") + "lang=" + language);
                    browser.waiting().until(d -> "complete".equals(browser.script("return document.readyState")));
                    @SuppressWarnings("unchecked")
                    List<String> texts = (List<String>) browser.script(VISIBLE_TEXT);
                    foreignDigits(language, texts, typed).forEach(f -> found.add(page + " [" + language + "] " + f));
                    if (page.startsWith("/cohorts/progress") || page.startsWith("/reports/impact")) {
                        browser.screenshot("digits-" + page.replaceAll("\\W+", "-").replaceAll("-xhtml.*", "-")
                                + language);
                    }
                    if (page.startsWith("/attendance/take")) {
                        // the trainer's phone
                        browser.viewport(390, 844);
                        browser.screenshot("digits-take-phone-" + language);
                        browser.viewport(1280, 900);
                    }
                }
            }
            // the kiosk: a learner signs in with their code and PIN
            String setupCode = http.post(a.coordinator, "/api/kiosks", "{\"name\":" + Http.str("Tablet " + language)
                    + ",\"locationId\":" + a.locationId + "}").json().getString("setupCode");
            try (Browser browser = new Browser(language, 1280, 800)) {
                WebDriver driver = browser.driver();
                driver.get(base + "/kiosk/setup.xhtml?lang=" + language);
                driver.findElement(By.id("setupCode")).sendKeys(setupCode);
                driver.findElement(By.id("set-up")).click();
                browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("code")));
                driver.get(base + "/kiosk/?lang=" + language);
                driver.findElement(By.id("code")).sendKeys(code);
                driver.findElement(By.id("next")).click();
                browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("pin")));
                @SuppressWarnings("unchecked")
                List<String> pinTexts = (List<String>) browser.script(VISIBLE_TEXT);
                foreignDigits(language, pinTexts, typed).forEach(f -> found.add("/kiosk/pin [" + language + "] " + f));
                for (char digit : pin.toCharArray()) {
                    driver.findElement(By.cssSelector("[data-key='" + digit + "']")).click();
                }
                driver.findElement(By.id("sign-in")).click();
                browser.waiting().until(ExpectedConditions.urlContains("/kiosk/me.xhtml"));
                @SuppressWarnings("unchecked")
                List<String> texts = (List<String>) browser.script(VISIBLE_TEXT);
                // the kiosk speaks the learner's own language (Arabic) once they are signed in
                String spoken = driver.findElement(By.tagName("html")).getAttribute("lang");
                foreignDigits(spoken, texts, typed).forEach(f -> found.add("/kiosk/me [" + spoken + "] " + f));
                browser.screenshot("digits-kiosk-me-" + language);
            }
        }
        assertTrue(found.isEmpty(), found.size() + " numbers in other digits than the language's:\n"
                + String.join("\n", found));
    }

    /**
     * How far the page itself reaches past the screen's edges, and what reaches there outside a frame of its own
     * ({@code null} when the page does not scroll sideways).
     */
    private static final String SIDEWAYS = "var d = document.documentElement;"
            + "if (d.scrollWidth <= d.clientWidth) { return null; }"
            + "var out = [];"
            + "document.querySelectorAll('body *').forEach(function (e) {"
            + "  var b = e.getBoundingClientRect();"
            + "  if (b.width > 0 && (b.right > d.clientWidth + 1 || b.left < -1) && out.length < 4"
            + "      && !(e.parentElement && e.parentElement.closest('.table-frame, .grid-wrap'))) {"
            + "    out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal"
            + "        === undefined ? '.' + String(e.className).trim().replace(/ +/g, '.') : '')"
            + "        + ' ' + Math.round(b.left) + '..' + Math.round(b.right));"
            + "  }"
            + "});"
            + "return d.scrollWidth + ' px wide on ' + d.clientWidth + ' px: ' + out.join(', ');";

    private static void press(Browser browser, String id) {
        browser.script("document.getElementById(arguments[0]).click();", id);
    }

    private void sideways(Browser browser, String page, String language, List<String> found) {
        browser.waiting().until(d -> "complete".equals(browser.script("return document.readyState")));
        Object wide = browser.script(SIDEWAYS);
        if (wide != null) {
            found.add(page + " [" + language + "] " + wide);
        }
    }

    @Test
    void noPageScrollsSidewaysOnA360PxPhoneExceptInsideATablesOwnFrame() {
        // a cohort with many lessons (a wide attendance overview), a learner with marks and a certificate
        long cohort = a.cohortStartedWeeksAgo("Schmal " + a.run, 5, 8);
        long learner = a.learner("Amina Haddad " + a.run, "أمينة حداد", "ar");
        long enrollment = a.enrol(cohort, learner);
        JsonObject certificate = http.post(a.coordinator, "/api/enrollments/" + enrollment + "/certificate",
                "{\"overrideReason\":\"Nachgeholt\"}").json();
        String pin = http.put(a.coordinator, "/api/learners/" + learner + "/pin", "{}").json().getString("pin");
        String code = http.get(a.coordinator, "/api/learners/" + learner).json().getString("code");
        jakarta.json.JsonArray lessons = http.get(a.coordinator, "/api/cohorts/" + cohort + "/lessons").array();
        long lesson = lessons.getJsonObject(0).getJsonNumber("id").longValue();
        // marks in every lesson held so far (later ones refuse them): the overview's grid as a running course has it
        for (int i = 0; i < lessons.size(); i++) {
            http.send(a.coordinator.withHeader("If-Match", "*"), "PUT", "/api/lessons/"
                    + lessons.getJsonObject(i).getJsonNumber("id").longValue() + "/attendance", "{\"records\":[{"
                    + "\"enrollmentId\":" + enrollment + ",\"status\":\"" + (i % 3 == 2 ? "LATE" : "PRESENT")
                    + "\"}]}");
        }
        List<String> office = List.of("/index.xhtml", "/cohorts/index.xhtml", "/cohorts/new.xhtml",
                "/cohorts/view.xhtml?id=" + cohort, "/cohorts/enrollments.xhtml?id=" + cohort,
                "/cohorts/lessons.xhtml?id=" + cohort, "/cohorts/attendance.xhtml?id=" + cohort,
                "/cohorts/exercises.xhtml?id=" + cohort, "/cohorts/progress.xhtml?id=" + cohort,
                "/cohorts/certificates.xhtml?id=" + cohort, "/attendance/take.xhtml?lesson=" + lesson,
                "/attendance/offline.xhtml", "/courses/index.xhtml", "/courses/edit.xhtml?id=" + a.courseId,
                "/courses/plan.xhtml?id=" + a.courseId, "/courses/guides.xhtml?id=" + a.courseId,
                "/courses/texts.xhtml?id=" + a.courseId, "/learners/index.xhtml",
                "/learners/edit.xhtml?id=" + learner, "/locations/index.xhtml", "/locations/kiosks.xhtml",
                "/reports/impact.xhtml", "/not-found.xhtml");
        List<String> admin = List.of("/admin/accounts.xhtml", "/admin/organisations.xhtml", "/admin/audit.xhtml",
                "/reports/impact.xhtml");
        List<String> anonymous = List.of("/login.xhtml", "/verify/" + certificate.getString("verificationCode"),
                "/verify.xhtml");
        List<String> found = new java.util.ArrayList<>();
        List<String> axe = new java.util.ArrayList<>();
        List<String> thin = new java.util.ArrayList<>();
        for (String language : List.of("de", "ar")) {
            try (Browser browser = new Browser(language, 360, 740)) {
                browser.viewport(360, 740);
                WebDriver driver = browser.driver();
                for (String page : anonymous) {
                    driver.get(base + page + (page.contains("?") ? "&" : "?") + "lang=" + language);
                    sideways(browser, page, language, found);
                }
                signIn(browser, a.coordinator);
                for (String page : office) {
                    driver.get(base + page + (page.contains("?") ? "&" : "?") + "lang=" + language);
                    sideways(browser, page, language, found);
                    if (page.startsWith("/reports/impact") || page.startsWith("/cohorts/attendance")) {
                        browser.screenshot("phone-360-" + page.replaceAll("\\W+", "-").replaceAll("-xhtml.*", "-")
                                + language);
                        Axe.violations(driver).forEach(v -> axe.add(page + " [" + language + "] " + v));
                    }
                    if (page.startsWith("/reports/impact")) {
                        // the quarterly chart's bars: wide enough to see and to compare, not slivers
                        @SuppressWarnings("unchecked")
                        List<Number> bars = (List<Number>) browser.script("var c = PrimeFaces.widgets.widget_quarters"
                                + ".chart; var w = []; c.data.datasets.forEach(function (d, i) {"
                                + " c.getDatasetMeta(i).data.forEach(function (b) { w.push(b.width); }); }); return w;");
                        if (bars.isEmpty() || bars.stream().anyMatch(w -> w.doubleValue() < 8)) {
                            thin.add("[" + language + "] the quarterly chart's bars are " + bars.stream()
                                    .map(w -> Math.round(w.doubleValue() * 10) / 10.0).distinct().toList()
                                    + " px wide at 360 px (" + bars.size() + " bars)");
                        }
                    }
                }
            }
            try (Browser browser = new Browser(language, 360, 740)) {
                browser.viewport(360, 740);
                WebDriver driver = browser.driver();
                signIn(browser, Fixture.ADMIN);
                for (String page : admin) {
                    driver.get(base + page + "?lang=" + language);
                    sideways(browser, page + " (admin)", language, found);
                }
            }
            // the kiosk on a small tablet or a phone: set up, code, PIN, the learner's own page
            String setupCode = http.post(a.coordinator, "/api/kiosks", "{\"name\":" + Http.str("Schmal " + language)
                    + ",\"locationId\":" + a.locationId + "}").json().getString("setupCode");
            try (Browser browser = new Browser(language, 360, 740)) {
                browser.viewport(360, 740);
                WebDriver driver = browser.driver();
                driver.get(base + "/kiosk/setup.xhtml?lang=" + language);
                sideways(browser, "/kiosk/setup", language, found);
                driver.findElement(By.id("setupCode")).sendKeys(setupCode);
                // the buttons are pressed from script: under the phone's emulation WebDriver's click on the kiosk's
                // "next" does not reach the page's handler (a KioskIT matter, not this test's)
                press(browser, "set-up");
                browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("code")));
                sideways(browser, "/kiosk/", language, found);
                driver.findElement(By.id("code")).sendKeys(code);
                press(browser, "next");
                browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("pin")));
                sideways(browser, "/kiosk/pin", language, found);
                for (char digit : pin.toCharArray()) {
                    browser.script("document.querySelector(\"[data-key='" + digit + "']\").click();");
                }
                press(browser, "sign-in");
                browser.waiting().until(ExpectedConditions.urlContains("/kiosk/me.xhtml"));
                sideways(browser, "/kiosk/me", language, found);
            }
        }
        assertTrue(found.isEmpty(), found.size() + " pages scroll sideways at 360 px:\n" + String.join("\n", found));
        assertTrue(axe.isEmpty(), String.join("\n", axe));
        assertTrue(thin.isEmpty(), String.join("\n", thin));
    }
}
