package de.ffit.campus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ffit.campus.account.control.Accounts;
import de.ffit.campus.account.entity.UserAccount;
import de.ffit.campus.cohort.control.CohortDraft;
import de.ffit.campus.cohort.control.CohortSummary;
import de.ffit.campus.cohort.control.Cohorts;
import de.ffit.campus.cohort.control.LessonDraft;
import de.ffit.campus.cohort.control.ScheduleDraft;
import de.ffit.campus.cohort.entity.Cohort;
import de.ffit.campus.cohort.entity.Enrollment;
import de.ffit.campus.cohort.entity.EnrollmentStatus;
import de.ffit.campus.cohort.entity.Lesson;
import de.ffit.campus.cohort.entity.LessonState;
import de.ffit.campus.course.control.CourseDraft;
import de.ffit.campus.course.control.Courses;
import de.ffit.campus.course.control.ExerciseDraft;
import de.ffit.campus.course.control.ModuleDraft;
import de.ffit.campus.course.entity.Course;
import de.ffit.campus.course.entity.CourseModule;
import de.ffit.campus.course.entity.Exercise;
import de.ffit.campus.learner.control.LearnerDraft;
import de.ffit.campus.learner.control.Learners;
import de.ffit.campus.learner.entity.Learner;
import de.ffit.campus.organisation.control.LocationDraft;
import de.ffit.campus.organisation.control.Locations;
import de.ffit.campus.organisation.control.Organisations;
import de.ffit.campus.organisation.entity.Location;
import de.ffit.campus.organisation.entity.LocationKind;
import de.ffit.campus.platform.error.CampusException;
import de.ffit.campus.platform.persistence.CampusDataSource;
import de.ffit.campus.platform.security.Actor;
import de.ffit.campus.platform.security.Role;
import de.ffit.campus.support.Actors;
import de.ffit.campus.support.CampusToday;
import de.ffit.campus.support.Http;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The services, in the container, on MariaDB: migrations, a coordinator's whole planning path, organisation
 * scoping, and refusals that leave nothing half-written. Actors are built directly, as the boundaries would.
 */
@ExtendWith(ArquillianExtension.class)
class ServicesIT {

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
    de.ffit.campus.report.control.Impact impact;

    @Inject
    de.ffit.campus.certificate.control.Certificates certificates;

    @Inject
    de.ffit.campus.certificate.control.CertificateCopies copies;

    @Inject
    de.ffit.campus.attendance.control.Attendance attendance;

    @Inject
    de.ffit.campus.privacy.control.LearnerDataExport export;

    @Inject
    de.ffit.campus.privacy.control.LearnerErasure erasure;

    @Resource(lookup = CampusDataSource.JNDI_NAME)
    DataSource dataSource;

    private Actor coordinatorA;
    private Actor coordinatorB;
    private Actor trainerA;
    private Location roomA;
    private Course courseA;

    @BeforeEach
    void twoOrganisations() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        coordinatorA = coordinatorOf(organisation("A " + run), "coord-a-" + run, Role.COORDINATOR);
        coordinatorB = coordinatorOf(organisation("B " + run), "coord-b-" + run, Role.COORDINATOR);
        trainerA = new Actor(account(coordinatorA.organisationId(), "trainer-a-" + run, Role.TRAINER).getId(),
                "trainer-a-" + run, coordinatorA.organisationId(), Role.TRAINER);
        roomA = locations.create(coordinatorA, location("Raum 1"));
        courseA = courses.create(coordinatorA, course("ffIT Basis"));
    }

    private long organisation(String name) {
        return Actors.organisation(organisations, name);
    }

    private UserAccount account(long organisationId, String username, Role role) {
        return accounts.find(Actors.INSTALLATION_ADMIN,
                Actors.actor(accounts, organisationId, username, role).accountId());
    }

    private Actor coordinatorOf(long organisationId, String username, Role role) {
        return Actors.actor(accounts, organisationId, username, role);
    }

    private static LocationDraft location(String name) {
        LocationDraft draft = new LocationDraft();
        draft.setName(name);
        draft.setKind(LocationKind.CLASSROOM);
        return draft;
    }

    private static CourseDraft course(String title) {
        CourseDraft draft = new CourseDraft();
        draft.setTitle(title);
        return draft;
    }

    private static ScheduleDraft weeks(int weeks, LocalDate from) {
        ScheduleDraft schedule = new ScheduleDraft();
        schedule.setFrom(from);
        schedule.setTo(from.plusWeeks(weeks).minusDays(1));
        schedule.setDays(List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY));
        schedule.setStart(LocalTime.of(9, 30));
        schedule.setEnd(LocalTime.of(12, 0));
        return schedule;
    }

    private CohortDraft cohort(String name, List<Long> trainers, ScheduleDraft schedule) {
        CohortDraft draft = new CohortDraft();
        draft.setName(name);
        draft.setCourseId(courseA.getId());
        draft.setLocationId(roomA.getId());
        draft.setTrainerIds(trainers);
        draft.setSchedule(schedule);
        return draft;
    }

    private static LearnerDraft learner(String name, String original, String language, String code) {
        LearnerDraft draft = new LearnerDraft();
        draft.setName(name);
        draft.setNameOriginal(original);
        draft.setPreferredLanguage(language);
        draft.setConsent(true);
        draft.setCode(code);
        return draft;
    }

    private static LocalDate nextMonday() {
        return CampusToday.today().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    }

    /** A lesson can be held only from its day on: lessons that are to be held start in the past. */
    private static LocalDate mondayTwoWeeksAgo() {
        return CampusToday.today().minusWeeks(2).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * No personal data in the server's log: everything the server logs while a learner is created, refused (too
     * long a name, a code that is taken), enrolled, marked with a note, exported, erased is caught here, in the
     * server's own JVM, and must not carry the learner's name, code or note.
     */
    @Test
    void whatTheServerLogsAboutALearnerNamesNeitherTheLearnerNorTheirCodeNorANote() throws SQLException {
        java.util.List<String> logged = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.logging.Handler catcher = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                StringBuilder text = new StringBuilder(String.valueOf(record.getMessage()));
                if (record.getParameters() != null) {
                    for (Object p : record.getParameters()) {
                        text.append(' ').append(p);
                    }
                }
                for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
                    text.append(' ').append(t);
                }
                logged.add(record.getLoggerName() + ": " + text);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        catcher.setLevel(java.util.logging.Level.ALL);
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        root.addHandler(catcher);
        try {
            Learner zainab = learners.create(coordinatorA, learner("Zainab Logprobe", "زينب لوغ", "ar", "LOGP2345"));
            assertThrows(CampusException.class, () -> learners.create(coordinatorA,
                    learner("Logprobe Zwilling", null, "ar", "LOGP2345")), "the code is taken");
            assertThrows(RuntimeException.class, () -> learners.create(coordinatorA,
                    learner("Logprobe " + "x".repeat(200), null, "ar", null)), "too long");
            Cohort cohort = cohorts.create(coordinatorA, cohort("Logkurs", List.of(trainerA.accountId()),
                    weeks(4, mondayTwoWeeksAgo())));
            Enrollment enrollment = cohorts.enrol(coordinatorA, cohort.getId(), zainab.getId());
            // the first lesson, two weeks ago
            long lesson = count("select id from lesson where cohort_id = " + cohort.getId()
                    + " order by lesson_date, start_time limit 1");
            attendance.save(trainerA, lesson, List.of(new de.ffit.campus.attendance.control.Change(
                    enrollment.getId(), de.ffit.campus.attendance.entity.AttendanceStatus.EXCUSED,
                    "Logprobe-Notiz Arzt", null, null, null)));
            de.ffit.campus.privacy.control.LearnerDataPdf.render(export.export(coordinatorA, zainab.getId()),
                    java.util.Locale.GERMAN);
            erasure.erase(coordinatorA, zainab.getId());
        } finally {
            root.removeHandler(catcher);
        }
        List<String> leaks = logged.stream().filter(line -> line.contains("Logprobe") || line.contains("زينب")
                || line.contains("LOGP2345")).toList();
        assertEquals(List.of(), leaks, "of " + logged.size() + " log lines");
    }

    @Test
    void theMigrationsRanOnMariaDbAndSeededTheDigCompCompetences() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            assertEquals("MariaDB", c.getMetaData().getDatabaseProductName());
        }
        assertEquals(0, count("select count(*) from flyway_schema_history where success = 0"));
        assertEquals(0, count("select count(*) from information_schema.tables where table_schema = database() "
                + "and table_name <> 'flyway_schema_history' and table_collation not like 'utf8mb4%'"),
                "every table of ours is utf8mb4, whatever the database's default");
        assertTrue(count("select count(*) from flyway_schema_history where version in ('1', '2')") == 2);
        assertEquals(21, courses.competences().size());
        assertEquals(5, courses.competences().stream().map(c -> c.getArea()).distinct().count());
    }

    @Test
    void aCoordinatorPlansACourseCreatesACohortWithItsScheduleAndEnrolsALearner() {
        CourseModule module = courses.addModule(coordinatorA, courseA.getId(), module("Internet und E-Mail"));
        ExerciseDraft exercise = new ExerciseDraft();
        exercise.setTitle("Eine E-Mail mit Anhang senden");
        exercise.setMandatory(true);
        exercise.setCompetences(List.of("2.1", "2.2"));
        Exercise created = courses.addExercise(coordinatorA, module.getId(), exercise);
        assertEquals(List.of("2.1", "2.2"),
                courses.findExercise(coordinatorA, created.getId()).getCompetencesInOrder().stream()
                        .map(c -> c.getCode()).toList());

        Cohort cohort = cohorts.create(coordinatorA, cohort("Herbst", List.of(trainerA.accountId()),
                weeks(4, nextMonday())));
        assertEquals(8, cohorts.find(coordinatorA, cohort.getId()).getLessons().size());

        Learner amina = learners.create(coordinatorA, learner("Amina Haddad", "أمينة حداد", "ar", null));
        assertTrue(amina.getCode().matches("[A-Z0-9]{9}"), amina.getCode());
        Enrollment enrollment = cohorts.enrol(coordinatorA, cohort.getId(), amina.getId());
        assertEquals(EnrollmentStatus.ENROLLED, enrollment.getStatus());

        Learner reread = learners.find(coordinatorA, amina.getId());
        assertEquals("أمينة حداد", reread.getNameOriginal(), "Arabic script survives the round trip through MariaDB");
        List<CohortSummary> summaries = cohorts.list(coordinatorA);
        assertEquals(1, summaries.size());
        assertEquals(1, summaries.get(0).participants());
        assertEquals(8, summaries.get(0).lessons());
        assertEquals(nextMonday(), summaries.get(0).firstDay());
    }

    @Test
    void anotherOrganisationsRecordsDoNotExistForACoordinator() {
        Cohort cohort = cohorts.create(coordinatorA, cohort("Nur A", List.of(), weeks(2, nextMonday())));
        Learner learnerA = learners.create(coordinatorA, learner("Olena Kovalenko", "Олена Коваленко", "uk", null));
        Lesson lesson = cohort.getLessons().get(0);

        assertEquals(CampusException.Kind.NOT_FOUND,
                assertThrows(CampusException.class, () -> cohorts.find(coordinatorB, cohort.getId())).kind());
        assertThrows(CampusException.class, () -> courses.find(coordinatorB, courseA.getId()));
        assertThrows(CampusException.class, () -> learners.find(coordinatorB, learnerA.getId()));
        assertThrows(CampusException.class, () -> locations.find(coordinatorB, roomA.getId()));
        assertThrows(CampusException.class, () -> cohorts.findLesson(coordinatorB, lesson.getId()));
        assertThrows(CampusException.class, () -> cohorts.enrol(coordinatorB, cohort.getId(), learnerA.getId()));
        assertTrue(cohorts.list(coordinatorB).isEmpty());
        assertTrue(learners.search(coordinatorB, "Olena", 0, 10).isEmpty());

        // B's own learner cannot be put into A's cohort through A's id either
        Learner learnerB = learners.create(coordinatorB, learner("Mehmet Yılmaz", null, "tr", null));
        assertThrows(CampusException.class, () -> cohorts.enrol(coordinatorA, cohort.getId(), learnerB.getId()));
        CohortDraft foreignLocation = cohort("Mit fremdem Ort", List.of(), null);
        foreignLocation.setLocationId(locations.create(coordinatorB, location("Raum B")).getId());
        assertThrows(CampusException.class, () -> cohorts.create(coordinatorA, foreignLocation));
    }

    @Test
    void aTrainerSeesOnlyTheCohortsTheyTeachAndChangesNothing() {
        Cohort taught = cohorts.create(coordinatorA, cohort("Unterrichtet", List.of(trainerA.accountId()), null));
        Cohort other = cohorts.create(coordinatorA, cohort("Andere", List.of(), null));
        assertEquals(List.of(taught.getId()), cohorts.list(trainerA).stream().map(CohortSummary::id).toList());
        assertThrows(CampusException.class, () -> cohorts.find(trainerA, other.getId()));
        assertEquals(CampusException.Kind.FORBIDDEN, assertThrows(CampusException.class,
                () -> cohorts.planLessons(trainerA, taught.getId(), weeks(1, nextMonday()))).kind());
        assertThrows(CampusException.class, () -> learners.search(trainerA, "", 0, 10));
    }

    @Test
    void refusedInputLeavesNothingHalfWritten() throws SQLException {
        long lessonsBefore = count("select count(*) from lesson");
        long cohortsBefore = count("select count(*) from cohort");

        ScheduleDraft tooLong = weeks(4, nextMonday());
        tooLong.setTo(nextMonday().plusYears(3));
        CampusException schedule = assertThrows(CampusException.class,
                () -> cohorts.create(coordinatorA, cohort("Zu lang", List.of(), tooLong)));
        assertEquals("error.schedule.tooLong", schedule.key());

        cohorts.create(coordinatorA, cohort("Doppelt", List.of(), weeks(2, nextMonday())));
        long lessonsAfterFirst = count("select count(*) from lesson");
        CampusException duplicate = assertThrows(CampusException.class,
                () -> cohorts.create(coordinatorA, cohort("DOPPELT", List.of(), weeks(4, nextMonday()))));
        assertEquals("error.duplicate.cohortName", duplicate.key());
        assertEquals(cohortsBefore + 1, count("select count(*) from cohort"));
        assertEquals(lessonsAfterFirst, count("select count(*) from lesson"), "no lessons of a refused cohort");
        assertEquals(lessonsBefore + 4, lessonsAfterFirst);

        CohortDraft blank = cohort(" ", List.of(), null);
        assertThrows(ConstraintViolationException.class, () -> cohorts.create(coordinatorA, blank));

        learners.create(coordinatorA, learner("Tesfay", "ተስፋይ", "ti", "TESF2026"));
        CampusException sameCode = assertThrows(CampusException.class,
                () -> learners.create(coordinatorA, learner("Other", null, "de", "tesf-2026")));
        assertEquals("error.duplicate.learnerCode", sameCode.key());
        // the same code in another organisation is fine: codes are unique per organisation
        learners.create(coordinatorB, learner("Elsewhere", null, "de", "TESF2026"));

        CampusException sameCourse = assertThrows(CampusException.class,
                () -> courses.create(coordinatorA, course("FFIT BASIS")));
        assertEquals(CampusException.Kind.CONFLICT, sameCourse.kind());

        CourseModule module = courses.addModule(coordinatorA, courseA.getId(), module("Sicher im Netz"));
        ExerciseDraft unknownCompetence = new ExerciseDraft();
        unknownCompetence.setTitle("Passwörter");
        unknownCompetence.setCompetences(List.of("4.1", "5.9"));
        long exercisesBefore = count("select count(*) from exercise");
        assertEquals("error.competence", assertThrows(CampusException.class,
                () -> courses.addExercise(coordinatorA, module.getId(), unknownCompetence)).key());
        assertEquals(exercisesBefore, count("select count(*) from exercise"));
    }

    @Test
    void aChangeRefusedHalfWayThroughIsRolledBackCompletely() {
        Cohort cohort = cohorts.create(coordinatorA, cohort("Vorher", List.of(trainerA.accountId()), null));
        UserAccount foreignTrainer = account(coordinatorB.organisationId(), "foreign-" + coordinatorB.username(),
                Role.TRAINER);
        CohortDraft draft = cohort("Nachher", List.of(trainerA.accountId(), foreignTrainer.getId()), null);
        draft.setVersion(cohorts.find(coordinatorA, cohort.getId()).getVersion());
        // the name is changed on the cohort before the foreign trainer is found out
        assertEquals(CampusException.Kind.NOT_FOUND, assertThrows(CampusException.class,
                () -> cohorts.update(coordinatorA, cohort.getId(), draft)).kind());
        Cohort reread = cohorts.find(coordinatorA, cohort.getId());
        assertEquals("Vorher", reread.getName());
        assertEquals(1, reread.getTrainers().size());
    }

    @Test
    void aSaveBasedOnAnOutdatedVersionIsRefusedInsteadOfOverwriting() {
        Course course = courses.find(coordinatorA, courseA.getId());
        CourseDraft first = course("ffIT Basis 2026");
        first.setVersion(course.getVersion());
        courses.update(coordinatorA, course.getId(), first);

        CourseDraft stale = course("ffIT Basis (alt)");
        stale.setVersion(course.getVersion());
        assertEquals(CampusException.Kind.STALE, assertThrows(CampusException.class,
                () -> courses.update(coordinatorA, course.getId(), stale)).kind());
        assertEquals("ffIT Basis 2026", courses.find(coordinatorA, course.getId()).getTitle());
    }

    @Test
    void lessonsCanBeRescheduledCancelledAndOnlyUnheldOnesRemoved() {
        Cohort cohort = cohorts.create(coordinatorA, cohort("Termine", List.of(), weeks(1, mondayTwoWeeksAgo())));
        List<Lesson> lessons = new ArrayList<>(cohorts.find(coordinatorA, cohort.getId()).getLessons());
        Lesson first = lessons.get(0);
        LessonDraft held = new LessonDraft();
        held.setDate(first.getDate());
        held.setStart(LocalTime.of(10, 0));
        held.setEnd(LocalTime.of(12, 30));
        held.setTopic("Erste Schritte");
        held.setState(LessonState.HELD);
        held.setVersion(first.getVersion());
        Lesson updated = cohorts.updateLesson(coordinatorA, first.getId(), held);
        assertEquals(LocalTime.of(10, 0), updated.getStartTime());
        assertEquals(LessonState.HELD, updated.getState());
        assertEquals("error.lesson.alreadyHeld", assertThrows(CampusException.class,
                () -> cohorts.removeLesson(coordinatorA, first.getId())).key());
        cohorts.removeLesson(coordinatorA, lessons.get(1).getId());
        assertEquals(1, cohorts.find(coordinatorA, cohort.getId()).getLessons().size());
    }

    @Test
    void aHeldLessonWithAttendanceStaysHeld() throws SQLException {
        Cohort cohort = cohorts.create(coordinatorA, cohort("Mit Anwesenheit", List.of(), weeks(4, mondayTwoWeeksAgo())));
        Learner learner = learners.create(coordinatorA, learner("Awet Tekle", "ኣወት ተኽለ", "ti", null));
        Enrollment enrollment = cohorts.enrol(coordinatorA, cohort.getId(), learner.getId());
        Lesson lesson = cohorts.find(coordinatorA, cohort.getId()).getLessons().get(0);
        Lesson saved = cohorts.updateLesson(coordinatorA, lesson.getId(),
                lessonAs(lesson, LessonState.HELD, lesson.getVersion()));
        // taking attendance is the next feature; the record is written the way it will be
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("insert into attendance_record (lesson_id, enrollment_id, status, recorded_by, "
                    + "recorded_at, version) values (" + lesson.getId() + ", " + enrollment.getId()
                    + ", 'PRESENT', 'it', current_timestamp, 0)");
        }
        LessonDraft replanned = lessonAs(lesson, LessonState.PLANNED, saved.getVersion());
        assertEquals("error.lesson.hasAttendance", assertThrows(CampusException.class,
                () -> cohorts.updateLesson(coordinatorA, lesson.getId(), replanned)).key());
        assertEquals(LessonState.HELD, cohorts.findLesson(coordinatorA, lesson.getId()).getState());
        assertEquals("error.lesson.hasAttendance", assertThrows(CampusException.class,
                () -> cohorts.removeLesson(coordinatorA, lesson.getId())).key());
    }

    @Test
    void aWithdrawnLearnerLeavesTheCountAndCanBeEnrolledAgain() {
        Cohort cohort = cohorts.create(coordinatorA, cohort("Wechsel", List.of(), weeks(2, nextMonday())));
        Learner zahra = learners.create(coordinatorA, learner("Zahra Ahmadi", "زهرا احمدی", "fa", null));
        Enrollment enrollment = cohorts.enrol(coordinatorA, cohort.getId(), zahra.getId());
        cohorts.withdraw(coordinatorA, enrollment.getId(), "Arbeit gefunden");
        assertEquals(0, cohorts.list(coordinatorA).get(0).participants());
        assertTrue(cohorts.enrollable(coordinatorA, cohort.getId(), "zahra").stream()
                .anyMatch(l -> l.getId().equals(zahra.getId())));
        Enrollment again = cohorts.enrol(coordinatorA, cohort.getId(), zahra.getId());
        assertEquals(enrollment.getId(), again.getId());
        assertFalse(cohorts.enrollable(coordinatorA, cohort.getId(), "zahra").stream()
                .anyMatch(l -> l.getId().equals(zahra.getId())));
    }

    /**
     * Issue 21, finding 7: the search stopped silently at 20. A search that matches 25 learners says so, and the
     * coordinator reaches all 25, page by page; a learner who is in another cohort running now is shown with it.
     */
    @Test
    void anEnrolmentSearchSaysHowManyMatchedPagesOnAndNamesAnotherRunningCohort() {
        Cohort planned = cohorts.create(coordinatorA, cohort("Später", List.of(), weeks(2, nextMonday())));
        Cohort running = cohorts.create(coordinatorA, cohort("Läuft gerade", List.of(), weeks(4, mondayTwoWeeksAgo())));
        List<Long> created = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            created.add(learners.create(coordinatorA, learner("Suchprobe " + (i < 10 ? "0" : "") + i, null, "ar",
                    null)).getId());
        }
        cohorts.enrol(coordinatorA, running.getId(), created.get(0));

        var first = cohorts.enrollable(coordinatorA, planned.getId(), "suchprobe", 0);
        assertEquals(25, first.total(), "how many matched in all");
        assertEquals(20, first.candidates().size());
        assertEquals(5, first.more());
        var next = cohorts.enrollable(coordinatorA, planned.getId(), "suchprobe", first.first() + 20);
        assertEquals(5, next.candidates().size());
        assertEquals(0, next.more());
        List<Long> reached = new ArrayList<>();
        first.candidates().forEach(c -> reached.add(c.learner().getId()));
        next.candidates().forEach(c -> reached.add(c.learner().getId()));
        assertEquals(created, reached, "every match once, in name order");

        assertEquals(List.of("Läuft gerade"), first.candidates().get(0).runningCohorts());
        assertEquals(List.of(), first.candidates().get(1).runningCohorts());
        // a cohort that has not started is not running, and the cohort searched for is not "another"
        cohorts.enrol(coordinatorA, planned.getId(), created.get(1));
        assertEquals(List.of(), cohorts.enrollable(coordinatorA, running.getId(), "suchprobe 02", 0).candidates()
                .get(0).runningCohorts());
        assertEquals(24, cohorts.enrollable(coordinatorA, planned.getId(), "suchprobe", 0).total(),
                "the one enrolled here is no candidate");
    }

    /**
     * Issue 21, finding 7: the cohort list showed 0 learners for a finished cohort (it counted only who was still
     * enrolled) while the impact report counted every one. List, overview and report count by one rule: who was
     * enrolled on a day the cohort met, graduates and those who left half-way too, not who left before it began.
     */
    @Test
    void theCohortListTheOverviewAndTheImpactReportCountTheSameLearners() throws SQLException {
        // planned ahead, the learners enrolled, then its lessons moved twelve weeks back: a finished cohort
        // (enrolling into one that is finished is refused)
        LocalDate start = nextMonday().minusWeeks(12);
        Cohort finished = cohorts.create(coordinatorA, cohort("Abgeschlossen", List.of(), weeks(2, nextMonday())));
        Cohort running = cohorts.create(coordinatorA, cohort("Laufend", List.of(), weeks(4, mondayTwoWeeksAgo())));
        List<Long> enrollments = new ArrayList<>();
        for (String name : List.of("Rania Khalil", "Hamid Sultani", "Selam Haile", "Hevin Ali")) {
            Learner learner = learners.create(coordinatorA, learner(name, null, "ar", null));
            enrollments.add(cohorts.enrol(coordinatorA, finished.getId(), learner.getId()).getId());
            cohorts.enrol(coordinatorA, running.getId(), learner.getId());
        }
        // the finished cohort: enrolled a week before it began; two graduated, one left half-way, one before it began
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("update lesson set lesson_date = date_sub(lesson_date, interval 84 day) where cohort_id = "
                    + finished.getId());
            s.executeUpdate("update enrollment set enrolled_on = '" + start.minusDays(7) + "' where cohort_id = "
                    + finished.getId());
            s.executeUpdate("update enrollment set status = 'GRADUATED' where id in (" + enrollments.get(0) + ", "
                    + enrollments.get(1) + ")");
            s.executeUpdate("update enrollment set status = 'WITHDRAWN', withdrawn_on = '" + start.plusDays(7)
                    + "' where id = " + enrollments.get(2));
            s.executeUpdate("update enrollment set status = 'WITHDRAWN', withdrawn_on = '" + start.minusDays(1)
                    + "' where id = " + enrollments.get(3));
        }
        Map<String, Long> listed = new java.util.HashMap<>();
        cohorts.list(coordinatorA).forEach(s -> listed.put(s.name(), s.participants()));
        assertEquals(Map.of("Abgeschlossen", 3L, "Laufend", 4L), listed, "the cohort list");
        var overview = cohorts.participants(coordinatorA, finished.getId());
        assertEquals(3, overview.total(), "the cohort's overview");
        assertEquals(List.of(0L, 2L, 1L, 1L), List.of(overview.enrolled(), overview.graduated(), overview.withdrawn(),
                overview.withdrawnBeforeStart()));
        var report = impact.report(coordinatorA, new de.ffit.campus.report.control.ImpactFilter(start.minusDays(30),
                start.plusWeeks(3), null, null, null));
        assertEquals(3, report.total().participants(), "the impact report over the finished cohort's time");
    }

    /**
     * Issue 21, item 8: a learner's own copy. A link to their certificate gives the PDF once; a second use, an
     * expired link and a made-up one give nothing; a link to another learner's certificate is not made (404).
     * Only the token's hash is stored, and making and using a link are audited.
     */
    @Test
    void aLearnersCopyLinkGivesTheirCertificateOnceWithinFifteenMinutesAndNeverAnotherLearners() throws SQLException {
        Cohort cohort = cohorts.create(coordinatorA, cohort("Kopie", List.of(), weeks(4, mondayTwoWeeksAgo())));
        Learner amina = learners.create(coordinatorA, learner("Amina Haddad", "أمينة حداد", "ar", null));
        Learner bilal = learners.create(coordinatorA, learner("Bilal Karimi", null, "fa", null));
        Enrollment enrollment = cohorts.enrol(coordinatorA, cohort.getId(), amina.getId());
        cohorts.enrol(coordinatorA, cohort.getId(), bilal.getId());
        de.ffit.campus.certificate.entity.Certificate issued = certificates.issue(coordinatorA, enrollment.getId(),
                "Kurs anderswo abgeschlossen");
        byte[] pdf = certificates.document(coordinatorA, issued.getSerial()).orElseThrow().pdf();

        var link = copies.offer(coordinatorA.organisationId(), amina.getId(), issued.getSerial());
        String token = link.url().substring(link.url().lastIndexOf('/') + 1);
        assertTrue(token.length() >= 22, "at least 128 bits: " + token);
        assertEquals(0, count("select count(*) from certificate_copy where token_hash = '" + token + "'"),
                "the token itself is not stored");
        java.time.Duration validFor = java.time.Duration.between(java.time.LocalDateTime.now(java.time.ZoneOffset.UTC),
                link.expiresAt());
        assertTrue(validFor.toMinutes() >= 14 && validFor.toMinutes() <= 15, validFor::toString);
        assertTrue(java.util.Arrays.equals(pdf, copies.redeem(token).orElseThrow().pdf()), "her PDF, the first time");
        assertTrue(copies.redeem(token).isEmpty(), "a second use gives nothing");

        var expiring = copies.offer(coordinatorA.organisationId(), amina.getId(), issued.getSerial());
        String late = expiring.url().substring(expiring.url().lastIndexOf('/') + 1);
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("update certificate_copy set expires_at = date_sub(expires_at, interval 16 minute) "
                    + "where expires_at = (select m from (select max(expires_at) m from certificate_copy) x)");
        }
        assertTrue(copies.redeem(late).isEmpty(), "an expired link gives nothing");
        assertTrue(copies.redeem("A".repeat(43)).isEmpty(), "a made-up link gives nothing");

        assertEquals("error.notFound", assertThrows(CampusException.class, () -> copies.offer(
                coordinatorA.organisationId(), bilal.getId(), issued.getSerial())).key(), "not for another learner");
        assertEquals("error.notFound", assertThrows(CampusException.class, () -> copies.offer(
                coordinatorB.organisationId(), amina.getId(), issued.getSerial())).key(), "nor another organisation");
        assertEquals(3, count("select count(*) from audit_event where subject_type = 'Certificate' and subject_id = "
                + issued.getId() + " and after_value like '%copyLink%'"), "two links shown, one downloaded");
    }

    // ------------------------------------------------------------------------------ security events (issue 22, 3)

    /**
     * Issue 22, finding 3: what a person does over HTTP (an admin creates and renames an organisation, creates,
     * edits, demotes and deactivates an account and resets its password; a coordinator creates and edits a learner
     * and exports their personal data; someone fails to sign in as a known and as an unknown user, then keeps
     * trying until the brake holds) is in the audit trail with who and from which address, and in the security
     * log as one line each that names no learner. The address is the connection's: a client's own
     * X-Forwarded-For counts for nothing without a trusted proxy.
     */
    @Test
    void securityEventsAreInTheTrailWithWhoAndAddressAndInTheLogWithoutLearnerNames() {
        List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Handler capture = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord logged) {
                if ("ffit.security".equals(logged.getLoggerName())) {
                    lines.add(logged.getMessage());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger securityLog = java.util.logging.Logger.getLogger("ffit.security");
        securityLog.addHandler(capture);
        try {
            Http http = new Http("http://127.0.0.1:" + deployed.getPort() + deployed.getPath().replaceAll("/$", ""));
            Http.As admin = Http.as("admin", System.getProperty("FFIT_ADMIN_PASSWORD"));
            String run = UUID.randomUUID().toString().substring(0, 6);

            long org = http.post(admin, "/api/organisations", "{\"name\":\"Spur " + run
                    + "\",\"integreatRegion\":\"augsburg\"}").id();
            long orgVersion = http.get(admin, "/api/organisations/" + org).json().getJsonNumber("version").longValue();
            assertEquals(200, http.put(admin.withHeader("X-Forwarded-For", "203.0.113.9"), "/api/organisations/" + org,
                    "{\"name\":\"Spur " + run + " neu\",\"integreatRegion\":\"augsburg\",\"version\":" + orgVersion
                    + "}").status());

            String coordinatorName = "spur-c-" + run;
            long coordinator = http.post(admin, "/api/accounts", account(org, coordinatorName, "COORDINATOR", true,
                    "\"password\":\"Spur-Passwort-1\"", null)).id();
            String targetName = "spur-t-" + run;
            long target = http.post(admin, "/api/accounts", account(org, targetName, "COORDINATOR", true,
                    "\"password\":\"Spur-Passwort-1\"", null)).id();
            assertEquals(200, http.put(admin, "/api/accounts/" + target, account(org, targetName, "TRAINER", true,
                    null, accountVersion(http, admin, target))).status(), "demoted");
            assertEquals(200, http.put(admin, "/api/accounts/" + target, account(org, targetName, "TRAINER", false,
                    null, accountVersion(http, admin, target))).status(), "deactivated");
            assertEquals(200, http.put(admin, "/api/accounts/" + target, account(org, targetName, "TRAINER", false,
                    "\"password\":\"Spur-Passwort-2\"", accountVersion(http, admin, target))).status(), "reset");

            Http.As coordinatorAs = Http.as(coordinatorName, "Spur-Passwort-1");
            String learnerName = "Zoya Spurensuche" + run;
            long learner = http.post(coordinatorAs, "/api/learners", "{\"name\":\"" + learnerName
                    + "\",\"preferredLanguage\":\"uk\",\"consent\":true}").id();
            jakarta.json.JsonObject read = http.get(coordinatorAs, "/api/learners/" + learner).json();
            assertEquals(200, http.put(coordinatorAs, "/api/learners/" + learner, "{\"name\":\"" + learnerName
                    + " Neu\",\"preferredLanguage\":\"uk\",\"consent\":true,\"code\":\"" + read.getString("code")
                    + "\",\"version\":" + read.getJsonNumber("version") + "}").status());
            assertEquals(200, http.get(coordinatorAs, "/api/learners/" + learner + "/personal-data").status());

            // the coordinator plans: a location, a course, a cohort; enrols the learner and withdraws them
            long location = http.post(coordinatorAs, "/api/locations",
                    "{\"name\":\"Spur-Raum\",\"kind\":\"CLASSROOM\"}").id();
            long course = http.post(coordinatorAs, "/api/courses",
                    "{\"title\":\"Spur-Kurs\",\"minAttendancePercent\":75,\"minExercisePercent\":60}").id();
            long cohort = http.post(coordinatorAs, "/api/cohorts", "{\"name\":\"Spur-Gruppe\",\"courseId\":" + course
                    + ",\"locationId\":" + location + ",\"trainerIds\":[]}").id();
            long enrollment = http.post(coordinatorAs, "/api/cohorts/" + cohort + "/enrollments",
                    "{\"learnerId\":" + learner + "}").id();
            assertEquals(200, http.post(coordinatorAs, "/api/enrollments/" + enrollment + "/withdraw",
                    "{\"reason\":\"umgezogen\"}").status());

            // a known user with a wrong password, an unknown user, then the known one until the brake holds
            String guessed = "spur-g-" + run;
            http.post(admin, "/api/accounts", account(org, guessed, "TRAINER", true,
                    "\"password\":\"Spur-Passwort-1\"", null)).id();
            String unknown = "niemand-" + run;
            assertEquals(401, http.get(Http.as(unknown, "falsch"), "/api/courses").status());
            List<Integer> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(http.get(Http.as(guessed, "falsch-" + i), "/api/courses").status());
            }
            assertTrue(answers.contains(401) && answers.contains(429), "refused, then braked: " + answers);

            jakarta.json.JsonArray trail = http.get(admin, "/api/audit?max=1000").array();
            java.util.function.BiFunction<String, Long, List<jakarta.json.JsonObject>> about = (type, id) ->
                    trail.getValuesAs(jakarta.json.JsonObject.class).stream()
                            .filter(e -> e.getString("subjectType").equals(type)
                                    && e.getJsonNumber("subjectId").longValue() == id).toList();
            List<jakarta.json.JsonObject> orgEvents = about.apply("Organisation", org);
            assertEquals(List.of("CHANGED", "CREATED"), actions(orgEvents), "the organisation created and renamed");
            assertTrue(orgEvents.get(0).getString("after").contains("Spur " + run + " neu"), orgEvents::toString);

            List<jakarta.json.JsonObject> targetEvents = about.apply("Account", target);
            assertEquals(List.of("CHANGED", "CHANGED", "CHANGED", "CREATED"), actions(targetEvents),
                    "created, demoted, deactivated, password reset");
            assertTrue(targetEvents.get(2).getString("before").contains("\"role\":\"COORDINATOR\"")
                    && targetEvents.get(2).getString("after").contains("\"role\":\"TRAINER\""), "the role change");
            assertTrue(targetEvents.get(1).getString("after").contains("\"active\":\"false\""), "the deactivation");
            assertTrue(targetEvents.get(0).getString("after").contains("\"password\":\"reset\"")
                    && !targetEvents.get(0).getString("after").contains("Spur-Passwort"), "reset, not the password");

            List<jakarta.json.JsonObject> learnerEvents = about.apply("Learner", learner);
            assertEquals(List.of("EXPORTED", "CHANGED", "CREATED"), actions(learnerEvents));
            for (jakarta.json.JsonObject e : learnerEvents) {
                assertEquals(coordinatorName, e.getString("actor"), e::toString);
            }

            assertEquals(List.of("CREATED"), actions(about.apply("Location", location)), "the location");
            assertEquals(List.of("CREATED"), actions(about.apply("Course", course)), "the course");
            assertEquals(List.of("CREATED"), actions(about.apply("Cohort", cohort)), "the cohort");
            List<jakarta.json.JsonObject> enrolment = about.apply("Enrollment", enrollment);
            assertEquals(List.of("CHANGED", "CREATED"), actions(enrolment), "enrolled, withdrawn");
            assertTrue(enrolment.get(0).getString("after").contains("WITHDRAWN"), enrolment::toString);

            List<jakarta.json.JsonObject> signIns = trail.getValuesAs(jakarta.json.JsonObject.class).stream()
                    .filter(e -> e.getString("subjectType").equals("SignIn")).toList();
            assertTrue(signIns.stream().anyMatch(e -> e.getString("actor").equals(unknown)
                    && e.getString("action").equals("SIGN_IN_FAILED") && absent(e, "organisationId")),
                    "an unknown user's failure, in no organisation");
            assertTrue(signIns.stream().anyMatch(e -> e.getString("actor").equals(guessed)
                    && e.getString("action").equals("SIGN_IN_FAILED")
                    && e.getJsonNumber("organisationId").longValue() == org), "a known user's failure, in theirs");
            assertEquals(1, signIns.stream().filter(e -> e.getString("actor").equals(guessed)
                    && e.getString("action").equals("LOCKED_OUT")).count(), "one lockout, however many refusals");
            assertTrue(signIns.stream().anyMatch(e -> e.getString("actor").equals(coordinatorName)
                    && e.getString("action").equals("SIGNED_IN")), "a sign-in");

            List<jakarta.json.JsonObject> mine = new ArrayList<>(orgEvents);
            mine.addAll(targetEvents);
            mine.addAll(learnerEvents);
            for (String type : List.of("Location", "Course", "Cohort", "Enrollment")) {
                List<jakarta.json.JsonObject> planned = about.apply(type, Map.of("Location", location, "Course", course,
                        "Cohort", cohort, "Enrollment", enrollment).get(type));
                planned.forEach(e -> assertEquals(coordinatorName, e.getString("actor"), e::toString));
                mine.addAll(planned);
            }
            targetEvents.forEach(e -> assertEquals("admin", e.getString("actor"), e::toString));
            mine.addAll(signIns.stream().filter(e -> e.getString("actor").endsWith(run)).toList());
            for (jakarta.json.JsonObject e : mine) {
                assertEquals("127.0.0.1", absent(e, "clientAddress") ? null : e.getString("clientAddress"),
                        "from where: " + e);
            }
            for (jakarta.json.JsonObject e : orgEvents.subList(0, 1)) {
                assertEquals("admin", e.getString("actor"));
            }

            // the security filter: sign-ins, accounts, organisations, exports, but not a learner's edit
            List<String> security = http.get(admin, "/api/audit?max=1000&security=true").array()
                    .getValuesAs(jakarta.json.JsonObject.class).stream()
                    .map(e -> e.getString("subjectType") + "#" + e.getJsonNumber("subjectId") + " "
                            + e.getString("action"))
                    .toList();
            assertTrue(security.containsAll(List.of("Organisation#" + org + " CHANGED", "Account#" + target + " CHANGED",
                    "Learner#" + learner + " EXPORTED")), security::toString);
            assertFalse(security.contains("Learner#" + learner + " CHANGED"), security::toString);

            // the log: one line per event, JSON, the learner by id only
            java.util.function.Function<jakarta.json.JsonObject, String> inTrail = e -> e.getString("subjectType")
                    + "#" + e.getJsonNumber("subjectId") + " " + e.getString("action") + " " + e.getString("actor");
            Map<String, Long> logged = lines.stream().map(ServicesIT::json).collect(java.util.stream.Collectors
                    .groupingBy(l -> l.getString("subject") + "#" + l.getJsonNumber("id") + " " + l.getString("action")
                            + " " + l.getString("actor"), java.util.stream.Collectors.counting()));
            Map<String, Long> recorded = mine.stream().collect(java.util.stream.Collectors.groupingBy(inTrail,
                    java.util.stream.Collectors.counting()));
            recorded.forEach((event, times) -> assertEquals(times, logged.get(event), "log lines of " + event + ": "
                    + lines));
            assertTrue(lines.stream().map(ServicesIT::json).anyMatch(l -> l.getString("subject").equals("Account")
                    && l.getJsonNumber("id").longValue() == target && l.toString().contains("TRAINER")),
                    "the role change is readable in the log");
            for (String line : lines) {
                assertFalse(line.contains("Spurensuche"), "no learner name in the log: " + line);
                assertFalse(line.contains("Spur-Passwort") || line.contains("falsch"), "no password in the log: " + line);
                assertFalse(line.contains("\n"), "one line: " + line);
            }
        } finally {
            securityLog.removeHandler(capture);
        }
    }

    @org.jboss.arquillian.test.api.ArquillianResource
    java.net.URL deployed;

    private static jakarta.json.JsonObject json(String line) {
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(line))) {
            return reader.readObject();
        }
    }

    /** JSON-B leaves null values out */
    private static boolean absent(jakarta.json.JsonObject object, String key) {
        return !object.containsKey(key) || object.isNull(key);
    }

    private static List<String> actions(List<jakarta.json.JsonObject> events) {
        return events.stream().map(e -> e.getString("action")).toList();
    }

    private static String account(long org, String username, String role, boolean active, String password,
            Long version) {
        return "{\"organisationId\":" + org + ",\"username\":\"" + username + "\",\"displayName\":\"Spur "
                + username + "\",\"role\":\"" + role + "\",\"active\":" + active
                + (password == null ? "" : "," + password) + (version == null ? "" : ",\"version\":" + version) + "}";
    }

    private static long accountVersion(Http http, Http.As admin, long id) {
        return http.get(admin, "/api/accounts/" + id).json().getJsonNumber("version").longValue();
    }

    private static LessonDraft lessonAs(Lesson lesson, LessonState state, long version) {
        LessonDraft draft = new LessonDraft();
        draft.setDate(lesson.getDate());
        draft.setStart(lesson.getStartTime());
        draft.setEnd(lesson.getEndTime());
        draft.setState(state);
        draft.setVersion(version);
        return draft;
    }

    private static ModuleDraft module(String title) {
        ModuleDraft draft = new ModuleDraft();
        draft.setTitle(title);
        return draft;
    }
}
