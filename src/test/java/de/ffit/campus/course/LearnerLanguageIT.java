package de.ffit.campus.course;

import static de.ffit.campus.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ffit.campus.TestDeployments;
import de.ffit.campus.course.entity.CourseTextKey;
import de.ffit.campus.platform.i18n.Messages;
import de.ffit.campus.support.Axe;
import de.ffit.campus.support.Browser;
import de.ffit.campus.support.CampusToday;
import de.ffit.campus.support.Fixture;
import de.ffit.campus.support.Http;
import de.ffit.campus.support.Http.Response;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
 * The learner reads the course in their own language: at the kiosk (real Chromium at the kiosk's 1280 x 800) the
 * course, module and exercise titles, lesson topics and every line of "what is missing" come in Arabic, Ukrainian
 * or Tigrinya where a volunteer translated them, else in German marked {@code lang="de"}; a reported exercise is
 * waiting for the trainer, never "not done"; and an Arabic learner's certificate names the course and modules in
 * Arabic in its Arabic blocks. Translations are rows of course_text, written here straight into the database,
 * or sent as a sheet per language through the API, all or nothing.
 */
@ExtendWith(ArquillianExtension.class)
class LearnerLanguageIT {

    private static final String COURSE = "ffIT Basis";
    private static final String INTERNET = "Internet und E-Mail";
    private static final String COMPUTER = "Computer";
    private static final String MAIL = "Eine E-Mail mit Anhang senden";
    private static final String PASSWORDS = "Sichere Passwörter erstellen";
    private static final String FILES = "Dateien speichern";
    private static final String TOPIC = "Passwörter üben";

    /** what a volunteer translated, per language: course, modules, two of the three exercises, the topic */
    private static final Map<String, Map<String, String>> TRANSLATED = Map.of(
            "ar", Map.of(COURSE, "الأساسيات الرقمية", INTERNET, "الإنترنت والبريد الإلكتروني", COMPUTER, "الحاسوب",
                    MAIL, "إرسال بريد إلكتروني مع مرفق", PASSWORDS, "إنشاء كلمات مرور آمنة", TOPIC,
                    "التدرّب على كلمات المرور"),
            "uk", Map.of(COURSE, "Цифрові основи", INTERNET, "Інтернет і електронна пошта", COMPUTER, "Комп’ютер",
                    MAIL, "Надіслати лист із вкладенням", PASSWORDS, "Створити надійні паролі", TOPIC,
                    "Вправи з паролями"),
            // Tigrinya has no title for the module "Computer" yet: it comes in German
            "ti", Map.of(COURSE, "ዲጂታላዊ መሰረታት", INTERNET, "ኢንተርነትን ኢመይልን", MAIL, "ምስ ተተሓሒዙ ዘሎ ኢመይል ምልኣኽ",
                    PASSWORDS, "ውሑስ መሕለፊ ቃላት ምፍጣር", TOPIC, "ብመሕለፊ ቃላት ምልምማድ"));

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
        a = new Fixture(http, "L");
    }

    // ---- the course, its translations, its learners -------------------------------------------------------------

    /** the ids of the course's modules and exercises */
    private record Plan(long cohort, long internet, long computer, long mail, long passwords, long files) {
    }

    private record Learner(long id, long enrollment, String code, String pin) {
    }

    /** A cohort that started two weeks ago with a lesson on a topic tomorrow, and three mandatory exercises. */
    private Plan plan() {
        long cohort = a.cohortStartedWeeksAgo("Sprachen " + a.run, 2, 4);
        long internet = module(INTERNET);
        long computer = module(COMPUTER);
        long mail = exercise(internet, MAIL);
        long passwords = exercise(internet, PASSWORDS);
        long files = exercise(computer, FILES);
        Fixture.created(http.post(a.coordinator, "/api/cohorts/" + cohort + "/lessons", "{\"date\":\""
                + CampusToday.today().plusDays(1) + "\",\"start\":\"07:00:00\",\"end\":\"08:00:00\",\"topic\":"
                + Http.str(TOPIC) + "}"));
        return new Plan(cohort, internet, computer, mail, passwords, files);
    }

    private long module(String title) {
        return Fixture.created(http.post(a.coordinator, "/api/courses/" + a.courseId + "/modules",
                "{\"title\":" + Http.str(title) + "}"));
    }

    private long exercise(long module, String title) {
        return Fixture.created(http.post(a.coordinator, "/api/modules/" + module + "/exercises",
                "{\"title\":" + Http.str(title) + ",\"mandatory\":true,\"competences\":[\"2.1\"]}"));
    }

    /** course_text rows as a volunteer's spreadsheet import leaves them (drafts, not yet reviewed) */
    private void translate(Plan plan, String language) throws SQLException {
        Map<String, String> own = TRANSLATED.get(language);
        Map<CourseTextKey, String> german = new LinkedHashMap<>();
        german.put(CourseTextKey.courseTitle(), COURSE);
        german.put(CourseTextKey.moduleTitle(plan.internet()), INTERNET);
        german.put(CourseTextKey.moduleTitle(plan.computer()), COMPUTER);
        german.put(CourseTextKey.exerciseTitle(plan.mail()), MAIL);
        german.put(CourseTextKey.exerciseTitle(plan.passwords()), PASSWORDS);
        german.put(CourseTextKey.topic(TOPIC), TOPIC);
        // FILES is translated nowhere
        try (Connection db = DriverManager.getConnection(System.getProperty("it.db.url"),
                System.getProperty("it.db.user"), System.getProperty("it.db.password"));
                PreparedStatement insert = db.prepareStatement("insert into course_text (course_id, text_key, "
                        + "language, text, source, reviewed, updated_at, updated_by, version) "
                        + "values (?, ?, ?, ?, ?, false, current_timestamp, 'volunteer', 0)")) {
            for (Map.Entry<CourseTextKey, String> text : german.entrySet()) {
                String translation = own.get(text.getValue());
                if (translation == null) {
                    continue;
                }
                insert.setLong(1, a.courseId);
                insert.setString(2, text.getKey().value());
                insert.setString(3, language);
                insert.setString(4, translation);
                insert.setString(5, text.getValue());
                insert.executeUpdate();
            }
        }
    }

    private Learner learner(long cohort, String name, String language) {
        long id = a.learner(name, null, language);
        long enrollment = a.enrol(cohort, id);
        Http.Response pin = http.put(a.coordinator, "/api/learners/" + id + "/pin", "{}");
        assertEquals(200, pin.status(), pin::toString);
        String code = http.get(a.coordinator, "/api/learners/" + id).json().getString("code");
        return new Learner(id, enrollment, code, pin.json().getString("pin"));
    }

    // ---- at the kiosk ---------------------------------------------------------------------------------------------

    /** A kiosk set up in this browser, the learner signed in with code and PIN on its keypad. */
    private void signIn(Browser browser, Learner learner) {
        Http.Response registered = http.post(a.coordinator, "/api/kiosks",
                "{\"name\":" + Http.str("Tablet " + learner.code()) + ",\"locationId\":" + a.locationId + "}");
        assertEquals(201, registered.status(), registered::toString);
        WebDriver driver = browser.driver();
        driver.get(base + "/kiosk");
        browser.waiting().until(ExpectedConditions.urlContains("/kiosk/setup.xhtml"));
        driver.findElement(By.id("setupCode")).sendKeys(registered.json().getString("setupCode"));
        driver.findElement(By.id("set-up")).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("code")));
        driver.findElement(By.id("code")).sendKeys(learner.code());
        driver.findElement(By.id("next")).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("pin")));
        for (char digit : learner.pin().toCharArray()) {
            driver.findElement(By.cssSelector("[data-key='" + digit + "']")).click();
        }
        driver.findElement(By.id("sign-in")).click();
        browser.waiting().until(ExpectedConditions.urlContains("/kiosk/me.xhtml"));
    }

    private static String html(WebDriver driver, String attribute) {
        return driver.findElement(By.tagName("html")).getAttribute(attribute);
    }

    /** the element's text and language */
    private static String said(WebElement element) {
        return element.getText().strip() + " [" + element.getAttribute("lang") + "]";
    }

    /** the lines of "what is missing" */
    private static List<WebElement> missing(WebDriver driver) {
        return driver.findElements(By.cssSelector(".kiosk-missing li"));
    }

    /** a line of "what is missing" without the parts marked as German: what is said in the page's language */
    @SuppressWarnings("unchecked")
    private static List<String> ownWords(Browser browser) {
        return (List<String>) browser.script("return Array.from(document.querySelectorAll('.kiosk-missing li'))"
                + ".map(li => { const c = li.cloneNode(true); c.querySelectorAll('[lang=de]').forEach(e => e.remove());"
                + " return c.textContent; });");
    }

    @Test
    void learnersReadTheCourseInArabicUkrainianAndTigrinyaAndWhatIsMissingWithoutGermanFragments()
            throws Exception {
        Plan plan = plan();
        for (String language : List.of("ar", "uk", "ti")) {
            translate(plan, language);
        }
        Map<String, Learner> learners = new LinkedHashMap<>();
        learners.put("ar", learner(plan.cohort(), "Amina Haddad", "ar"));
        learners.put("uk", learner(plan.cohort(), "Olena Kovalenko", "uk"));
        learners.put("ti", learner(plan.cohort(), "Tesfay Gebremedhin", "ti"));
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Learner> entry : learners.entrySet()) {
            String language = entry.getKey();
            Map<String, String> own = TRANSLATED.get(language);
            Locale locale = Locale.forLanguageTag(language);
            try (Browser browser = new Browser("de-DE,de", 1280, 800)) {
                WebDriver driver = browser.driver();
                signIn(browser, entry.getValue());
                assertEquals(language, html(driver, "lang"), "the kiosk speaks the learner's language");

                // "I did this" for the e-mail exercise
                driver.findElement(By.cssSelector("#exercise-" + plan.mail() + " .kiosk-report button")).click();
                browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("#exercise-" + plan.mail() + ".is-waiting")));
                browser.screenshot("learner-language-" + language);
                // "what is missing" and the exercises, under the header, for a person to look at
                browser.script("window.scrollTo(0, document.querySelector('.kiosk-missing').closest('section')"
                        + ".getBoundingClientRect().top + window.scrollY - 260)");
                browser.screenshot("learner-language-" + language + "-missing");

                assertEquals(own.get(COURSE) + " [" + language + "]",
                        said(driver.findElement(By.cssSelector(".kiosk-course-head h2 bdi"))), "the course title");
                List<String> modules = driver.findElements(By.cssSelector(".kiosk-module h4 bdi")).stream()
                        .map(LearnerLanguageIT::said).toList();
                String computer = own.containsKey(COMPUTER) ? own.get(COMPUTER) + " [" + language + "]"
                        : COMPUTER + " [de]";
                assertEquals(List.of(own.get(INTERNET) + " [" + language + "]", computer), modules,
                        "the module titles; one without a translation in German, marked so");
                assertEquals(own.get(MAIL) + " [" + language + "]", said(driver.findElement(
                        By.cssSelector("#exercise-" + plan.mail() + " .kiosk-exercise-title"))));
                assertEquals(own.get(PASSWORDS) + " [" + language + "]", said(driver.findElement(
                        By.cssSelector("#exercise-" + plan.passwords() + " .kiosk-exercise-title"))));
                assertEquals(FILES + " [de]", said(driver.findElement(
                        By.cssSelector("#exercise-" + plan.files() + " .kiosk-exercise-title"))),
                        "an exercise nobody translated: in German, marked lang=de");
                assertTrue(driver.findElements(By.cssSelector(".kiosk-topic bdi")).stream().map(LearnerLanguageIT::said)
                        .toList().contains(own.get(TOPIC) + " [" + language + "]"), "the next lesson's topic");

                // what is missing: each line a sentence in the learner's language around the title
                List<String> lines = missing(driver).stream().map(li -> li.getText().strip()).toList();
                String waiting = Messages.text(locale, "kiosk.missing.waiting", own.get(MAIL));
                String notDone = Messages.text(locale, "missing.exercise", own.get(PASSWORDS));
                String germanOnly = Messages.text(locale, "missing.exercise", FILES);
                for (String line : List.of(waiting, notDone, germanOnly)) {
                    if (!lines.contains(line)) {
                        problems.add(language + ": no line «" + line + "» in " + lines);
                    }
                }
                String notDoneMail = Messages.text(locale, "missing.exercise", own.get(MAIL));
                if (lines.contains(notDoneMail)) {
                    problems.add(language + ": the reported exercise is said to be not done: " + lines);
                }
                List<String> marked = driver.findElements(By.cssSelector(".kiosk-missing [lang=de]")).stream()
                        .map(e -> e.getText().strip()).toList();
                assertEquals(List.of(FILES), marked, "the one German title in the list, marked lang=de");
                assertEquals("ltr", driver.findElement(By.cssSelector(".kiosk-missing bdi[lang=de]"))
                        .getAttribute("dir"));
                for (String words : ownWords(browser)) {
                    if (words.matches("(?s).*[A-Za-zÄÖÜäöüß].*")) {
                        problems.add(language + ": German (or Latin) words outside a lang=de title: " + words);
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theKioskPageStaysAccessibleInArabicAndGerman() {
        Plan plan = plan();
        try {
            translate(plan, "ar");
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
        Learner amina = learner(plan.cohort(), "Amina Haddad", "ar");
        try (Browser browser = new Browser("de-DE,de", 1280, 800)) {
            WebDriver driver = browser.driver();
            signIn(browser, amina);
            assertEquals("ar", html(driver, "lang"));
            List<String> arabic = Axe.violations(driver);
            // the same page in German (the language list's link, however the header shows it)
            browser.script("document.querySelector(\"a[lang='de'][href]\").click()");
            browser.waiting().until(d -> "de".equals(html(d, "lang")));
            assertEquals(MAIL + " [de]", said(driver.findElement(
                    By.cssSelector("#exercise-" + plan.mail() + " .kiosk-exercise-title"))), "German as typed");
            browser.script("window.scrollTo(0, document.querySelector('.kiosk-missing').closest('section')"
                    + ".getBoundingClientRect().top + window.scrollY - 260)");
            browser.screenshot("learner-language-de");
            List<String> german = Axe.violations(driver);
            assertTrue(arabic.isEmpty() && german.isEmpty(), "ar: " + arabic + "\nde: " + german);
        }
    }

    // ---- the learner card ----------------------------------------------------------------------------------------

    @Test
    void anArabicLearnersCardSpeaksArabicWithTheGermanHintAndNamesTheCourseInArabic() throws Exception {
        Plan plan = plan();
        translate(plan, "ar");
        Learner amina = learner(plan.cohort(), "Amina Haddad", "ar");
        Map<String, String> ar = TRANSLATED.get("ar");
        Locale arabic = Locale.forLanguageTag("ar");
        for (String path : List.of("/api/cohorts/" + plan.cohort() + "/learner-cards",
                "/api/learners/" + amina.id() + "/card")) {
            Http.Download pdf = http.download(a.coordinator.in("de"), path);
            assertEquals(200, pdf.status(), path);
            java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "pdf"));
            java.nio.file.Files.write(java.nio.file.Path.of("target", "pdf", "learner-language-card"
                    + (path.endsWith("/card") ? "" : "s") + ".pdf"), pdf.body());
            String text;
            try (PDDocument document = Loader.loadPDF(pdf.body())) {
                text = Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC)
                        .replaceAll("\\s+", " ");
            }
            for (String said : List.of(Messages.text(arabic, "card.heading"), Messages.text(arabic, "card.hint"),
                    ar.get(COURSE))) {
                assertTrue(text.contains(Normalizer.normalize(said, Normalizer.Form.NFKC)), path + ": «" + said
                        + "» missing in " + text);
            }
            assertTrue(text.contains(Messages.text(Locale.GERMAN, "card.hint")), path + ": the German hint in " + text);
            assertFalse(text.contains(Messages.text(Locale.GERMAN, "card.heading")),
                    path + ": the heading in her language, not the coordinator's: " + text);
        }
    }

    // ---- the certificate ----------------------------------------------------------------------------------------

    @Test
    void anArabicLearnersCertificateNamesCourseAndModulesInArabicInItsArabicBlocks() throws Exception {
        Plan plan = plan();
        translate(plan, "ar");
        Learner amina = learner(plan.cohort(), "Amina Haddad", "ar");
        for (long exercise : List.of(plan.mail(), plan.passwords())) {
            assertEquals(200, http.put(a.trainer, "/api/enrollments/" + amina.enrollment() + "/exercises/"
                    + exercise, "{\"done\":true}").status());
        }
        Http.Response issued = http.post(a.coordinator, "/api/enrollments/" + amina.enrollment() + "/certificate",
                "{\"overrideReason\":\"Kurs nachgeholt\"}");
        assertEquals(201, issued.status(), issued::toString);
        Http.Download pdf = http.download(a.coordinator, "/api/certificates/" + issued.json().getString("serial")
                + ".pdf");
        assertEquals(200, pdf.status());
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "certificates"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "certificates", "learner-language-ar.pdf"),
                pdf.body());
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            text = Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC);
        }
        Map<String, String> ar = TRANSLATED.get("ar");
        assertTrue(text.contains("am Kurs „" + COURSE + "“"), "the German block in German: " + text);
        assertTrue(text.contains("Abgeschlossene Module: " + INTERNET), "the completed module in German: " + text);
        assertTrue(text.contains(Normalizer.normalize("«" + ar.get(COURSE) + "»", Normalizer.Form.NFKC)),
                "the Arabic block names the course in Arabic: " + text);
        assertTrue(text.contains(Normalizer.normalize(ar.get(INTERNET), Normalizer.Form.NFKC)),
                "the Arabic block names the completed module in Arabic: " + text);
        assertFalse(text.contains(Normalizer.normalize(ar.get(COMPUTER), Normalizer.Form.NFKC)),
                "a module not completed is not named: " + text);
    }

    // ---- the learner's own copy (issue 21) ----------------------------------------------------------------------

    /** "Your certificate is ready (from <day>, number <serial>) ..." in the page's language, with the serial */
    private static void assertCertificateSentence(WebDriver driver, String language, String serial) {
        String sentence = driver.findElement(By.cssSelector(".kiosk-certificate")).getText();
        String pattern = Messages.text(Locale.forLanguageTag(language), "kiosk.certificate.ISSUED");
        assertTrue(sentence.startsWith(pattern.substring(0, pattern.indexOf("{0}")).strip())
                && sentence.contains(serial) && !sentence.contains("{"), language + ": " + sentence);
    }

    /**
     * At the kiosk a learner with a certificate sees a QR code, in Arabic and in German, axe clean; its link gives
     * the learner's PDF to anyone holding it (her phone, not signed in) once; then, and once expired, 404.
     */
    @Test
    void aLearnerWithACertificateTakesItHomeByQrCodeOnceWithinFifteenMinutes() throws Exception {
        Plan plan = plan();
        Learner amina = learner(plan.cohort(), "Amina Haddad", "ar");
        Http.Response issued = http.post(a.coordinator, "/api/enrollments/" + amina.enrollment() + "/certificate",
                "{\"overrideReason\":\"Kurs nachgeholt\"}");
        assertEquals(201, issued.status(), issued::toString);
        byte[] pdf = http.download(a.coordinator, "/api/certificates/" + issued.json().getString("serial") + ".pdf")
                .body();
        String arabicLink;
        String germanLink;
        try (Browser browser = new Browser("de-DE,de", 1280, 800)) {
            WebDriver driver = browser.driver();
            signIn(browser, amina);
            assertEquals("ar", html(driver, "lang"));
            String copy = "#certificate-copy-" + amina.enrollment();
            WebElement figure = driver.findElement(By.cssSelector(copy));
            assertEquals(Messages.text(Locale.forLanguageTag("ar"), "kiosk.certificate.qr"),
                    driver.findElement(By.cssSelector(copy + " [role=img]")).getAttribute("aria-label"));
            assertTrue(figure.getText().contains("١٥"), "the minutes in Arabic digits: " + figure.getText());
            arabicLink = figure.getAttribute("data-copy-link");
            // the sentence above it, with the certificate's day and number (made by the page bean since issue 24)
            String serial = issued.json().getString("serial");
            assertCertificateSentence(driver, "ar", serial);
            browser.script("arguments[0].scrollIntoView({block: 'center'})", figure);
            browser.screenshot("certificate-copy-ar");
            List<String> arabic = Axe.violations(driver);
            browser.script("document.querySelector(\"a[lang='de'][href]\").click()");
            browser.waiting().until(d -> "de".equals(html(d, "lang")));
            figure = driver.findElement(By.cssSelector(copy));
            germanLink = figure.getAttribute("data-copy-link");
            assertTrue(figure.getText().contains("15 Minuten"), figure.getText());
            assertCertificateSentence(driver, "de", serial);
            browser.script("arguments[0].scrollIntoView({block: 'center'})", figure);
            browser.screenshot("certificate-copy-de");
            List<String> german = Axe.violations(driver);
            assertTrue(arabic.isEmpty() && german.isEmpty(), "ar: " + arabic + "\nde: " + german);
        }
        assertTrue(!arabicLink.equals(germanLink), "every showing its own link");
        java.net.http.HttpClient phone = java.net.http.HttpClient.newHttpClient();
        java.util.function.Function<String, java.net.http.HttpResponse<byte[]>> scan = link -> {
            try {
                return phone.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base
                        + link.substring(link.indexOf("/certificate-copy/")))).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        };
        var first = scan.apply(germanLink);
        assertEquals(200, first.statusCode());
        assertTrue(first.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"),
                first.headers()::toString);
        assertTrue(java.util.Arrays.equals(pdf, first.body()), "the learner's own PDF");
        assertEquals(404, scan.apply(germanLink).statusCode(), "a second time");
        try (Connection db = DriverManager.getConnection(System.getProperty("it.db.url"),
                System.getProperty("it.db.user"), System.getProperty("it.db.password"));
                java.sql.Statement st = db.createStatement()) {
            st.executeUpdate("update certificate_copy set expires_at = date_sub(expires_at, interval 16 minute) "
                    + "where used_at is null");
        }
        assertEquals(404, scan.apply(arabicLink).statusCode(), "after 15 minutes");
    }

    private static String basic(String user) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + Fixture.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** PUT of a sheet as a translator's file (not JSON), as a script or the page sends it */
    private HttpResponse<String> putSheet(String user, String path, String csv) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http.base() + path))
                .header("Content-Type", "text/csv; charset=UTF-8").header("Accept-Language", "de")
                .PUT(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8));
        if (user != null) {
            request.header("Authorization", basic(user));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString(
                StandardCharsets.UTF_8));
    }

    private static JsonObject language(Response states, String code) {
        return states.array().getValuesAs(JsonObject.class).stream().filter(s -> s.getString("language")
                .equals(code)).findFirst().orElseThrow(() -> new AssertionError(code + " in " + states.body()));
    }

    @Test
    void aCoursesTextsGoOutAsASheetPerLanguageAndComeBackAllOrNothing() throws Exception {
        Fixture b = new Fixture(http, "B");
        String texts = "/api/courses/" + a.courseId + "/texts";
        long module = Fixture.created(http.post(a.coordinator, "/api/courses/" + a.courseId + "/modules",
                "{\"title\":\"Sicher im Netz\"}"));
        long exercise = Fixture.created(http.post(a.coordinator, "/api/modules/" + module + "/exercises",
                "{\"title\":\"Sichere Passwörter erstellen\",\"description\":\"10 Minuten üben\","
                        + "\"mandatory\":true,\"competences\":[]}"));
        long cohort = a.cohort("Texte " + a.run, 1);
        JsonObject lesson = http.get(a.coordinator, "/api/cohorts/" + cohort + "/lessons").array().getJsonObject(0);
        assertEquals(200, http.put(a.coordinator, "/api/lessons/" + lesson.getJsonNumber("id").longValue(),
                "{\"date\":\"" + lesson.getString("date") + "\",\"start\":\"" + lesson.getString("start")
                        + "\",\"end\":\"" + lesson.getString("end") + "\",\"topic\":\"Passwörter\",\"version\":"
                        + lesson.getJsonNumber("version").longValue() + "}").status());

        JsonObject before = language(http.get(a.coordinator, texts), "ar");
        assertEquals(5, before.getInt("total"), "course, module and exercise titles, the description, the topic");
        assertEquals(0, before.getInt("translated"));
        assertEquals(5, before.getInt("missing"));
        assertFalse(before.getBoolean("complete"));

        Http.Download sheet = http.download(a.coordinator, texts + "/ar.csv");
        assertEquals(200, sheet.status());
        assertTrue(sheet.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        String csv = new String(sheet.body(), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF\"key\";\"Deutsch\";\"English\";\"ar\";\"reviewed\""), csv);
        String topicKey = csv.lines().filter(l -> l.startsWith("\"topic.")).findFirst().orElseThrow()
                .split("\"")[1];

        String header = "\"key\";\"Deutsch\";\"English\";\"ar\";\"reviewed\"\r\n";
        String courseRow = "\"course.title\";\"ffIT Basis\";\"\";\"أساسيات ffIT\";\"no\"\r\n";
        String moduleRow = "\"module." + module + ".title\";\"Sicher im Netz\";\"\";\"الأمان على الإنترنت\";\"no\"\r\n";
        String exerciseRow = "\"exercise." + exercise + ".title\";\"Sichere Passwörter erstellen\";\"\";"
                + "\"إنشاء كلمات مرور قوية\";\"no\"\r\n";
        String descriptionRow = "\"exercise." + exercise + ".description\";\"10 Minuten üben\";\"\";"
                + "\"تدرّب ١٠ دقائق\";\"no\"\r\n";
        String topicRow = "\"" + topicKey + "\";\"Passwörter\";\"\";\"كلمات المرور\";\"yes\"\r\n";
        HttpResponse<String> imported = putSheet(a.coordinatorName, texts + "/ar.csv",
                header + courseRow + moduleRow + exerciseRow + descriptionRow + topicRow);
        assertEquals(200, imported.statusCode(), imported.body());
        assertTrue(imported.body().contains("\"saved\":5"), imported.body());
        JsonObject after = language(http.get(a.coordinator, texts), "ar");
        assertEquals(5, after.getInt("translated"));
        assertEquals(4, after.getInt("unreviewed"));
        assertTrue(after.getBoolean("complete"));
        assertTrue(new String(http.download(a.coordinator, texts + "/ar.csv").body(), StandardCharsets.UTF_8)
                .contains("\"إنشاء كلمات مرور قوية\";\"no\""), "the sheet carries what was imported");

        // a broken sheet: a new course title, a text gone missing and a changed number; nothing of it is stored
        HttpResponse<String> refused = putSheet(a.coordinatorName, texts + "/ar.csv", header
                + courseRow.replace("أساسيات ffIT", "دورة ffIT الأساسية") + moduleRow.replace("الأمان على الإنترنت", "")
                + exerciseRow + descriptionRow.replace("١٠", "١٥") + topicRow);
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(refused.body().contains("Zeile 3") && refused.body().contains("Zeile 5"), refused.body());
        assertFalse(refused.body().contains("Exception"), refused.body());
        String unchanged = new String(http.download(a.coordinator, texts + "/ar.csv").body(), StandardCharsets.UTF_8);
        assertTrue(unchanged.contains("أساسيات ffIT") && !unchanged.contains("دورة ffIT الأساسية"), unchanged);
        assertEquals(400, putSheet(a.coordinatorName, texts + "/ar.csv", header.replace("\"ar\"", "\"fa\"")
                + courseRow).statusCode(), "the sheet of another language");

        // another organisation's coordinator and a trainer: not found, neither to read nor to write
        assertProblem(http.get(b.coordinator, texts), 404);
        assertEquals(404, http.download(b.coordinator, texts + "/ar.csv").status());
        assertEquals(404, putSheet(b.coordinatorName, texts + "/ar.csv", header + courseRow).statusCode());
        assertProblem(http.get(a.trainer, texts), 404);
        assertEquals(404, http.download(a.trainer, texts + "/uk.csv").status());
        assertEquals(404, http.download(a.coordinator, texts + "/xx.csv").status(), "no such language");
        assertEquals(400, http.download(a.coordinator, texts + "/de.csv").status(), "German is the source");

        // each stored text is in the audit trail, with who and what
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        Response audit = http.get(Fixture.ADMIN, "/api/audit?from=" + today + "&to=" + today + "&organisationId="
                + a.organisationId + "&type=CourseText");
        assertEquals(200, audit.status(), audit::toString);
        assertEquals(5, audit.array().size(), audit.body());
        assertTrue(audit.body().contains("إنشاء كلمات مرور قوية") && audit.body().contains(a.coordinatorName),
                audit.body());
    }
}
