package de.ffit.campus.platform;

import static de.ffit.campus.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ffit.campus.TestDeployments;
import de.ffit.campus.support.Axe;
import de.ffit.campus.support.Browser;
import de.ffit.campus.support.Fixture;
import de.ffit.campus.support.Http;
import de.ffit.campus.support.Http.As;
import de.ffit.campus.support.Http.Response;
import de.ffit.campus.support.PlainBrowser;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What every endpoint and every page does, whatever the feature: problem+json and 404 for another organisation’s
 * ids, clear messages in the caller’s language, 409 on an outdated version, security headers, cleaned names,
 * health and metrics; pages that answer 404 alike, expired and cross-site forms, refused forms that keep what was
 * typed and name each field, typed dates, the digits of the language, no sideways scrolling on a phone.
 */
@ExtendWith(ArquillianExtension.class)
class ConventionsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestDeployments.application();
    }

    @ArquillianResource
    URL deployed;

    private String base;
    private Http http;
    private Fixture a;
    private Fixture b;

    @BeforeEach
    void twoOrganisations() {
        // the adapter reports the machine's address; the app listens on loopback too
        base = "http://127.0.0.1:" + deployed.getPort() + "/ffit-campus";
        http = new Http(base);
        a = new Fixture(http, "A");
        b = new Fixture(http, "B");
    }

    @Test
    void healthAndMetricsTellOperatorsWhatTheAppIsDoing() {
        String root = "http://127.0.0.1:" + deployed.getPort();
        Response health = http.get(As.NOBODY, root + "/health/ready");
        assertEquals(200, health.status(), health::toString);
        assertTrue(health.body().contains("\"ffit-database\""), health.body());
        assertTrue(health.body().contains("\"UP\""), health.body());
        Response live = http.get(As.NOBODY, root + "/health/live");
        assertEquals(200, live.status(), live::toString);
        assertTrue(live.body().contains("\"UP\""), live.body());

        // two marks, then the same two again (no save: nothing changed), a certificate, a wrong password
        long cohortId = a.cohortStartedWeeksAgo("Metriken " + a.run, 2, 4);
        a.enrol(cohortId, a.learner("Amina Haddad", "أمينة حداد", "ar"));
        a.enrol(cohortId, a.learner("Olena Kovalenko", null, "uk"));
        long lessonId = http.get(a.coordinator, "/api/cohorts/" + cohortId + "/lessons").array().getJsonObject(0)
                .getJsonNumber("id").longValue();
        String path = "/api/lessons/" + lessonId + "/attendance";
        String marks = http.get(a.trainer, path).json().getJsonArray("records").stream()
                .map(r -> "{\"enrollmentId\":" + ((JsonObject) r).getJsonNumber("enrollmentId") + ",\"status\":\"PRESENT\"}")
                .collect(java.util.stream.Collectors.joining(",", "{\"records\":[", "]}"));
        Map<String, Double> before = metrics(root);
        assertEquals(200, http.send(a.trainer.withHeader("If-Match", "*"), "PUT", path, marks).status());
        assertEquals(200, http.send(a.trainer.withHeader("If-Match", "*"), "PUT", path, marks).status());
        long enrollment = http.get(a.trainer, path).json().getJsonArray("records").getJsonObject(0)
                .getJsonNumber("enrollmentId").longValue();
        assertEquals(201, http.post(a.coordinator, "/api/enrollments/" + enrollment + "/certificate",
                "{\"overrideReason\":\"Metrik-Test\"}").status());
        assertEquals(401, http.get(Http.as(a.coordinatorName, "wrong-" + a.run), "/api/cohorts").status());
        Map<String, Double> after = metrics(root);

        assertEquals(1, after.get("ffit_attendance_saves_total") - before.get("ffit_attendance_saves_total"));
        assertEquals(2, after.get("ffit_attendance_marks_total") - before.get("ffit_attendance_marks_total"));
        assertEquals(1, after.get("ffit_certificates_issued_total") - before.get("ffit_certificates_issued_total"));
        assertTrue(after.get("ffit_signins_failed_total") - before.get("ffit_signins_failed_total") >= 1);
        assertTrue(after.get("ffit_http_request_milliseconds_count{kind=\"api\"}")
                - before.get("ffit_http_request_milliseconds_count{kind=\"api\"}") >= 4, "two saves, a read, an issue");
        assertTrue(after.containsKey("ffit_http_request_milliseconds{kind=\"api\",quantile=\"0.95\"}"),
                after::toString);
        assertTrue(after.keySet().stream().anyMatch(k -> k.startsWith("jvm_uptime")), "the JVM's own metrics");
        // who may read /metrics is checked by ExecutableJarIT: here the app is not at the root, /metrics is not ours
    }

    /** /metrics as a Prometheus scraper reads it: name{labels} value, without the scope label */
    private Map<String, Double> metrics(String root) {
        Response scraped = http.get(As.NOBODY.withHeader("Accept",
                "application/openmetrics-text;version=1.0.0;q=0.5,text/plain;version=0.0.4;q=0.3,*/*;q=0.1"),
                root + "/metrics");
        assertEquals(200, scraped.status(), scraped::toString);
        assertTrue(scraped.header("Content-Type").startsWith("text/plain"), scraped::toString);
        Map<String, Double> values = new java.util.HashMap<>();
        for (String line : scraped.body().split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int space = line.lastIndexOf(' ');
            String name = line.substring(0, space).replaceAll(",?mp_scope=\"[a-z]+\"", "").replace("{,", "{")
                    .replace("{}", "");
            values.put(name, Double.parseDouble(line.substring(space + 1)));
        }
        return values;
    }

    @Test
    void anotherOrganisationsIdsAnswer404ExactlyLikeIdsThatDoNotExist() {
        long cohortId = a.cohort("Nur für A " + a.run, 1);
        long learnerId = a.learner("Amina Haddad", "أمينة حداد", "ar");
        long enrollmentId = a.enrol(cohortId, learnerId);
        long lessonId = http.get(a.coordinator, "/api/cohorts/" + cohortId + "/lessons").array()
                .getJsonObject(0).getJsonNumber("id").longValue();

        for (String path : List.of("/api/courses/" + a.courseId, "/api/cohorts/" + cohortId,
                "/api/cohorts/" + cohortId + "/lessons", "/api/cohorts/" + cohortId + "/enrollments",
                "/api/lessons/" + lessonId, "/api/learners/" + learnerId, "/api/enrollments/" + enrollmentId,
                "/api/locations/" + a.locationId)) {
            Response foreign = http.get(b.coordinator, path);
            assertProblem(foreign, 404);
            assertFalse(foreign.body().contains("Amina"), foreign.body());
        }
        assertProblem(http.put(b.coordinator, "/api/courses/" + a.courseId, "{\"title\":\"Übernommen\",\"version\":0}"),
                404);
        assertProblem(http.post(b.coordinator, "/api/cohorts/" + cohortId + "/enrollments",
                "{\"learnerId\":" + b.learner("Mehmet", null, "tr") + "}"), 404);
        assertProblem(http.post(b.coordinator, "/api/enrollments/" + enrollmentId + "/withdraw", "{}"), 404);
        assertProblem(http.delete(b.coordinator, "/api/lessons/" + lessonId), 404);
        assertEquals(200, http.get(a.coordinator, "/api/lessons/" + lessonId).status(), "A's lesson is untouched");
        assertEquals("ENROLLED", http.get(a.coordinator, "/api/enrollments/" + enrollmentId).json()
                .getString("status"));

        String foreignDetail = http.get(b.coordinator, "/api/cohorts/" + cohortId).json().getString("detail");
        String missingDetail = http.get(b.coordinator, "/api/cohorts/999999999").json().getString("detail");
        assertEquals(missingDetail, foreignDetail, "a foreign id must not be told apart from a missing one");
        assertTrue(http.get(b.coordinator, "/api/cohorts").array().isEmpty());
        assertEquals(0, http.get(b.coordinator, "/api/learners?q=Amina").json().getInt("total"));
    }

    @Test
    void badInputGetsAClearMessageInTheCallersLanguage() {
        assertProblem(http.get(a.coordinator, "/api/courses/abc"), 404);
        assertProblem(http.get(a.coordinator, "/api/courses/123456789012345678901234567890"), 404);
        assertProblem(http.get(a.coordinator, "/api/learners?max=lots"), 400);

        Response empty = http.post(a.coordinator, "/api/courses", "");
        assertTrue(empty.status() == 400 || empty.status() == 415, empty::toString);
        assertProblem(http.post(a.coordinator, "/api/courses", "{\"title\": "), 400);

        Response invalid = http.post(a.coordinator.in("de"), "/api/courses",
                "{\"title\":\"" + "x".repeat(161) + "\",\"minAttendancePercent\":150}");
        assertProblem(invalid, 400);
        Set<String> fields = invalid.json().getJsonArray("errors").stream()
                .map(e -> ((JsonObject) e).getString("field")).collect(Collectors.toSet());
        assertEquals(Set.of("title", "minAttendancePercent"), fields);
        assertEquals("Einige Angaben sind nicht gültig.", invalid.json().getString("detail"));

        Response duplicate = http.post(a.coordinator.in("de"), "/api/courses", "{\"title\":\"FFIT BASIS\"}");
        assertProblem(duplicate, 409);
        assertEquals("Einen Kursplan „FFIT BASIS“ gibt es schon.", duplicate.json().getString("detail"));

        Response tooManyLessons = http.post(a.coordinator, "/api/cohorts", "{\"name\":\"Lang\",\"courseId\":"
                + a.courseId + ",\"locationId\":" + a.locationId + ",\"schedule\":{\"from\":\"2027-01-01\","
                + "\"to\":\"2030-01-01\",\"days\":[\"MONDAY\"],\"start\":\"09:00:00\",\"end\":\"10:00:00\"}}");
        assertProblem(tooManyLessons, 400);
        assertTrue(http.get(a.coordinator, "/api/cohorts").array().isEmpty(), "nothing half-written");

        Response unknownLanguage = http.post(a.coordinator, "/api/learners",
                "{\"name\":\"X\",\"preferredLanguage\":\"xx\"}");
        assertProblem(unknownLanguage, 400);
        assertEquals("preferredLanguage", unknownLanguage.json().getJsonArray("errors").getJsonObject(0)
                .getString("field"));
    }

    @Test
    void aSaveOnAnOutdatedVersionIsRefusedWith409() {
        JsonObject course = http.get(a.coordinator, "/api/courses/" + a.courseId).json();
        long version = course.getJsonNumber("version").longValue();
        Response first = http.put(a.coordinator, "/api/courses/" + a.courseId,
                "{\"title\":\"ffIT Basis 2027\",\"version\":" + version + "}");
        assertEquals(200, first.status(), first::toString);
        Response second = http.put(a.coordinator, "/api/courses/" + a.courseId,
                "{\"title\":\"ffIT Basis alt\",\"version\":" + version + "}");
        assertProblem(second, 409);
        assertEquals("urn:ffit:problem:stale", second.json().getString("type"));
        assertEquals("ffIT Basis 2027", http.get(a.coordinator, "/api/courses/" + a.courseId).json()
                .getString("title"));
    }

    @Test
    void answersCarrySecurityHeaders() {
        Response response = http.get(a.coordinator, "/api/cohorts");
        assertEquals("nosniff", response.header("X-Content-Type-Options"));
        assertNotNull(response.header("Content-Security-Policy"));
        assertEquals("no-store", response.header("Cache-Control"));
        JsonValue body = response.array();
        assertNotNull(body);
    }

    @Test
    void namesLoseControlAndBidiCharactersAndTheirLengthCountsCharactersNotUtf16Units() {
        // NUL, a bell and a right-to-left override in a learner's name, a cohort's and a location's
        long learner = a.learner("Ali\u0000 \u202Ecba\u0007 Haddad", "\u202Eعلي\u202C", "ar");
        JsonObject stored = http.get(a.coordinator, "/api/learners/" + learner).json();
        assertEquals("Ali cba Haddad", stored.getString("name"), "controls and the override are gone");
        assertEquals("علي", stored.getString("nameOriginal"));
        long location = Fixture.created(http.post(a.coordinator, "/api/locations",
                "{\"name\":" + Http.str("Raum\u2066 \u0000B") + ",\"kind\":\"ACCOMMODATION\"}"));
        assertTrue(http.get(a.coordinator, "/api/locations").body().contains("\"Raum B\""),
                http.get(a.coordinator, "/api/locations")::toString);
        assertTrue(location > 0);

        // 120 characters outside the Basic Multilingual Plane (240 UTF-16 units) are 120 characters
        String emoji = "\uD83D\uDE00".repeat(60) + "\uD83A\uDFE0".repeat(60);
        long long120 = a.learner(emoji, null, "ti");
        assertEquals(emoji, http.get(a.coordinator, "/api/learners/" + long120).json().getString("name"));
        Response tooLong = http.post(a.coordinator.in("de"), "/api/learners", "{\"name\":" + Http.str(emoji + "x")
                + ",\"preferredLanguage\":\"ti\"}");
        assertProblem(tooLong, 400);
        assertTrue(tooLong.body().contains("120"), tooLong.body());
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

    private void signIn(Browser browser, Http.As who) {
        browser.signIn(base, who);
    }

    private void choose(Browser browser, String selectOneMenuId, long value) {
        browser.script("PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);", selectOneMenuId,
                String.valueOf(value));
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
    void theLanguageSwitchNeverSendsAnyoneToAnotherSite() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + deployed.getPort() + "//evil.example/x.xhtml?lang=de")).build(),
                HttpResponse.BodyHandlers.ofString());
        String location = answer.headers().firstValue("Location").orElse("");
        java.net.URI target = URI.create(base).resolve(location);
        assertEquals("127.0.0.1", target.getHost(), location);
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
