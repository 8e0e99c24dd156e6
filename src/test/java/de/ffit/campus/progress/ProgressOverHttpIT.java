package de.ffit.campus.progress;

import static de.ffit.campus.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ffit.campus.TestDeployments;
import de.ffit.campus.support.Browser;
import de.ffit.campus.support.Fixture;
import de.ffit.campus.support.Http;
import de.ffit.campus.support.Http.Response;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
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
 * Progress as a client sees it: read per cohort and per learner over the API, and the trainer’s exercise grid in
 * headless Chromium. The services themselves are tested in the container by {@link ProgressIT}.
 */
@ExtendWith(ArquillianExtension.class)
class ProgressOverHttpIT {

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
    void progressIsReadPerCohortAndPerLearnerWithMissingItemsInTheCallersLanguage() {
        long cohortId = a.cohortStartedWeeksAgo("Fortschritt " + a.run, 2, 4);
        long module = Fixture.created(http.post(a.coordinator, "/api/courses/" + a.courseId + "/modules",
                "{\"title\":\"Internet\"}"));
        long mail = Fixture.created(http.post(a.coordinator, "/api/modules/" + module + "/exercises",
                "{\"title\":\"Eine E-Mail mit Anhang senden\",\"mandatory\":true,\"competences\":[\"2.1\"]}"));
        long search = Fixture.created(http.post(a.coordinator, "/api/modules/" + module + "/exercises",
                "{\"title\":\"Im Internet suchen\",\"mandatory\":false,\"competences\":[\"1.1\"]}"));
        long amina = a.learner("Amina Haddad", "أمينة حداد", "ar");
        long enrollment = a.enrol(cohortId, amina);
        String tick = "/api/enrollments/" + enrollment + "/exercises/";

        Response ticked = http.put(a.trainer, tick + search, "{\"done\":true}");
        assertEquals(200, ticked.status(), ticked::toString);
        assertTrue(ticked.json().getBoolean("done"));

        Response cohort = http.get(a.trainer.in("de"), "/api/cohorts/" + cohortId + "/progress");
        assertEquals(200, cohort.status(), cohort::toString);
        JsonObject entry = cohort.array().getJsonObject(0);
        assertEquals(enrollment, entry.getJsonNumber("enrollmentId").longValue());
        assertEquals(amina, entry.getJsonNumber("learnerId").longValue());
        assertEquals("ON_TRACK", entry.getString("status"), entry::toString);
        assertEquals(1, entry.getJsonObject("exercises").getInt("done"));
        assertEquals(2, entry.getJsonObject("exercises").getInt("total"));
        assertEquals(100, entry.getJsonObject("attendance").getInt("percent"), "no lesson held yet: nothing missed");
        assertEquals(List.of("1.1"), entry.getJsonArray("competences").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        // before the first lesson: 3 of the 4 lessons give the 75 %, and the mandatory exercise is still to do
        assertEquals("Noch 3 Termine besuchen", entry.getJsonArray("missing").getString(0), entry::toString);
        assertEquals("Übung „Eine E-Mail mit Anhang senden“ noch nicht gemacht",
                entry.getJsonArray("missing").getString(1), entry::toString);

        Response arabic = http.get(a.trainer.in("ar"), "/api/enrollments/" + enrollment + "/progress");
        assertEquals(200, arabic.status(), arabic::toString);
        assertEquals("التمرين «Eine E-Mail mit Anhang senden» لم يُنجز بعد",
                arabic.json().getJsonArray("missing").getString(1));

        // the learner reports the other one; it waits until the trainer confirms it
        assertEquals("PENDING", http.post(a.trainer, tick + mail + "/report", "").json().getString("state"));
        assertEquals(1, http.get(a.trainer, "/api/enrollments/" + enrollment + "/progress").json()
                .getJsonObject("exercises").getInt("pending"));
        assertEquals(200, http.post(a.trainer, tick + mail + "/confirm", "").status());
        JsonObject after = http.get(a.trainer, "/api/enrollments/" + enrollment + "/progress").json();
        assertEquals(2, after.getJsonObject("exercises").getInt("done"));
        // every exercise done, but no lesson held yet: only the lessons are missing, not yet eligible
        assertEquals("ON_TRACK", after.getString("status"), after::toString);
        assertEquals(1, after.getJsonArray("missing").size(), after::toString);

        Response noBody = http.put(a.trainer.in("de"), tick + mail, "{}");
        assertProblem(noBody, 400);
        assertTrue(noBody.body().contains("Erledigt"), noBody.body());
        long otherCourse = Fixture.created(http.post(a.coordinator, "/api/courses", "{\"title\":\"Anderer Kurs\"}"));
        long otherModule = Fixture.created(http.post(a.coordinator, "/api/courses/" + otherCourse + "/modules",
                "{\"title\":\"M\"}"));
        long foreign = Fixture.created(http.post(a.coordinator, "/api/modules/" + otherModule + "/exercises",
                "{\"title\":\"Fremd\",\"mandatory\":true}"));
        Response wrongCourse = http.put(a.trainer.in("en"), tick + foreign, "{\"done\":true}");
        assertProblem(wrongCourse, 400);
        assertTrue(wrongCourse.body().contains("does not belong to the cohort"), wrongCourse.body());
        assertProblem(http.get(b.coordinator, "/api/cohorts/" + cohortId + "/progress"), 404);
        assertProblem(http.put(b.coordinator, tick + mail, "{\"done\":false}"), 404);
        assertProblem(http.post(a.trainer, "/api/cohorts/" + cohortId + "/finish", ""), 404); // coordinators only
        assertEquals(2, http.get(a.trainer, "/api/enrollments/" + enrollment + "/progress").json()
                .getJsonObject("exercises").getInt("done"), "nothing changed");
    }

    private HtmlPage signIn(WebClient client, String path, Http.As who) throws Exception {
        HtmlPage login = client.getPage(base + path);
        login.<org.htmlunit.html.HtmlInput>getHtmlElementById("signIn:username").setValue(who.user());
        login.<org.htmlunit.html.HtmlInput>getHtmlElementById("signIn:password").setValue(who.password());
        return login.<org.htmlunit.html.HtmlSubmitInput>getHtmlElementById("signIn:submit").click();
    }

    private void signIn(Browser browser, Http.As who) {
        browser.signIn(base, who);
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

}
