package de.ffit.campus.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ffit.campus.TestDeployments;
import de.ffit.campus.support.Browser;
import de.ffit.campus.support.Fixture;
import de.ffit.campus.support.Http;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * WCAG 2.2 AA with axe-core (bundled from npm by {@code src/test/js/axe.sh}, nothing loaded from the internet) in
 * headless Chromium: every page of the office, the kiosk and the public pages, in German and in Arabic (right to
 * left), with data on them. Each page must have no violation of the WCAG 2.0/2.1/2.2 A and AA rules, and carry
 * the right {@code lang} and {@code dir}. The data carries names made to run a script if they were not escaped;
 * none may run on any page.
 */
@ExtendWith(ArquillianExtension.class)
class AccessibilityIT {

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
    void anOrganisationWithACohort() throws Exception {
        base = "http://127.0.0.1:" + deployed.getPort() + "/ffit-campus";
        http = new Http(base);
        a = new Fixture(http, "A11y");
    }

    /** Runs axe on the page as it is now; the violations, one line each. */
    private List<String> violations(WebDriver driver, String page) {
        List<String> lines = new ArrayList<>();
        de.ffit.campus.support.Axe.violations(driver).forEach(v -> lines.add(page + " → " + v));
        return lines;
    }

    private void signIn(WebDriver driver, Browser browser, Http.As who) {
        driver.get(base + "/login.xhtml");
        driver.findElement(By.id("signIn:username")).sendKeys(who.user());
        driver.findElement(By.id("signIn:password")).sendKeys(who.password());
        driver.findElement(By.id("signIn:submit")).click();
        browser.waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("login.xhtml")));
    }

    private List<String> check(Browser browser, String language, List<String> pages) {
        WebDriver driver = browser.driver();
        List<String> all = new ArrayList<>();
        for (String page : pages) {
            driver.get(base + page + (page.contains("?") ? "&" : "?") + "lang=" + language);
            browser.waiting().until(d -> "complete".equals(((JavascriptExecutor) d).executeScript(
                    "return document.readyState")));
            String lang = driver.findElement(By.tagName("html")).getAttribute("lang");
            String dir = driver.findElement(By.tagName("html")).getAttribute("dir");
            assertEquals(language, lang, page);
            assertEquals(language.equals("ar") ? "rtl" : "ltr", dir, page);
            all.addAll(violations(driver, page + " [" + language + "]"));
            if (page.startsWith("/learners/index")) {
                String text = driver.findElement(By.tagName("main")).getText();
                assertTrue(text.contains("<img src=x onerror="), "the learner's name is shown, as text: " + text);
            }
            Object fired = ((JavascriptExecutor) driver).executeScript("return window.__xss");
            if (fired != null) {
                all.add(page + " [" + language + "] → a name ran as script: payload " + fired);
            }
        }
        return all;
    }

    @Test
    void everyOfficePageHasNoWcagViolationInGermanAndArabic() {
        // names that try to run a script wherever they are shown: every page below must print them as text
        long cohort = a.cohortStartedWeeksAgo("Barrierefrei <script>window.__xss=1</script> " + a.run, 2, 4);
        long learner = a.learner("Amina <img src=x onerror=\"window.__xss=2\"> Haddad", "أمينة حداد", "ar");
        a.enrol(cohort, learner);
        Fixture.created(http.post(a.coordinator, "/api/locations", "{\"name\":" + Http.str(
                "Raum <svg onload=window.__xss=3>") + ",\"kind\":\"CLASSROOM\"}"));
        long module = Fixture.created(http.post(a.coordinator, "/api/courses/" + a.courseId + "/modules",
                "{\"title\":" + Http.str("Internet \"><script>window.__xss=4</script>") + "}"));
        Fixture.created(http.post(a.coordinator, "/api/modules/" + module + "/exercises",
                "{\"title\":" + Http.str("E-Mail <b onmouseover=window.__xss=5>senden</b>")
                        + ",\"mandatory\":true,\"competences\":[\"2.1\"]}"));
        long lesson = http.get(a.coordinator, "/api/cohorts/" + cohort + "/lessons").array().getJsonObject(0)
                .getJsonNumber("id").longValue();
        // a note and a certificate reason that try it too: the take-attendance page, the audit log, verification
        long enrollment = http.get(a.coordinator, "/api/cohorts/" + cohort + "/enrollments").array().getJsonObject(0)
                .getJsonNumber("id").longValue();
        assertEquals(200, http.send(a.coordinator.withHeader("If-Match", "*"), "PUT", "/api/lessons/" + lesson
                + "/attendance", "{\"records\":[{\"enrollmentId\":" + enrollment + ",\"status\":\"LATE\",\"note\":"
                + Http.str("Bus <img src=x onerror=window.__xss=6>") + "}]}").status());
        String verification = http.post(a.coordinator, "/api/enrollments/" + enrollment + "/certificate",
                "{\"overrideReason\":" + Http.str("Nachgeholt <script>window.__xss=7</script>") + "}").json()
                .getString("verificationCode");
        List<String> coordinatorPages = List.of("/index.xhtml", "/verify/" + verification, "/cohorts/index.xhtml", "/cohorts/new.xhtml",
                "/cohorts/view.xhtml?id=" + cohort, "/cohorts/enrollments.xhtml?id=" + cohort,
                "/cohorts/lessons.xhtml?id=" + cohort, "/cohorts/attendance.xhtml?id=" + cohort,
                "/cohorts/exercises.xhtml?id=" + cohort, "/cohorts/progress.xhtml?id=" + cohort,
                "/cohorts/certificates.xhtml?id=" + cohort, "/cohorts/kiosk-card.xhtml?learner=" + learner,
                "/attendance/take.xhtml?lesson=" + lesson,
                "/courses/index.xhtml", "/courses/edit.xhtml?id=" + a.courseId, "/courses/plan.xhtml?id=" + a.courseId,
                "/courses/texts.xhtml?id=" + a.courseId,
                "/courses/guides.xhtml", "/learners/index.xhtml", "/learners/edit.xhtml?id=" + learner,
                "/locations/index.xhtml", "/locations/kiosks.xhtml", "/reports/impact.xhtml");
        List<String> adminPages = List.of("/admin/accounts.xhtml", "/admin/organisations.xhtml", "/admin/audit.xhtml");
        List<String> publicPages = List.of("/login.xhtml", "/verify.xhtml", "/not-found.xhtml");
        List<String> found = new ArrayList<>();
        for (String language : List.of("de", "ar")) {
            try (Browser browser = new Browser(language, 1280, 900)) {
                found.addAll(check(browser, language, publicPages));
                signIn(browser.driver(), browser, a.coordinator);
                found.addAll(check(browser, language, coordinatorPages));
            }
        }
        // the admin pages, as the installation's admin
        for (String language : List.of("de", "ar")) {
            try (Browser browser = new Browser(language, 1280, 900)) {
                signIn(browser.driver(), browser, Fixture.ADMIN);
                found.addAll(check(browser, language, adminPages));
            }
        }
        assertTrue(found.isEmpty(), found.size() + " WCAG violations:\n" + String.join("\n", found));
    }

    @Test
    void theKioskHasNoWcagViolationAndEveryRightToLeftLanguageIsRightToLeft() {
        long cohort = a.cohortStartedWeeksAgo("Kiosk barrierefrei " + a.run, 2, 4);
        // what a learner sees of themselves and of the course, with names that try to run a script
        long learner = a.learner("Amina <img src=x onerror=\"window.__xss=8\"> Haddad", "أمينة حداد", "ar");
        a.enrol(cohort, learner);
        Fixture.created(http.post(a.coordinator, "/api/modules/" + Fixture.created(http.post(a.coordinator,
                "/api/courses/" + a.courseId + "/modules", "{\"title\":" + Http.str("Internet <svg onload=window.__xss=9>")
                + "}")) + "/exercises", "{\"title\":" + Http.str("E-Mail <script>window.__xss=10</script>senden")
                + ",\"mandatory\":true,\"competences\":[\"2.1\"]}"));
        String pin = http.put(a.coordinator, "/api/learners/" + learner + "/pin", "{}").json().getString("pin");
        String code = http.get(a.coordinator, "/api/learners/" + learner).json().getString("code");
        List<String> found = new ArrayList<>();
        for (String language : List.of("de", "ar")) {
            String setupCode = http.post(a.coordinator, "/api/kiosks", "{\"name\":" + Http.str("Tablet " + language
                    + " " + a.run) + ",\"locationId\":" + a.locationId + "}").json().getString("setupCode");
            try (Browser browser = new Browser(language, 1024, 768)) {
                WebDriver driver = browser.driver();
                driver.get(base + "/kiosk/setup.xhtml?lang=" + language);
                found.addAll(violations(driver, "/kiosk/setup.xhtml [" + language + "]"));
                driver.findElement(By.id("setupCode")).sendKeys(setupCode);
                driver.findElement(By.id("set-up")).click();
                browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("code")));
                driver.get(base + "/kiosk/?lang=" + language);
                found.addAll(violations(driver, "/kiosk/ [" + language + "]"));
                driver.findElement(By.id("code")).sendKeys(code);
                driver.findElement(By.id("next")).click();
                browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("pin")));
                found.addAll(violations(driver, "/kiosk/pin.xhtml [" + language + "]"));
                for (char digit : pin.toCharArray()) {
                    driver.findElement(By.cssSelector("[data-key='" + digit + "']")).click();
                }
                driver.findElement(By.id("sign-in")).click();
                browser.waiting().until(ExpectedConditions.urlContains("/kiosk/me.xhtml"));
                found.addAll(violations(driver, "/kiosk/me.xhtml [" + language + "]"));
                assertTrue(driver.findElement(By.tagName("body")).getText().contains("E-Mail <script>"),
                        "the exercise's title is shown, as text");
                Object fired = ((JavascriptExecutor) driver).executeScript("return window.__xss");
                if (fired != null) {
                    found.add("/kiosk/me.xhtml [" + language + "] → a name ran as script: payload " + fired);
                }
            }
        }
        // every right-to-left language: dir and lang on the page, and a screenshot for a person to look at
        for (String language : List.of("ar", "fa", "ps")) {
            try (Browser browser = new Browser(language, 1280, 900)) {
                signIn(browser.driver(), browser, a.coordinator);
                browser.driver().get(base + "/cohorts/enrollments.xhtml?id=" + cohort + "&lang=" + language);
                assertEquals(language, browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
                assertEquals("rtl", browser.driver().findElement(By.tagName("html")).getAttribute("dir"));
                browser.screenshot("enrollments-" + language);
            }
        }
        assertTrue(found.isEmpty(), found.size() + " WCAG violations:\n" + String.join("\n", found));
    }

    /**
     * Under the strict Content-Security-Policy (issue 22) PrimeFaces' handlers still run from its nonce'd script: a
     * dialog opens from its button, refuses an empty name in place, and closes after a save, whose row then stands
     * in the table; in German and in Arabic, on the office's screen. The browser fails on any CSP violation.
     */
    @Test
    void aDialogOpensAndClosesAfterSavingUnderTheStrictPolicy() {
        for (String language : List.of("de", "ar")) {
            try (Browser browser = new Browser(language, 1280, 800)) {
                WebDriver driver = browser.driver();
                signIn(driver, browser, a.coordinator);
                driver.get(base + "/locations/index.xhtml?lang=" + language);
                driver.findElement(By.id("locations:add")).click();
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("form:name")));
                driver.findElement(By.id("form:save")).click();
                browser.waiting().until(ExpectedConditions.attributeContains(By.id("form:name"), "class",
                        "ui-state-error"));
                assertTrue(driver.findElement(By.id("dialog")).isDisplayed(), "an empty name keeps the dialog open");
                String name = "Bürgerhaus CSP " + language + " " + a.run;
                driver.findElement(By.id("form:name")).sendKeys(name);
                browser.screenshot("csp-dialog-" + language);
                driver.findElement(By.id("form:save")).click();
                browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("dialog")));
                browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("locations:table"),
                        name));
                browser.screenshot("csp-dialog-saved-" + language);
                assertEquals(List.of(), browser.cspViolations());
            }
        }
    }
}
