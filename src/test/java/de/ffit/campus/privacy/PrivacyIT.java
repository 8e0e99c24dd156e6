package de.ffit.campus.privacy;

import static de.ffit.campus.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ffit.campus.TestDeployments;
import de.ffit.campus.support.Fixture;
import de.ffit.campus.support.Http;
import de.ffit.campus.support.Http.As;
import de.ffit.campus.support.Http.Response;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A learner’s personal data over the API: handed over and erased on request, and erased by itself after the
 * retention period, leaving anonymous figures and certificates that still verify.
 */
@ExtendWith(ArquillianExtension.class)
class PrivacyIT {

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
}
