package de.ffit.campus.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ffit.campus.TestDeployments;
import de.ffit.campus.account.control.Accounts;
import de.ffit.campus.attendance.control.Attendance;
import de.ffit.campus.attendance.control.AttendanceSheet;
import de.ffit.campus.attendance.control.Change;
import de.ffit.campus.attendance.control.LessonStates;
import de.ffit.campus.attendance.entity.AttendanceStatus;
import de.ffit.campus.certificate.control.BulkIssuing;
import de.ffit.campus.certificate.control.Certificates;
import de.ffit.campus.certificate.entity.Certificate;
import de.ffit.campus.cohort.control.CohortDraft;
import de.ffit.campus.cohort.control.Cohorts;
import de.ffit.campus.cohort.control.ScheduleDraft;
import de.ffit.campus.cohort.entity.Enrollment;
import de.ffit.campus.cohort.entity.EnrollmentStatus;
import de.ffit.campus.cohort.entity.Lesson;
import de.ffit.campus.cohort.entity.LessonState;
import de.ffit.campus.course.control.CourseDraft;
import de.ffit.campus.course.control.Courses;
import de.ffit.campus.course.control.ExerciseDraft;
import de.ffit.campus.course.control.ModuleDraft;
import de.ffit.campus.course.entity.ExcusedCounts;
import de.ffit.campus.course.entity.LateCounts;
import de.ffit.campus.learner.control.LearnerDraft;
import de.ffit.campus.learner.control.Learners;
import de.ffit.campus.organisation.control.LocationDraft;
import de.ffit.campus.organisation.control.Locations;
import de.ffit.campus.organisation.control.Organisations;
import de.ffit.campus.organisation.entity.LocationKind;
import de.ffit.campus.platform.error.CampusException;
import de.ffit.campus.platform.i18n.Messages;
import de.ffit.campus.platform.persistence.CampusDataSource;
import de.ffit.campus.platform.security.Actor;
import de.ffit.campus.platform.security.Role;
import de.ffit.campus.progress.control.CohortProgress;
import de.ffit.campus.progress.control.Progress;
import de.ffit.campus.progress.entity.CompletionState;
import de.ffit.campus.progress.entity.LearnerProgress;
import de.ffit.campus.progress.entity.ProgressStatus;
import de.ffit.campus.support.Actors;
import de.ffit.campus.support.CampusToday;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Exercises and progress on MariaDB, against a cohort computed by hand: the rule is 75 % attendance with LATE as
 * half a lesson and EXCUSED not counted, both mandatory exercises and 60 % of the five exercises (three). Four
 * lessons were held, the fifth cancelled, seven are still planned.
 *
 * <pre>
 *            lessons 1-4        attendance   exercises (trainer)     expected
 *   Amina    P  P  P  P         4/4 = 100 %  x1* x3* x4              eligible
 *   Bilal    P  L  L  A         2/4 =  50 %  x1* x2  x3*             at risk: 7 more lessons (2+7)/11 ≥ 75 %
 *   Chen     E  E  P  P         2/2 = 100 %  x1*, reports x3*        on track: x3 not done, 2 more exercises
 *   Dana     P  P  P  P         withdrawn                            withdrawn
 * </pre>
 */
@ExtendWith(ArquillianExtension.class)
class ProgressIT {

    @Deployment
    static WebArchive deployment() {
        return TestDeployments.inContainer();
    }

    @Inject
    Organisations organisations;

    @Inject
    Accounts accounts;

    @Inject
    Locations locations;

    @Inject
    Courses courses;

    @Inject
    Cohorts cohorts;

    @Inject
    Learners learners;

    @Inject
    Attendance attendance;

    @Inject
    LessonStates lessonStates;

    @Inject
    Progress progress;

    @Inject
    Certificates certificates;

    @Inject
    BulkIssuing bulkIssuing;

    @Resource(lookup = CampusDataSource.JNDI_NAME)
    DataSource dataSource;

    private String run;
    private Actor coordinator;
    private Actor trainer;
    private Actor otherTrainer;
    private Actor foreignCoordinator;
    private long courseId;
    private long cohortId;
    private List<Lesson> lessons;
    /** x1..x5; x1 and x3 mandatory */
    private final List<Long> x = new ArrayList<>();
    private long amina;
    private long bilal;
    private long chen;
    private long dana;

    @BeforeEach
    void theHandComputedCohort() throws Exception {
        run = UUID.randomUUID().toString().substring(0, 8);
        long org = Actors.organisation(organisations, "Prog " + run);
        coordinator = Actors.actor(accounts, org, "pc-" + run, Role.COORDINATOR);
        trainer = Actors.actor(accounts, org, "pt-" + run, Role.TRAINER);
        otherTrainer = Actors.actor(accounts, org, "po-" + run, Role.TRAINER);
        foreignCoordinator = Actors.actor(accounts, Actors.organisation(organisations, "Elsewhere " + run),
                "px-" + run, Role.COORDINATOR);

        courseId = course("ffIT Basis " + run, 75, 60);
        long computer = module(courseId, "Computer");
        x.add(exercise(computer, "Computer einschalten", true, "5.1"));
        x.add(exercise(computer, "Maus benutzen", false, "5.1"));
        long internet = module(courseId, "Internet");
        x.add(exercise(internet, "E-Mail mit Anhang senden", true, "2.1", "2.2"));
        x.add(exercise(internet, "Im Internet suchen", false, "1.1"));
        x.add(exercise(internet, "Videoanruf führen", false, "2.4"));

        LocationDraft location = new LocationDraft();
        location.setName("Unterkunft");
        location.setKind(LocationKind.ACCOMMODATION);
        ScheduleDraft schedule = new ScheduleDraft();
        LocalDate monday = CampusToday.today().minusWeeks(3).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        schedule.setFrom(monday);
        schedule.setTo(monday.plusWeeks(6).minusDays(1));
        schedule.setDays(List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY));
        schedule.setStart(LocalTime.of(9, 30));
        schedule.setEnd(LocalTime.of(12, 0));
        CohortDraft draft = new CohortDraft();
        draft.setName("Kurs " + run);
        draft.setCourseId(courseId);
        draft.setLocationId(locations.create(coordinator, location).getId());
        draft.setTrainerIds(List.of(trainer.accountId()));
        draft.setSchedule(schedule);
        cohortId = cohorts.create(coordinator, draft).getId();
        amina = enrol("Amina Haddad");
        bilal = enrol("Bilal Karimi");
        chen = enrol("Chen Wei");
        dana = enrol("Dana Ahmadi");
        // they enrolled a week before the first lesson (the service enrols "today")
        sql("update enrollment set enrolled_on = ? where cohort_id = ?", monday.minusDays(7), cohortId);
        lessons = cohorts.find(coordinator, cohortId).getLessons();
        assertEquals(12, lessons.size());

        AttendanceStatus p = AttendanceStatus.PRESENT;
        AttendanceStatus l = AttendanceStatus.LATE;
        AttendanceStatus a = AttendanceStatus.ABSENT;
        AttendanceStatus e = AttendanceStatus.EXCUSED;
        take(0, p, p, e, p);
        take(1, p, l, e, p);
        take(2, p, l, p, p);
        take(3, p, a, p, p);
        lessonStates.change(coordinator, lessons.get(4).getId(), LessonState.CANCELLED);
        cohorts.withdraw(coordinator, dana, "moved away");

        tick(amina, 0, 2, 3);
        tick(bilal, 0, 1, 2);
        tick(chen, 0);
        progress.report(trainer, chen, x.get(2));
    }

    @Test
    void theDashboardShowsWhatWasComputedByHand() {
        CohortProgress cohort = progress.cohort(coordinator, cohortId);
        assertEquals(75, cohort.rule().getMinAttendancePercent());
        assertEquals(CampusToday.today(), cohort.ruleFrozenOn(), "frozen when the first lesson was held");
        assertEquals(1, cohort.count(ProgressStatus.ELIGIBLE));
        assertEquals(1, cohort.count(ProgressStatus.AT_RISK));
        assertEquals(1, cohort.count(ProgressStatus.ON_TRACK));
        assertEquals(1, cohort.count(ProgressStatus.WITHDRAWN));
        assertEquals(List.of("Computer", "Internet"), cohort.modules().stream().map(CohortProgress.Module::title)
                .toList());

        LearnerProgress a = row(cohort, amina).progress();
        assertEquals(ProgressStatus.ELIGIBLE, a.status());
        assertEquals(100, a.attendance().percent());
        assertEquals(4, a.attendance().counted());
        assertEquals(7, a.attendance().remaining(), "12 lessons, 4 held, 1 cancelled");
        assertEquals(3, a.done());
        assertEquals(5, a.total());
        assertEquals(List.of("1/2", "2/3"), a.modules().stream().map(m -> m.done() + "/" + m.total()).toList());
        assertEquals(Set.of("5.1", "2.1", "2.2", "1.1"), a.competences());
        assertTrue(a.missing().isEmpty());

        LearnerProgress b = row(cohort, bilal).progress();
        assertEquals(ProgressStatus.AT_RISK, b.status());
        assertEquals(50, b.attendance().percent(), "late counts half: 2 of 4");
        assertEquals(List.of("Come to 7 more lessons"), say(b, Locale.ENGLISH));
        assertEquals(List.of("Noch 7 Termine besuchen"), say(b, Locale.GERMAN));

        LearnerProgress c = row(cohort, chen).progress();
        assertEquals(ProgressStatus.ON_TRACK, c.status());
        assertEquals(2, c.attendance().counted(), "excused lessons are not counted");
        assertEquals(100, c.attendance().percent());
        assertEquals(1, c.done());
        assertEquals(1, c.pending(), "the report waits for a trainer and does not count yet");
        assertEquals(List.of("Exercise “E-Mail mit Anhang senden” not done", "2 more exercises"),
                say(c, Locale.ENGLISH));

        assertEquals(ProgressStatus.WITHDRAWN, row(cohort, dana).getStatus());
        assertEquals(ProgressStatus.AT_RISK, progress.learner(trainer, bilal).getStatus(), "the same, per learner");
    }

    @Test
    void theTrainerTicksAndUnticksAndTheAuditTrailKeepsWhoAndWhen() throws Exception {
        assertEquals(CompletionState.CONFIRMED, progress.tick(trainer, chen, x.get(1), true));
        assertEquals(CompletionState.CONFIRMED, progress.tick(trainer, chen, x.get(1), true),
                "the same tap twice (two trainers, or a resent request) is harmless");
        assertEquals(2, row(progress.cohort(trainer, cohortId), chen).progress().done());
        assertNull(progress.tick(trainer, chen, x.get(1), false));
        assertEquals(1, row(progress.cohort(trainer, cohortId), chen).progress().done());

        List<String> trail = audit();
        assertTrue(trail.contains(trainer.username() + " CREATED Chen: Maus benutzen CONFIRMED"), trail.toString());
        assertTrue(trail.contains(trainer.username() + " REMOVED Chen: Maus benutzen CONFIRMED"), trail.toString());
        assertEquals(1, trail.stream().filter(t -> t.contains("CREATED Chen: Maus benutzen")).count(),
                "the repeated tap changed nothing and recorded nothing");
    }

    @Test
    void aLearnersReportIsConfirmedOrRejectedByATrainer() throws Exception {
        assertEquals(CompletionState.CONFIRMED, progress.confirm(trainer, chen, x.get(2)));
        CohortProgress.Row c = row(progress.cohort(trainer, cohortId), chen);
        assertEquals(CompletionState.CONFIRMED, c.state(x.get(2)));
        assertEquals(List.of("1 more exercise"), say(c.progress(), Locale.ENGLISH));

        assertEquals(CompletionState.PENDING, progress.report(trainer, chen, x.get(4)));
        assertEquals(CompletionState.REJECTED, progress.reject(trainer, chen, x.get(4)));
        assertEquals(2, row(progress.cohort(trainer, cohortId), chen).progress().done(), "a rejection counts nothing");
        assertEquals("error.progress.notReported", assertThrows(CampusException.class,
                () -> progress.confirm(trainer, chen, x.get(4))).key(), "nothing waits any more");
        assertEquals(CompletionState.PENDING, progress.report(trainer, chen, x.get(4)), "the learner may try again");
        assertTrue(audit().contains(trainer.username() + " CHANGED Chen: E-Mail mit Anhang senden CONFIRMED"));
        assertTrue(audit().contains(trainer.username() + " CHANGED Chen: Videoanruf führen REJECTED"));
    }

    @Test
    void anExerciseDoneInClassIsTickedForEveryonePresentOrLate() {
        // lesson 3: Amina present, Bilal late, Chen present, Dana present but withdrawn since
        assertEquals(3, progress.markForPresent(trainer, cohortId, x.get(4), lessons.get(2).getId()));
        CohortProgress cohort = progress.cohort(trainer, cohortId);
        assertEquals(CompletionState.CONFIRMED, row(cohort, amina).state(x.get(4)));
        assertEquals(CompletionState.CONFIRMED, row(cohort, bilal).state(x.get(4)));
        assertEquals(CompletionState.CONFIRMED, row(cohort, chen).state(x.get(4)));
        assertNull(row(cohort, dana).state(x.get(4)));
        assertEquals("error.progress.lessonNotHeld", assertThrows(CampusException.class,
                () -> progress.markForPresent(trainer, cohortId, x.get(1), lessons.get(8).getId())).key());
    }

    @Test
    void badInputIsRefusedClearlyAndChangesNothing() throws Exception {
        long before = completions();
        long otherCourse = course("Anderer Kurs " + run, 75, 60);
        long foreignExercise = exercise(module(otherCourse, "Modul"), "Fremde Übung", true, "1.1");
        assertEquals("error.progress.exerciseNotInCourse", assertThrows(CampusException.class,
                () -> progress.tick(trainer, amina, foreignExercise, true)).key());
        assertEquals("error.progress.withdrawn", assertThrows(CampusException.class,
                () -> progress.tick(trainer, dana, x.get(1), true)).key());
        assertEquals("error.progress.withdrawn", assertThrows(CampusException.class,
                () -> progress.confirm(coordinator, dana, x.get(1))).key());
        assertEquals(CampusException.Kind.NOT_FOUND, assertThrows(CampusException.class,
                () -> progress.tick(foreignCoordinator, amina, x.get(1), true)).kind());
        assertEquals(CampusException.Kind.NOT_FOUND, assertThrows(CampusException.class,
                () -> progress.tick(trainer, Long.MAX_VALUE, x.get(1), true)).kind());
        assertEquals("error.progress.exerciseNotInCourse", assertThrows(CampusException.class,
                () -> progress.tick(trainer, amina, Long.MAX_VALUE, true)).key());
        assertEquals(before, completions(), "nothing was written");
        assertEquals("error.exercise.inUse", assertThrows(CampusException.class,
                () -> courses.removeExercise(coordinator, x.get(1))).key(),
                "an exercise the running cohort counts cannot be removed from the course");
    }

    @Test
    void onlyTheCohortsTrainersAndItsOrganisationsCoordinatorsSeeIt() {
        assertEquals(CampusException.Kind.NOT_FOUND, assertThrows(CampusException.class,
                () -> progress.cohort(otherTrainer, cohortId)).kind());
        assertEquals(CampusException.Kind.NOT_FOUND, assertThrows(CampusException.class,
                () -> progress.cohort(foreignCoordinator, cohortId)).kind());
        assertEquals(CampusException.Kind.NOT_FOUND, assertThrows(CampusException.class,
                () -> progress.learner(foreignCoordinator, amina)).kind());
        assertEquals(CampusException.Kind.NOT_FOUND, assertThrows(CampusException.class,
                () -> progress.tick(otherTrainer, amina, x.get(1), true)).kind());
        assertEquals(4, progress.cohort(trainer, cohortId).rows().size());
    }

    @Test
    void aLaterEditOfTheCourseDoesNotChangeTheRunningCohort() {
        CourseDraft stricter = new CourseDraft();
        var course = courses.find(coordinator, courseId);
        stricter.setTitle(course.getTitle());
        stricter.setMinAttendancePercent(95);
        stricter.setLateCounts(LateCounts.AS_ABSENT);
        stricter.setExcusedCounts(ExcusedCounts.AS_ABSENT);
        stricter.setMinExercisePercent(100);
        stricter.setVersion(course.getVersion());
        courses.update(coordinator, courseId, stricter);
        exercise(module(courseId, "Neu"), "Neue Pflichtübung", true, "3.1");

        CohortProgress cohort = progress.cohort(coordinator, cohortId);
        assertEquals(75, cohort.rule().getMinAttendancePercent(), "the rule in force is the one frozen at start");
        assertEquals(5, cohort.exercises().size(), "the new exercise is not part of this cohort's rule");
        assertEquals(ProgressStatus.ELIGIBLE, row(cohort, amina).getStatus());
        assertEquals(50, row(cohort, bilal).progress().attendance().percent());
    }

    @Test
    void markingTheCohortFinishedGraduatesTheEligibleAndClosesIt() {
        assertEquals(CampusException.Kind.FORBIDDEN, assertThrows(CampusException.class,
                () -> progress.finish(trainer, cohortId)).kind());
        assertEquals(1, progress.finish(coordinator, cohortId));
        CohortProgress cohort = progress.cohort(coordinator, cohortId);
        assertEquals(CampusToday.today(), cohort.finishedOn());
        assertEquals(ProgressStatus.GRADUATED, row(cohort, amina).getStatus());
        assertEquals(EnrollmentStatus.ENROLLED, row(cohort, bilal).enrollment(), "not eligible: not graduated");
        assertEquals(1, cohort.count(ProgressStatus.GRADUATED));
        Enrollment graduate = cohorts.findEnrollment(coordinator, amina);
        assertEquals(EnrollmentStatus.GRADUATED, graduate.getStatus());
        assertEquals("error.progress.finished", assertThrows(CampusException.class,
                () -> progress.tick(trainer, bilal, x.get(3), true)).key());
        assertEquals("error.cohort.alreadyFinished", assertThrows(CampusException.class,
                () -> progress.finish(coordinator, cohortId)).key());
    }

    /**
     * No query per learner: computing the cohort takes as many SQL statements with 4 learners as with 12, each
     * with marks and completions. Counted by MariaDB itself (Com_select); the least of three runs, so that a
     * stray statement from elsewhere in the server cannot make the test fail.
     */
    @Test
    void theCohortIsComputedInAFixedNumberOfQueries() throws Exception {
        long small = selects(() -> progress.cohort(coordinator, cohortId));
        for (int i = 0; i < 8; i++) {
            long more = enrol("Extra " + i);
            sql("update enrollment set enrolled_on = ? where id = ?", lessons.get(0).getDate().minusDays(1), more);
            tick(more, 0, 1, 3);
        }
        take(5, AttendanceStatus.PRESENT);
        long large = selects(() -> progress.cohort(coordinator, cohortId));
        assertEquals(small, large, "the same number of queries for 4 and 12 learners");
        assertTrue(small <= 10, "a handful of queries, got " + small);
    }

    // -- certificates, on the same hand-computed cohort

    /**
     * Issue 21: issued on a day when lessons are still to come, a certificate said the learner took part "until" the
     * planned end. Amina is eligible, but the cohort runs on (lesson 7 is today, the last one in three weeks).
     */
    @Test
    void beforeTheLastLessonACertificateNeedsAWrittenReasonAndStatesTheLastLessonHeldAsItsEnd() throws Exception {
        assertEquals(ProgressStatus.ELIGIBLE, progress.learner(coordinator, amina).getStatus());
        CampusException refused = assertThrows(CampusException.class, () -> certificates.issue(coordinator, amina,
                null));
        assertEquals("error.certificate.cohortRunning", refused.key());
        assertTrue(Messages.text(Locale.GERMAN, refused).contains("schriftliche Begründung"),
                Messages.text(Locale.GERMAN, refused));
        assertEquals(0L, count("select count(*) from certificate where enrollment_id = ?", amina));

        Certificate early = certificates.issue(coordinator, amina, "Zieht vor Kursende nach Köln");
        assertEquals("Zieht vor Kursende nach Köln", early.getOverrideReason(), "the reason is kept");
        assertEquals(1L, count("select count(*) from audit_event where subject_type = 'Certificate' and subject_id = ? "
                + "and after_value like ?", early.getId(), "%Zieht vor Kursende nach Köln%"));
        String text = pdfText(early.getPdf());
        // lesson 4 was the last one held (lesson 5 was cancelled, lesson 6 never held, lesson 7 is today)
        String lastHeld = germanDate(lessons.get(3).getDate());
        String plannedEnd = germanDate(lessons.get(11).getDate());
        assertTrue(text.contains("bis " + lastHeld), "ends at the last lesson held, " + lastHeld + ": " + text);
        assertTrue(!text.contains(plannedEnd), "never the planned end " + plannedEnd + ": " + text);
        assertTrue(text.contains("vom " + germanDate(lessons.get(0).getDate())), text);
    }

    @Test
    void aCertificateCanBeVerifiedByTypingItsShortCodeAloneOrAfterItsSerial() throws Exception {
        progress.finish(coordinator, cohortId);
        Certificate issued = certificates.issue(coordinator, amina, null);
        String shortCode = issued.getShortCode();
        assertTrue(shortCode.matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{2}"), shortCode);
        assertTrue(pdfText(issued.getPdf()).contains(shortCode), "printed on the certificate");
        String serial = issued.getSerial();
        for (String typed : List.of(shortCode, shortCode.toLowerCase(Locale.ROOT).replace("-", " "),
                serial + " " + shortCode, serial + "-" + shortCode.replace("-", ""), issued.getVerificationCode())) {
            assertEquals(serial, certificates.verify(typed).map(Certificate::getSerial).orElse(null), typed);
        }
        assertTrue(certificates.verify(serial).isEmpty(), "the serial alone can be guessed");
        String otherSerial = serial.substring(0, 10) + "999999";
        assertTrue(certificates.verify(otherSerial + " " + shortCode).isEmpty(), "serial and code must belong together");
        char last = shortCode.charAt(shortCode.length() - 1);
        String wrong = shortCode.substring(0, shortCode.length() - 1) + (last == 'Z' ? 'Y' : 'Z');
        assertTrue(certificates.verify(wrong).isEmpty());
        assertEquals(1L, count("select count(*) from certificate where short_code = ?", shortCode.replace("-", "")));
    }

    private static String germanDate(LocalDate day) {
        return de.ffit.campus.platform.i18n.Numerals.date(day, java.time.format.FormatStyle.LONG, Locale.GERMAN);
    }

    /** the certificate's text as OpenPDF (in the application) reads it back, wrapped lines joined */
    private static String pdfText(byte[] pdf) throws Exception {
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
        try {
            return new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", " ");
        } finally {
            reader.close();
        }
    }

    @Test
    void anEligibleLearnerGetsACertificateThatAnyoneCanVerifyAndItsPdfIsKeptAsIssued() throws Exception {
        // after the cohort's end: no reason needed
        progress.finish(coordinator, cohortId);
        Certificate issued = certificates.issue(coordinator, amina, null);
        assertTrue(issued.getSerial().matches("FFIT-" + CampusToday.today().getYear() + "-000001"), issued.getSerial());
        assertTrue(Certificates.CODE.matcher(issued.getVerificationCode()).matches());
        assertEquals("Amina Haddad " + run, issued.getLearnerName());
        assertEquals("ffit-basis", issued.getTemplateKey());
        assertTrue(new String(issued.getPdf(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF"));
        assertEquals(Certificates.sha256(issued.getPdf()), issued.getPdfSha256());

        Certificate verified = certificates.verify(issued.getVerificationCode()).orElseThrow();
        assertEquals(issued.getSerial(), verified.getSerial());
        assertTrue(verified.isValid());
        assertEquals(issued.getSerial(), certificates.verifyFile(issued.getPdf()).orElseThrow().getSerial());
        byte[] altered = issued.getPdf().clone();
        altered[altered.length / 2] ^= 1;
        assertTrue(certificates.verifyFile(altered).isEmpty(), "one changed byte and it is not ours");
        assertTrue(certificates.verify("AAAAAAAAAAAAAAAAAAAAAAAA").isEmpty(), "a forged code");
        String code = issued.getVerificationCode();
        String otherCase = code.chars().map(c -> Character.isUpperCase(c) ? Character.toLowerCase(c)
                : Character.toUpperCase(c)).collect(StringBuilder::new, StringBuilder::appendCodePoint,
                StringBuilder::append).toString();
        if (!otherCase.equals(code)) {
            assertTrue(certificates.verify(otherCase).isEmpty(), "codes are matched exactly, case and all");
        }
        assertTrue(certificates.verify("../../etc/passwd").isEmpty());

        // a later change of the learner's name does not change the issued certificate
        sql("update learner set name = ? where id = (select learner_id from enrollment where id = ?)", "Renamed",
                amina);
        Certificate again = certificates.find(coordinator, issued.getSerial());
        assertEquals("Amina Haddad " + run, again.getLearnerName());
        assertEquals(issued.getPdfSha256(), Certificates.sha256(again.getPdf()));

        CampusException twice = assertThrows(CampusException.class, () -> certificates.issue(coordinator, amina,
                null));
        assertEquals("error.certificate.alreadyIssued", twice.key());
        assertEquals(1L, count("select count(*) from certificate where enrollment_id = ?", amina));
        assertEquals(1L, count("select count(*) from audit_event where subject_type = 'Certificate' and "
                + "subject_id = ?", issued.getId()));
    }

    @Test
    void aLearnerWhoIsNotEligibleGetsOneOnlyWithAWrittenReasonAndAWithdrawnOneNever() throws Exception {
        CampusException refused = assertThrows(CampusException.class, () -> certificates.issue(coordinator, bilal,
                "  "));
        assertEquals("error.certificate.notEligible", refused.key());
        String german = Messages.text(Locale.GERMAN, refused);
        assertTrue(german.contains("Noch kein Anspruch") && german.contains("Termin"), german);
        assertEquals(0L, count("select count(*) from certificate where enrollment_id = ?", bilal));
        assertEquals(0L, count("select certificate_last from organisation where name = ?", "Prog " + run),
                "a refused issue takes no number");

        Certificate overridden = certificates.issue(coordinator, bilal, "Krank, Stoff nachgeholt");
        assertEquals("Krank, Stoff nachgeholt", overridden.getOverrideReason());
        assertTrue(count("select count(*) from audit_event where subject_type = 'Certificate' and subject_id = ? "
                + "and after_value like ?", overridden.getId(), "%Krank, Stoff nachgeholt%") == 1);

        CampusException withdrawn = assertThrows(CampusException.class, () -> certificates.issue(coordinator, dana,
                "trotzdem"));
        assertEquals("error.certificate.withdrawn", withdrawn.key());
        assertThrows(CampusException.class, () -> certificates.issue(trainer, amina, null), "trainers do not issue");
        assertThrows(CampusException.class, () -> certificates.issue(foreignCoordinator, amina, null));
        assertEquals(0L, count("select count(*) from certificate where enrollment_id in (?, ?)", amina, dana));
    }

    @Test
    void issuingForAllEligibleGivesEachEligibleLearnerWithoutOneACertificateAndReportsEachRefusal() throws Exception {
        List<String> refusals = new ArrayList<>();
        Function<Supplier<Certificate>, Certificate> attempt = issue -> {
            try {
                return issue.get();
            } catch (CampusException refused) {
                refusals.add(refused.key());
                return null;
            }
        };
        assertEquals(0, bulkIssuing.issueAllEligible(coordinator, cohortId, attempt), "the cohort still runs");
        assertEquals(List.of("error.certificate.cohortRunning"), refusals, "Amina, the only eligible one, refused");

        progress.finish(coordinator, cohortId);
        refusals.clear();
        assertEquals(1, bulkIssuing.issueAllEligible(coordinator, cohortId, attempt));
        assertEquals(List.of(), refusals);
        assertEquals(1L, count("select count(*) from certificate where enrollment_id = ?", amina));
        assertEquals(0L, count("select count(*) from certificate where enrollment_id in (?, ?, ?)", bilal, chen,
                dana), "only who is eligible");
        assertEquals(1L, count("select count(*) from audit_event a join certificate c on a.subject_id = c.id "
                + "where a.subject_type = 'Certificate' and c.enrollment_id = ?", amina), "audited as one by one");

        assertEquals(0, bulkIssuing.issueAllEligible(coordinator, cohortId, attempt), "Amina has hers already");
        assertEquals(List.of(), refusals);
        assertEquals(1L, count("select count(*) from certificate where enrollment_id = ?", amina));

        // revoked, Amina waits again; a colleague issues hers one by one just before the bulk reaches her
        certificates.revoke(coordinator, certificates.ofCohort(coordinator, cohortId).get(0).getSerial(), "Tippfehler");
        boolean[] colleagueFirst = {true};
        Function<Supplier<Certificate>, Certificate> racing = issue -> {
            if (colleagueFirst[0]) {
                colleagueFirst[0] = false;
                certificates.issue(coordinator, amina, null);
            }
            return attempt.apply(issue);
        };
        assertEquals(0, bulkIssuing.issueAllEligible(coordinator, cohortId, racing));
        assertEquals(List.of("error.certificate.alreadyIssued"), refusals, "her refusal is reported");
        assertEquals(1L, count("select count(*) from certificate where enrollment_id = ? and revoked_at is null",
                amina), "and the colleague’s certificate stays: each issue is its own transaction");
        assertThrows(CampusException.class, () -> bulkIssuing.issueAllEligible(foreignCoordinator, cohortId,
                attempt), "another organisation's cohort");
    }

    @Test
    void tenCertificatesIssuedAtTheSameMomentGetTenSerialsWithoutGapsOrRepeats() throws Exception {
        List<Long> learners = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            learners.add(enrol("Gleichzeitig " + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> serials = new ArrayList<>();
        try {
            for (long enrollment : learners) {
                serials.add(pool.submit(() -> {
                    start.await();
                    return certificates.issue(coordinator, enrollment, "Test der Gleichzeitigkeit").getSerial();
                }));
            }
            start.countDown();
            Set<Integer> numbers = new java.util.TreeSet<>();
            for (Future<String> serial : serials) {
                numbers.add(Integer.parseInt(serial.get(120, TimeUnit.SECONDS).substring(10)));
            }
            assertEquals(Set.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), numbers);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(10L, count("select certificate_last from organisation where name = ?", "Prog " + run));
    }

    @Test
    void aRevokedCertificateSaysSoAndAReissueGetsANewSerialLinkedToTheOld() {
        Certificate first = certificates.issue(coordinator, amina, "Zieht vor Kursende um");
        CampusException noReason = assertThrows(CampusException.class, () -> certificates.revoke(coordinator,
                first.getSerial(), " "));
        assertEquals("error.required", noReason.key());
        assertTrue(certificates.verify(first.getVerificationCode()).orElseThrow().isValid(), "nothing changed");

        Certificate renewed = certificates.reissue(coordinator, first.getSerial(), "Name korrigiert");
        assertNotEquals(first.getSerial(), renewed.getSerial());
        assertEquals(first.getSerial(), renewed.getReplaces().getSerial());
        Certificate old = certificates.verify(first.getVerificationCode()).orElseThrow();
        assertEquals(Certificate.Status.REVOKED, old.getStatus());
        assertEquals("Name korrigiert", old.getRevokeReason());
        assertTrue(certificates.verify(renewed.getVerificationCode()).orElseThrow().isValid());

        CampusException twice = assertThrows(CampusException.class, () -> certificates.revoke(coordinator,
                first.getSerial(), "nochmal"));
        assertEquals("error.certificate.alreadyRevoked", twice.key());
        certificates.revoke(coordinator, renewed.getSerial(), "Betrug");
        assertEquals(Certificate.Status.REVOKED,
                certificates.verify(renewed.getVerificationCode()).orElseThrow().getStatus());
        assertThrows(CampusException.class, () -> certificates.find(foreignCoordinator, renewed.getSerial()));
        assertThrows(CampusException.class, () -> certificates.find(otherTrainer, renewed.getSerial()),
                "a trainer of another cohort");
        assertEquals(renewed.getSerial(), certificates.find(trainer, renewed.getSerial()).getSerial());

        // a learner who withdrew later gets no new certificate
        Certificate bilals = certificates.issue(coordinator, bilal, "Nachgeholt");
        cohorts.withdraw(coordinator, bilal, "Umzug");
        CampusException withdrawn = assertThrows(CampusException.class, () -> certificates.reissue(coordinator,
                bilals.getSerial(), "Name korrigiert"));
        assertEquals("error.certificate.withdrawn", withdrawn.key());
        assertTrue(certificates.verify(bilals.getVerificationCode()).orElseThrow().isValid(), "nothing changed");
    }

    // -- helpers

    private long selects(Runnable action) throws Exception {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long before = comSelect();
            action.run();
            least = Math.min(least, comSelect() - before);
        }
        return least;
    }

    private long comSelect() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("show global status like 'Com_select'")) {
            rs.next();
            return rs.getLong(2);
        }
    }

    private long course(String title, int attendancePercent, int exercisePercent) {
        CourseDraft course = new CourseDraft();
        course.setTitle(title);
        course.setMinAttendancePercent(attendancePercent);
        course.setLateCounts(LateCounts.AS_HALF);
        course.setExcusedCounts(ExcusedCounts.NOT_COUNTED);
        course.setMinExercisePercent(exercisePercent);
        return courses.create(coordinator, course).getId();
    }

    private long module(long course, String title) {
        ModuleDraft module = new ModuleDraft();
        module.setTitle(title);
        return courses.addModule(coordinator, course, module).getId();
    }

    private long exercise(long module, String title, boolean mandatory, String... competences) {
        ExerciseDraft exercise = new ExerciseDraft();
        exercise.setTitle(title);
        exercise.setMandatory(mandatory);
        exercise.setCompetences(List.of(competences));
        return courses.addExercise(coordinator, module, exercise).getId();
    }

    private long enrol(String name) {
        LearnerDraft learner = new LearnerDraft();
        learner.setName(name + " " + run);
        learner.setPreferredLanguage("ar");
        return cohorts.enrol(coordinator, cohortId, learners.create(coordinator, learner).getId()).getId();
    }

    /** Marks a lesson: the statuses in the order the sheet lists the learners (by name). */
    private void take(int lesson, AttendanceStatus... statuses) {
        AttendanceSheet sheet = attendance.sheet(trainer, lessons.get(lesson).getId());
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < sheet.rows().size(); i++) {
            AttendanceSheet.Row row = sheet.rows().get(i);
            AttendanceStatus status = i < statuses.length ? statuses[i] : AttendanceStatus.PRESENT;
            changes.add(new Change(row.enrollmentId(), status, null, row.status(), row.note(), row.recordVersion()));
        }
        attendance.save(trainer, lessons.get(lesson).getId(), changes);
    }

    private void tick(long enrollment, int... exercises) {
        for (int i : exercises) {
            progress.tick(trainer, enrollment, x.get(i), true);
        }
    }

    private static CohortProgress.Row row(CohortProgress cohort, long enrollmentId) {
        return cohort.rows().stream().filter(r -> r.enrollmentId() == enrollmentId).findFirst().orElseThrow();
    }

    private static List<String> say(LearnerProgress p, Locale locale) {
        return p.missing().stream().map(m -> Messages.text(locale, m.key(), m.args().toArray())).toList();
    }

    /** The cohort's exercise history as "actor ACTION Firstname: exercise state" (state after, or before for a removal). */
    private List<String> audit() throws Exception {
        List<String> lines = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select actor, action, before_value, after_value from audit_event where context = ? order by id")) {
            s.setString(1, Progress.context(cohortId));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String values = rs.getString(4) != null ? rs.getString(4) : rs.getString(3);
                    String exercise = values.replaceAll(".*\"exercise\":\"([^\"]*)\".*", "$1");
                    String state = values.replaceAll(".*\"state\":\"([^\"]*)\".*", "$1");
                    String learner = values.replaceAll(".*\"learner\":\"([^ \"]*)[^\"]*\".*", "$1");
                    lines.add(rs.getString(1) + " " + rs.getString(2) + " " + learner + ": " + exercise + " " + state);
                }
            }
        }
        return lines;
    }

    private long completions() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from exercise_completion")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void sql(String statement, Object... args) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(statement)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            s.executeUpdate();
        }
    }

    private long count(String query, Object... args) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(query)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
