package de.ffit.campus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ffit.campus.support.Fixture;
import de.ffit.campus.support.Http;
import de.ffit.campus.support.Http.As;
import de.ffit.campus.support.Http.Response;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The REST API over HTTP, as a script would use it: Basic auth, JSON, problem+json, organisation scoping. */
@ExtendWith(ArquillianExtension.class)
class ApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestDeployments.application();
    }

    @ArquillianResource
    URL deployed;

    private Http http;
    private Fixture a;
    private Fixture b;

    @BeforeEach
    void twoOrganisations() {
        // the adapter reports the machine's address; the app listens on loopback too
        http = new Http("http://127.0.0.1:" + deployed.getPort() + "/ffit-campus");
        a = new Fixture(http, "A");
        b = new Fixture(http, "B");
    }

    private static void assertProblem(Response response, int status) {
        assertEquals(status, response.status(), response::toString);
        assertTrue(response.header("Content-Type").startsWith("application/problem+json"), response.headers()::toString);
        assertEquals(status, response.json().getInt("status"));
        assertFalse(response.body().contains("Exception"), response.body());
    }

    @Test
    void aBurstOfParallelRequestsWithTheRightPasswordIsNotTakenForGuessing() throws Exception {
        // a script's first twelve requests at once: the password is checked once, not counted twelve times
        String name = "burst-" + a.run;
        a.account(name, "TRAINER");
        As burst = Http.as(name, Fixture.PASSWORD);
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                answers.add(pool.submit(() -> http.get(burst, "/api/cohorts")));
            }
            for (Future<Response> answer : answers) {
                Response response = answer.get(60, TimeUnit.SECONDS);
                assertEquals(200, response.status(), response::toString);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aCertificateIsIssuedDownloadedVerifiedByAnyoneAndRevoked() throws Exception {
        long cohort = a.cohortStartedWeeksAgo("Zertifikatskurs " + a.run, 2, 6);
        long learner = a.learner("Amina Haddad " + a.run, "أمينة حداد", "ar");
        long enrollment = a.enrol(cohort, learner);
        String issuePath = "/api/enrollments/" + enrollment + "/certificate";
        // enrolled today, after the lessons held so far: no lesson attended yet, so not eligible

        // not eligible (nothing attended or done yet): 409 saying what is missing, in the caller's language
        Response refused = http.post(a.coordinator.in("de"), issuePath, "{}");
        assertProblem(refused, 409);
        assertTrue(refused.json().getString("detail").contains("Noch kein Anspruch"), refused.body());
        assertProblem(http.post(a.trainer, issuePath, "{}"), 404);
        assertProblem(http.post(b.coordinator, issuePath, "{\"overrideReason\":\"x\"}"), 404);

        Response issued = http.post(a.coordinator, issuePath, "{\"overrideReason\":\"Krankheit, nachgeholt\"}");
        assertEquals(201, issued.status(), issued::toString);
        JsonObject certificate = issued.json();
        String serial = certificate.getString("serial");
        String code = certificate.getString("verificationCode");
        assertTrue(serial.matches("FFIT-\\d{4}-000001"), serial);
        assertTrue(code.matches("[A-Za-z0-9_-]{24}"), code);
        assertTrue(certificate.getString("verifyUrl").endsWith("/verify/" + code));
        assertEquals("Krankheit, nachgeholt", certificate.getString("overrideReason"));
        assertProblem(http.post(a.coordinator, issuePath, "{\"overrideReason\":\"nochmal\"}"), 409);

        HttpClient raw = HttpClient.newHttpClient();
        HttpResponse<byte[]> pdf = raw.send(HttpRequest.newBuilder(URI.create(http.base() + "/api/certificates/"
                + serial + ".pdf")).header("Authorization", basic(a.coordinatorName)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertTrue(pdf.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.ISO_8859_1));
        assertEquals(404, raw.send(HttpRequest.newBuilder(URI.create(http.base() + "/api/certificates/" + serial
                + ".pdf")).header("Authorization", basic(b.coordinatorName)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode(), "another organisation's serial");

        // anyone, without signing in: what the certificate shows and nothing more
        Response verified = http.get(As.NOBODY, "/api/verify/" + code);
        assertEquals(200, verified.status(), verified::toString);
        assertEquals(Set.of("status", "name", "course", "issuedOn", "organisation"), verified.json().keySet());
        assertEquals("VALID", verified.json().getString("status"));
        assertEquals("Amina Haddad " + a.run, verified.json().getString("name"));
        Response unknown = http.get(As.NOBODY, "/api/verify/" + "A".repeat(24));
        assertProblem(unknown, 404);
        assertProblem(http.get(As.NOBODY, "/api/verify/1"), 404);

        HttpResponse<String> upload = raw.send(HttpRequest.newBuilder(URI.create(http.base() + "/api/verify"))
                .header("Content-Type", "application/pdf").POST(HttpRequest.BodyPublishers.ofByteArray(pdf.body()))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, upload.statusCode(), upload.body());
        assertTrue(upload.body().contains("\"VALID\""), upload.body());
        byte[] forged = pdf.body().clone();
        forged[forged.length / 3] ^= 1;
        assertEquals(404, raw.send(HttpRequest.newBuilder(URI.create(http.base() + "/api/verify"))
                .header("Content-Type", "application/pdf").POST(HttpRequest.BodyPublishers.ofByteArray(forged))
                .build(), HttpResponse.BodyHandlers.discarding()).statusCode());

        // the public page, as a phone opens the QR code's address
        HttpResponse<String> page = raw.send(HttpRequest.newBuilder(URI.create(http.base() + "/verify/" + code))
                .header("Accept-Language", "de").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Echtes und gültiges Zertifikat"), page.body());
        assertTrue(page.body().contains("Amina Haddad " + a.run));

        assertProblem(http.post(a.coordinator, "/api/certificates/" + serial + "/revoke", "{\"reason\":\"\"}"), 400);
        Response revoked = http.post(a.coordinator, "/api/certificates/" + serial + "/revoke",
                "{\"reason\":\"irrtümlich ausgestellt\"}");
        assertEquals(200, revoked.status(), revoked::toString);
        assertEquals("REVOKED", http.get(As.NOBODY, "/api/verify/" + code).json().getString("status"));
        page = raw.send(HttpRequest.newBuilder(URI.create(http.base() + "/verify/" + code))
                .header("Accept-Language", "de").build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(page.body().contains("Dieses Zertifikat wurde widerrufen"), page.body());
        assertProblem(http.post(a.coordinator, "/api/certificates/" + serial + "/revoke",
                "{\"reason\":\"nochmal\"}"), 409);

        // lookups are limited per address: within the minute, one of the next 30 is refused
        int limited = 0;
        for (int i = 0; i < 30 && limited == 0; i++) {
            Response r = http.get(As.NOBODY, "/api/verify/" + code);
            if (r.status() == 429) {
                limited++;
                assertTrue(r.header("Retry-After") != null);
            }
        }
        assertEquals(1, limited, "30 lookups a minute per address");
    }

    /**
     * Issue 21: a certificate issued while lessons are still to come takes the written reason in the new "reason"
     * field and states the last lesson held as its end; the short code printed on it verifies, alone or after the
     * serial, in any case and spacing; the serial alone or a wrong code is refused, and counted by the rate limit.
     */
    @Test
    void aCertificateBeforeTheLastLessonTakesAReasonEndsAtTheLastLessonHeldAndVerifiesByItsShortCode()
            throws Exception {
        long cohort = a.cohortStartedWeeksAgo("Frühes Zertifikat " + a.run, 2, 6);
        long enrollment = a.enrol(cohort, a.learner("Amina Haddad " + a.run, "أمينة حداد", "ar"));
        jakarta.json.JsonArray lessons = http.get(a.coordinator, "/api/cohorts/" + cohort + "/lessons").array();
        JsonObject first = lessons.getJsonObject(0);
        assertEquals(200, http.send(a.trainer.withHeader("If-Match", "*"), "PUT", "/api/lessons/"
                + first.getJsonNumber("id") + "/attendance", "{\"records\":[{\"enrollmentId\":" + enrollment
                + ",\"status\":\"PRESENT\"}]}").status());
        String issuePath = "/api/enrollments/" + enrollment + "/certificate";
        assertProblem(http.post(a.coordinator, issuePath, "{}"), 409);
        assertProblem(http.post(a.coordinator, issuePath, "{\"reason\":\"  \"}"), 409);

        Response issued = http.post(a.coordinator, issuePath, "{\"reason\":\"Zieht vor Kursende um\"}");
        assertEquals(201, issued.status(), issued::toString);
        assertEquals("Zieht vor Kursende um", issued.json().getString("overrideReason"));
        String serial = issued.json().getString("serial");
        String shortCode = issued.json().getString("shortCode");
        assertTrue(shortCode.matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{2}"), shortCode);

        Http.Download pdf = http.download(a.coordinator, "/api/certificates/" + serial + ".pdf");
        assertEquals(200, pdf.status());
        String text;
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        java.time.LocalDate held = java.time.LocalDate.parse(first.getString("date"));
        java.time.LocalDate planned = java.time.LocalDate.parse(lessons.getJsonObject(lessons.size() - 1)
                .getString("date"));
        assertTrue(text.contains("vom " + germanDate(held) + " bis " + germanDate(held)), text);
        assertFalse(text.contains(germanDate(planned)), "the planned end " + germanDate(planned) + ": " + text);
        assertTrue(text.contains(shortCode) && text.contains(serial), text);

        // typed: a fresh minute of lookups, so that the count below is this test's own
        waitForAFreshMinute();
        List<String> typed = List.of(shortCode, shortCode.toLowerCase(java.util.Locale.ROOT).replace("-", ""),
                serial + " " + shortCode, serial + "-" + shortCode.replace("-", " "));
        for (String code : typed) {
            Response verified = http.get(As.NOBODY, "/api/verify/" + encode(code));
            assertEquals(200, verified.status(), code + ": " + verified);
            assertEquals("Amina Haddad " + a.run, verified.json().getString("name"));
        }
        HttpClient raw = HttpClient.newHttpClient();
        HttpResponse<String> page = raw.send(HttpRequest.newBuilder(URI.create(http.base() + "/verify.xhtml?code="
                + encode(serial + " " + shortCode))).header("Accept-Language", "de").build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(page.body().contains("Echtes und gültiges Zertifikat"), page.body());
        page = raw.send(HttpRequest.newBuilder(URI.create(http.base() + "/verify.xhtml?code=" + encode(serial)))
                .header("Accept-Language", "de").build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(page.body().contains("Die Seriennummer allein genügt nicht"), page.body());
        assertProblem(http.get(As.NOBODY, "/api/verify/" + encode(serial)), 404);
        char last = shortCode.charAt(shortCode.length() - 1);
        String wrong = shortCode.substring(0, shortCode.length() - 1) + (last == 'Z' ? 'Y' : 'Z');
        assertProblem(http.get(As.NOBODY, "/api/verify/" + encode(wrong)), 404);
        assertProblem(http.get(As.NOBODY, "/api/verify/" + encode(serial.substring(0, 10) + "999999 " + shortCode)),
                404);
        // 4 + 2 + 3 lookups so far in this minute; 21 more wrong ones reach the 30, then even the right code waits
        for (int i = 0; i < 21; i++) {
            assertProblem(http.get(As.NOBODY, "/api/verify/" + encode(wrong)), 404);
        }
        Response limited = http.get(As.NOBODY, "/api/verify/" + encode(shortCode));
        assertProblem(limited, 429);
        assertNotNull(limited.header("Retry-After"));
    }

    private static String germanDate(java.time.LocalDate day) {
        return day.format(java.time.format.DateTimeFormatter.ofPattern("d. MMMM yyyy", java.util.Locale.GERMAN));
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** waits until the rate limit has forgotten earlier lookups from this machine (other tests verify too) */
    private static void waitForAFreshMinute() throws InterruptedException {
        Thread.sleep(61_000L);
    }

    private static String basic(String user) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + Fixture.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
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
    void aCoordinatorHandsOverALearnersDataAndErasesItLeavingAnonymousFiguresAndTheCertificatesCheck()
            throws Exception {
        long cohortId = a.cohortStartedWeeksAgo("Datenschutz " + a.run, 2, 4);
        String name = "Amina Privat " + a.run;
        long amina = a.learner(name, "أمينة الخاصة", "ar");
        long enrollment = a.enrol(cohortId, amina);
        a.enrol(cohortId, a.learner("Olena Bleibt " + a.run, null, "uk"));
        long lessonId = http.get(a.coordinator, "/api/cohorts/" + cohortId + "/lessons").array().getJsonObject(0)
                .getJsonNumber("id").longValue();
        assertEquals(200, http.send(a.trainer.withHeader("If-Match", "*"), "PUT", "/api/lessons/" + lessonId
                + "/attendance", "{\"records\":[{\"enrollmentId\":" + enrollment
                + ",\"status\":\"EXCUSED\",\"note\":\"Arzttermin Kind\"}]}").status());
        Response issued = http.post(a.coordinator, "/api/enrollments/" + enrollment + "/certificate",
                "{\"overrideReason\":\"Schwangerschaft, Stoff nachgeholt\"}");
        assertEquals(201, issued.status(), issued::toString);
        String serial = issued.json().getString("serial");
        String code = issued.json().getString("verificationCode");
        String year = java.time.LocalDate.now().getYear() + "";
        String impact = "/api/reports/impact?from=" + year + "-01-01&to=" + year + "-12-31";
        JsonObject figuresBefore = http.get(a.coordinator, impact).json();

        // to hand over: a PDF in her language, readable, with everything the JSON has
        Http.Download pdf = http.download(a.coordinator, "/api/learners/" + amina + "/personal-data?format=pdf&lang=de");
        assertEquals(200, pdf.status());
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.ISO_8859_1));
        String text;
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        for (String shown : List.of("Gespeicherte Daten über " + name, "Arzttermin Kind", "Datenschutz " + a.run,
                serial, "Schwangerschaft, Stoff nachgeholt", "Anwesenheit", "Zertifikate", "Entschuldigt",
                "Kiosk-PIN gesetzt Nein")) {
            assertTrue(text.contains(shown), shown + " in: " + text);
        }
        assertEquals(200, http.download(a.coordinator, "/api/learners/" + amina
                + "/personal-data?format=pdf&lang=ar").status(), "in Arabic too");
        assertProblem(http.get(a.trainer, "/api/learners/" + amina + "/personal-data?format=pdf"), 404);

        // erase: trainers and other organisations cannot, the coordinator can, once
        assertProblem(http.delete(a.trainer, "/api/learners/" + amina + "/personal-data"), 404);
        assertProblem(http.delete(b.coordinator, "/api/learners/" + amina + "/personal-data"), 404);
        Response erased = http.delete(a.coordinator, "/api/learners/" + amina + "/personal-data");
        assertEquals(200, erased.status(), erased::toString);
        assertEquals(1, erased.json().getInt("enrollments"));
        assertEquals(1, erased.json().getInt("attendanceNotes"));
        assertEquals(1, erased.json().getInt("certificates"));
        assertProblem(http.delete(a.coordinator, "/api/learners/" + amina + "/personal-data"), 404);
        assertProblem(http.get(a.coordinator, "/api/learners/" + amina), 404);
        assertProblem(http.get(a.coordinator, "/api/learners/" + amina + "/personal-data"), 404);
        assertEquals(0, http.get(a.coordinator, "/api/learners?q=" + a.run.replace(" ", "%20")).json()
                .getJsonArray("items").stream().filter(l -> ((JsonObject) l).getString("name").startsWith("Amina"))
                .count(), "not listed any more");

        // what is left of her in any column a feature declares as personal data: only the certificate's name
        try (var db = java.sql.DriverManager.getConnection(System.getProperty("it.db.url"),
                System.getProperty("it.db.user"), System.getProperty("it.db.password"))) {
            for (Class<?> entity : de.ffit.campus.platform.privacy.PersonalDataTest.declaredEntities()) {
                String table = entity.getAnnotation(jakarta.persistence.Table.class).name();
                for (String column : entity.getAnnotation(de.ffit.campus.platform.privacy.PersonalData.class)
                        .columns()) {
                    for (String trace : List.of("Amina Privat", "أمينة الخاصة", "Arzttermin", "Schwangerschaft")) {
                        try (var q = db.prepareStatement("select count(*) from " + table + " where cast(" + column
                                + " as char) like ?")) {
                            q.setString(1, "%" + trace + "%");
                            try (var r = q.executeQuery()) {
                                r.next();
                                long expected = table.equals("certificate") && column.equals("learner_name")
                                        && trace.equals("Amina Privat") ? 1 : 0;
                                assertEquals(expected, r.getLong(1), table + "." + column + " still holds " + trace);
                            }
                        }
                    }
                }
            }
            try (var q = db.prepareStatement("select a.status from attendance_record a where a.enrollment_id = ?")) {
                q.setLong(1, enrollment);
                try (var r = q.executeQuery()) {
                    assertTrue(r.next());
                    assertEquals("EXCUSED", r.getString(1), "the mark stays for the figures, without its note");
                }
            }
        }

        // the certificate still checks out with what it shows; its PDF is gone
        Response verified = http.get(As.NOBODY, "/api/verify/" + code);
        assertEquals(200, verified.status(), verified::toString);
        assertEquals(name, verified.json().getString("name"));
        assertEquals("VALID", verified.json().getString("status"));
        assertEquals(404, http.download(a.coordinator, "/api/certificates/" + serial + ".pdf").status());

        // the figures: the same participants and certificates; leaving the running cohort is a withdrawal
        JsonObject figuresAfter = http.get(a.coordinator, impact).json();
        assertEquals(figuresBefore.getInt("participants"), figuresAfter.getInt("participants"));
        assertEquals(figuresBefore.getInt("certificates"), figuresAfter.getInt("certificates"));
        assertEquals(figuresBefore.getInt("withdrawals") + 1, figuresAfter.getInt("withdrawals"));
        // the past lesson keeps her mark for the figures, without her name
        Response sheet = http.get(a.trainer, "/api/lessons/" + lessonId + "/attendance");
        assertFalse(sheet.body().contains("Amina") || sheet.body().contains("Arzttermin"), sheet.body());
        assertTrue(sheet.body().contains("\"—\""), sheet.body());
    }

    @Test
    void learnersWhoseCohortsFinishedLongerAgoThanTheRetentionPeriodAreErased() throws Exception {
        long old = a.cohort("Alt " + a.run, 4);
        long recent = a.cohort("Neu " + a.run, 4);
        long due = a.learner("Frist Abgelaufen " + a.run, null, "fa");
        long kept = a.learner("Frist Läuft " + a.run, null, "fa");
        long both = a.learner("Frist Beide " + a.run, null, "fa");
        long never = a.learner("Nie Angemeldet " + a.run, null, "fa");
        a.enrol(old, due);
        a.enrol(recent, kept);
        a.enrol(old, both);
        a.enrol(recent, both);
        try (var db = java.sql.DriverManager.getConnection(System.getProperty("it.db.url"),
                System.getProperty("it.db.user"), System.getProperty("it.db.password"))) {
            // the old cohort finished three years ago (the default period is 24 months), the recent one last week
            db.createStatement().executeUpdate("update cohort set finished_on = date_sub(current_date, interval 3 year) "
                    + "where id = " + old);
            db.createStatement().executeUpdate("update cohort set finished_on = date_sub(current_date, interval 7 day) "
                    + "where id = " + recent);
            db.createStatement().executeUpdate("update learner set created_at = date_sub(now(), interval 4 year) "
                    + "where id in (" + due + "," + kept + "," + both + "," + never + ")");
        }
        assertProblem(http.post(a.coordinator, "/api/privacy/retention", ""), 404);
        Response run = http.post(Fixture.ADMIN, "/api/privacy/retention", "");
        assertEquals(200, run.status(), run::toString);
        assertTrue(run.json().getInt("erased") >= 2, run::toString);
        assertEquals(0, run.json().getInt("failed"), run::toString);
        assertProblem(http.get(a.coordinator, "/api/learners/" + due), 404);
        assertProblem(http.get(a.coordinator, "/api/learners/" + never), 404);
        assertEquals(200, http.get(a.coordinator, "/api/learners/" + kept).status(), "a cohort finished last week");
        assertEquals(200, http.get(a.coordinator, "/api/learners/" + both).status(), "one cohort still recent");
        assertEquals(0, http.post(Fixture.ADMIN, "/api/privacy/retention", "").json().getInt("erased"),
                "nothing twice");
    }

    @Test
    void aCoordinatorPlansACohortAndEnrolsALearnerThroughTheApi() {
        Response module = http.post(a.coordinator, "/api/courses/" + a.courseId + "/modules",
                "{\"title\":\"Internet und E-Mail\"}");
        long moduleId = Fixture.created(module);
        Response exercise = http.post(a.coordinator, "/api/modules/" + moduleId + "/exercises",
                "{\"title\":\"Eine E-Mail mit Anhang senden\",\"mandatory\":true,\"competences\":[\"2.1\",\"2.2\"]}");
        assertEquals(201, exercise.status(), exercise::toString);
        assertNotNull(exercise.header("Location"));
        JsonObject course = http.get(a.coordinator, "/api/courses/" + a.courseId).json();
        assertEquals("Eine E-Mail mit Anhang senden", course.getJsonArray("modules").getJsonObject(0)
                .getJsonArray("exercises").getJsonObject(0).getString("title"));
        assertEquals(75, course.getJsonObject("rule").getInt("minAttendancePercent"));

        long cohortId = a.cohort("Herbst " + a.run, 4);
        assertEquals(8, http.get(a.coordinator, "/api/cohorts/" + cohortId + "/lessons").array().size());
        long learnerId = a.learner("Mohammad Rahimi", "محمد رحیمی", "fa");
        JsonObject learner = http.get(a.coordinator, "/api/learners/" + learnerId).json();
        assertEquals("محمد رحیمی", learner.getString("nameOriginal"));
        // a new code: eight random characters and the check character
        assertTrue(learner.getString("code").matches("[A-Z0-9]{9}"), learner.getString("code"));
        assertTrue(de.ffit.campus.learner.entity.LearnerCode.of(learner.getString("code")).isWellTyped());

        a.enrol(cohortId, learnerId);
        Response enrolments = http.get(a.coordinator, "/api/cohorts/" + cohortId + "/enrollments");
        assertEquals(1, enrolments.array().size());
        assertEquals("ENROLLED", enrolments.array().getJsonObject(0).getString("status"));
        JsonObject summary = http.get(a.coordinator, "/api/cohorts").array().getJsonObject(0);
        assertEquals(1, summary.getInt("enrolled"));
        assertEquals("PLANNED", summary.getString("phase"));

        Response again = http.post(a.coordinator, "/api/cohorts/" + cohortId + "/enrollments",
                "{\"learnerId\":" + learnerId + "}");
        assertProblem(again, 409);
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
    void aTrainerReadsOnlyTheirCohortsAndChangesNothing() {
        long taught = a.cohort("Mit Trainer " + a.run, 1);
        Response cohorts = http.get(a.trainer, "/api/cohorts");
        assertEquals(200, cohorts.status(), cohorts::toString);
        assertEquals(List.of(taught), cohorts.array().stream()
                .map(c -> ((JsonObject) c).getJsonNumber("id").longValue()).toList());
        assertProblem(http.post(a.trainer, "/api/courses", "{\"title\":\"Vom Trainer\"}"), 404);
        assertProblem(http.get(a.trainer, "/api/learners"), 404);
        assertProblem(http.get(a.trainer, "/api/accounts"), 404);
    }

    @Test
    void signInIsRequiredAndRepeatedWrongPasswordsAreThrottled() {
        Response anonymous = http.get(As.NOBODY, "/api/cohorts");
        assertEquals(401, anonymous.status());
        assertTrue(anonymous.header("WWW-Authenticate").startsWith("Basic"));

        String victim = ("v-" + a.run).toLowerCase();
        a.account(victim, "COORDINATOR");
        for (int i = 0; i < 5; i++) {
            assertEquals(401, http.get(Http.as(victim, "wrong-" + i), "/api/cohorts").status());
        }
        Response throttled = http.get(Http.as(victim, Fixture.PASSWORD), "/api/cohorts");
        assertEquals(429, throttled.status(), throttled::toString);
        assertNotNull(throttled.header("Retry-After"));
        assertEquals(200, http.get(a.coordinator, "/api/cohorts").status(), "other accounts are not affected");
    }

    @Test
    void aChangedPasswordTakesEffectAtOnceDespiteTheCredentialCache() {
        String user = ("p-" + a.run).toLowerCase();
        long id = a.account(user, "COORDINATOR");
        As old = Http.as(user, Fixture.PASSWORD);
        assertEquals(200, http.get(old, "/api/cohorts").status());
        JsonObject account = http.get(Fixture.ADMIN, "/api/accounts/" + id).json();
        Response changed = http.put(Fixture.ADMIN, "/api/accounts/" + id, "{\"organisationId\":" + a.organisationId
                + ",\"username\":\"" + user + "\",\"displayName\":\"P\",\"role\":\"COORDINATOR\",\"active\":true,"
                + "\"password\":\"Ein-neues-Passwort-1\",\"version\":" + account.getJsonNumber("version") + "}");
        assertEquals(200, changed.status(), changed::toString);
        assertFalse(changed.body().contains("Passwort"), "the password never comes back");
        assertEquals(401, http.get(old, "/api/cohorts").status());
        assertEquals(200, http.get(Http.as(user, "Ein-neues-Passwort-1"), "/api/cohorts").status());
    }

    @Test
    void attendanceIsReadWithAnETagAndWrittenOnlyWithAFreshIfMatch() {
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

    @Test
    void answersCarrySecurityHeaders() {
        Response response = http.get(a.coordinator, "/api/cohorts");
        assertEquals("nosniff", response.header("X-Content-Type-Options"));
        assertNotNull(response.header("Content-Security-Policy"));
        assertEquals("no-store", response.header("Cache-Control"));
        JsonValue body = response.array();
        assertNotNull(body);
    }

    // ---- issue 22: input ----------------------------------------------------------------------------------

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

    @Test
    void aLessonOutsideTheYears2000To2100IsRefusedAndSingleLessonsAreCappedLikeTheSchedule() {
        long cohortId = a.cohort("Jahre " + a.run, 1);
        String lessons = "/api/cohorts/" + cohortId + "/lessons";
        for (String date : List.of("-0001-01-01", "1999-12-31", "2101-01-01")) {
            Response refused = http.post(a.coordinator.in("de"), lessons,
                    "{\"date\":\"" + date + "\",\"start\":\"09:00:00\",\"end\":\"10:00:00\"}");
            assertProblem(refused, 400);
            assertTrue(refused.body().contains("2000") && refused.body().contains("2100"), refused.body());
        }
        assertEquals(2, http.get(a.coordinator, lessons).array().size(), "nothing stored");
        assertEquals(201, http.post(a.coordinator, lessons,
                "{\"date\":\"2100-12-31\",\"start\":\"09:00:00\",\"end\":\"10:00:00\"}").status());

        // a schedule fills the cohort up to the cap; one lesson more is refused as the schedule would be
        java.time.LocalDate from = java.time.LocalDate.of(2027, 1, 4);
        long full = Fixture.created(http.post(a.coordinator, "/api/cohorts", "{\"name\":" + Http.str("Voll " + a.run)
                + ",\"courseId\":" + a.courseId + ",\"locationId\":" + a.locationId + ",\"schedule\":{\"from\":\""
                + from + "\",\"to\":\"" + from.plusDays(199) + "\",\"days\":[\"MONDAY\",\"TUESDAY\",\"WEDNESDAY\","
                + "\"THURSDAY\",\"FRIDAY\",\"SATURDAY\",\"SUNDAY\"],\"start\":\"09:00:00\",\"end\":\"10:00:00\"}}"));
        assertEquals(200, http.get(a.coordinator, "/api/cohorts/" + full + "/lessons").array().size());
        Response oneMore = http.post(a.coordinator.in("de"), "/api/cohorts/" + full + "/lessons",
                "{\"date\":\"2028-03-01\",\"start\":\"09:00:00\",\"end\":\"10:00:00\"}");
        assertProblem(oneMore, 400);
        assertTrue(oneMore.body().contains("200"), oneMore.body());
        assertEquals(200, http.get(a.coordinator, "/api/cohorts/" + full + "/lessons").array().size());
    }
}
