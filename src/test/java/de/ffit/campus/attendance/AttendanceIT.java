package de.ffit.campus.attendance;

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
import de.ffit.campus.attendance.control.MarkReplacement;
import de.ffit.campus.attendance.control.SaveOutcome;
import de.ffit.campus.attendance.entity.AttendanceStatus;
import de.ffit.campus.audit.entity.AuditAction;
import de.ffit.campus.audit.entity.AuditEvent;
import de.ffit.campus.cohort.control.CohortDraft;
import de.ffit.campus.cohort.control.Cohorts;
import de.ffit.campus.cohort.control.ScheduleDraft;
import de.ffit.campus.cohort.entity.Cohort;
import de.ffit.campus.cohort.entity.Lesson;
import de.ffit.campus.cohort.entity.LessonState;
import de.ffit.campus.course.control.CourseDraft;
import de.ffit.campus.course.control.Courses;
import de.ffit.campus.learner.control.LearnerDraft;
import de.ffit.campus.learner.control.Learners;
import de.ffit.campus.organisation.control.LocationDraft;
import de.ffit.campus.organisation.control.Locations;
import de.ffit.campus.organisation.control.Organisations;
import de.ffit.campus.organisation.entity.LocationKind;
import de.ffit.campus.platform.error.CampusException;
import de.ffit.campus.platform.persistence.CampusDataSource;
import de.ffit.campus.platform.security.Actor;
import de.ffit.campus.platform.security.Role;
import de.ffit.campus.support.Actors;
import de.ffit.campus.support.CampusToday;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Taking attendance on MariaDB: saving and its history, two trainers on one lesson (merge and conflict, also
 * truly at the same moment), scoping, and bad input that changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class AttendanceIT {

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
    MarkReplacement replacement;

    @Resource(lookup = CampusDataSource.JNDI_NAME)
    DataSource dataSource;

    @Resource
    ManagedExecutorService executor;

    private Actor coordinator;
    private Actor trainer;
    private Actor colleague;
    private Actor otherTrainer;
    private Actor foreignCoordinator;
    private Cohort cohort;
    /** the first lesson, three weeks ago */
    private Lesson past;
    private Lesson future;

    @BeforeEach
    void aCohortWithPastLessonsAndThreeLearners() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        long org = organisation("Att " + run);
        coordinator = actor(org, "ac-" + run, Role.COORDINATOR);
        trainer = actor(org, "at1-" + run, Role.TRAINER);
        colleague = actor(org, "at2-" + run, Role.TRAINER);
        otherTrainer = actor(org, "at3-" + run, Role.TRAINER);
        foreignCoordinator = actor(organisation("Other " + run), "ax-" + run, Role.COORDINATOR);

        LocationDraft location = new LocationDraft();
        location.setName("Unterkunft");
        location.setKind(LocationKind.ACCOMMODATION);
        CourseDraft course = new CourseDraft();
        course.setTitle("ffIT Basis");
        ScheduleDraft schedule = new ScheduleDraft();
        LocalDate monday = CampusToday.today().minusWeeks(3).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        schedule.setFrom(monday);
        schedule.setTo(monday.plusWeeks(6).minusDays(1));
        schedule.setDays(List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY));
        schedule.setStart(LocalTime.of(9, 30));
        schedule.setEnd(LocalTime.of(12, 0));
        CohortDraft draft = new CohortDraft();
        draft.setName("Kurs " + run);
        draft.setCourseId(courses.create(coordinator, course).getId());
        draft.setLocationId(locations.create(coordinator, location).getId());
        draft.setTrainerIds(List.of(trainer.accountId(), colleague.accountId()));
        draft.setSchedule(schedule);
        cohort = cohorts.create(coordinator, draft);
        for (String[] who : new String[][] {{"Amina Haddad", "ar"}, {"Olena Kovalenko", "uk"}, {"Tesfay", "ti"}}) {
            LearnerDraft learner = new LearnerDraft();
            learner.setName(who[0]);
            learner.setPreferredLanguage(who[1]);
            cohorts.enrol(coordinator, cohort.getId(), learners.create(coordinator, learner).getId());
        }
        List<Lesson> lessons = cohorts.find(coordinator, cohort.getId()).getLessons();
        past = lessons.get(0);
        future = lessons.get(lessons.size() - 1);
    }

    private long organisation(String name) {
        return Actors.organisation(organisations, name);
    }

    private Actor actor(long organisationId, String username, Role role) {
        return Actors.actor(accounts, organisationId, username, role);
    }

    /** What the page sends: each row as set, with what it showed when loaded. */
    private static List<Change> page(AttendanceSheet loaded, AttendanceStatus... statuses) {
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < loaded.rows().size(); i++) {
            AttendanceSheet.Row row = loaded.rows().get(i);
            AttendanceStatus status = i < statuses.length && statuses[i] != null ? statuses[i] : row.status();
            changes.add(new Change(row.enrollmentId(), status, row.note(), row.status(), row.note(),
                    row.recordVersion()));
        }
        return changes;
    }

    private long records() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from attendance_record where lesson_id = "
                        + past.getId())) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void aTrainerMarksEveryoneTheLessonIsHeldAndEveryChangeIsInTheHistory() {
        AttendanceSheet empty = attendance.sheet(trainer, past.getId());
        assertEquals(3, empty.rows().size());
        assertTrue(empty.rows().stream().allMatch(r -> r.status() == null));
        assertTrue(empty.rows().stream().allMatch(AttendanceSheet.Row::enrolledLater),
                "enrolled today, after this lesson");

        SaveOutcome first = attendance.save(trainer, past.getId(), page(empty, AttendanceStatus.PRESENT,
                AttendanceStatus.PRESENT, AttendanceStatus.ABSENT));
        assertEquals(3, first.saved());
        assertEquals(LessonState.HELD, first.sheet().state());
        assertNotEquals(empty.version(), first.sheet().version());
        assertEquals(trainer.username(), first.sheet().rows().get(0).recordedBy());

        SaveOutcome second = attendance.save(colleague, past.getId(), page(first.sheet(), null,
                AttendanceStatus.LATE));
        assertEquals(1, second.saved(), "only the row that changed is written");

        List<AuditEvent> history = attendance.history(coordinator, past.getId());
        AuditEvent latest = history.get(0);
        assertEquals(colleague.username(), latest.getActor());
        assertEquals(AuditAction.CHANGED, latest.getAction());
        assertTrue(latest.getBefore().contains("\"status\":\"PRESENT\""), latest.getBefore());
        assertTrue(latest.getAfter().contains("\"status\":\"LATE\""), latest.getAfter());
        assertEquals(3, history.stream().filter(e -> e.getAction() == AuditAction.CREATED).count());
        assertTrue(history.stream().anyMatch(e -> "Lesson".equals(e.getSubjectType())
                && e.getAfter().contains("HELD")), "the lesson became held");
    }

    @Test
    void twoTrainersOnOneLessonMergeChangesToDifferentLearners() {
        AttendanceSheet loadedByTrainer = attendance.sheet(trainer, past.getId());
        AttendanceSheet loadedByColleague = attendance.sheet(colleague, past.getId());
        attendance.save(colleague, past.getId(), page(loadedByColleague, AttendanceStatus.EXCUSED));
        SaveOutcome mine = attendance.save(trainer, past.getId(), page(loadedByTrainer, null,
                AttendanceStatus.PRESENT, AttendanceStatus.PRESENT));
        assertTrue(mine.conflicts().isEmpty());
        List<AttendanceStatus> now = mine.sheet().rows().stream().map(AttendanceSheet.Row::status).toList();
        assertEquals(List.of(AttendanceStatus.EXCUSED, AttendanceStatus.PRESENT, AttendanceStatus.PRESENT), now,
                "the colleague's mark for the first learner survives");
    }

    @Test
    void aConflictOnTheSameLearnerShowsBothValuesAndEverythingElseIsSaved() throws Exception {
        AttendanceSheet loadedByTrainer = attendance.sheet(trainer, past.getId());
        AttendanceSheet loadedByColleague = attendance.sheet(colleague, past.getId());
        attendance.save(colleague, past.getId(), page(loadedByColleague, AttendanceStatus.LATE));
        long before = records();

        SaveOutcome clash = attendance.save(trainer, past.getId(), page(loadedByTrainer, AttendanceStatus.ABSENT,
                AttendanceStatus.PRESENT));
        assertEquals(1, clash.saved(), "the second learner's mark clashes with nobody");
        assertEquals(1, clash.conflicts().size());
        SaveOutcome.Conflict conflict = clash.conflicts().get(0);
        assertEquals(AttendanceStatus.ABSENT, conflict.mine());
        assertEquals(AttendanceStatus.LATE, conflict.theirs());
        assertEquals(colleague.username(), conflict.theirBy());
        assertEquals(before + 1, records(), "the second learner's mark is written, the first is left to decide");
        assertEquals(AttendanceStatus.LATE, clash.sheet().rows().get(0).status(), "the colleague's mark stays");

        // the trainer keeps their own value: the same change, now based on the colleague's version
        List<Change> decided = new ArrayList<>(page(loadedByTrainer, AttendanceStatus.ABSENT, AttendanceStatus.PRESENT));
        Change first = decided.get(0);
        decided.set(0, new Change(first.enrollmentId(), AttendanceStatus.ABSENT, null, AttendanceStatus.LATE, null,
                conflict.theirVersion()));
        SaveOutcome resolved = attendance.save(trainer, past.getId(), decided);
        assertEquals(1, resolved.saved(), "the decided learner; the other one was saved before");
        assertTrue(resolved.conflicts().isEmpty());
        assertEquals(AttendanceStatus.ABSENT, resolved.sheet().rows().get(0).status());
    }

    @Test
    void theSameMarkSavedByBothIsNoConflict() {
        AttendanceSheet a = attendance.sheet(trainer, past.getId());
        AttendanceSheet b = attendance.sheet(colleague, past.getId());
        attendance.save(colleague, past.getId(), page(b, AttendanceStatus.PRESENT));
        SaveOutcome same = attendance.save(trainer, past.getId(), page(a, AttendanceStatus.PRESENT));
        assertTrue(same.conflicts().isEmpty());
    }

    @Test
    void savesAtTheVerySameMomentAreSerialisedAndBothKept() throws Exception {
        AttendanceSheet a = attendance.sheet(trainer, past.getId());
        AttendanceSheet b = attendance.sheet(colleague, past.getId());
        CountDownLatch go = new CountDownLatch(1);
        Future<SaveOutcome> first = executor.submit(() -> {
            go.await();
            return attendance.save(trainer, past.getId(), page(a, AttendanceStatus.PRESENT));
        });
        Future<SaveOutcome> second = executor.submit(() -> {
            go.await();
            return attendance.save(colleague, past.getId(), page(b, null, AttendanceStatus.LATE));
        });
        go.countDown();
        assertTrue(first.get().conflicts().isEmpty());
        assertTrue(second.get().conflicts().isEmpty());
        List<AttendanceStatus> now = attendance.sheet(coordinator, past.getId()).rows().stream()
                .map(AttendanceSheet.Row::status).toList();
        assertEquals(AttendanceStatus.PRESENT, now.get(0));
        assertEquals(AttendanceStatus.LATE, now.get(1));
        assertEquals(2, records());
    }

    @Test
    void twoSavesOfTheSameLearnerAtTheSameMomentGiveOneConflictNotTwoMarks() throws Exception {
        AttendanceSheet a = attendance.sheet(trainer, past.getId());
        AttendanceSheet b = attendance.sheet(colleague, past.getId());
        CountDownLatch go = new CountDownLatch(1);
        Future<SaveOutcome> first = executor.submit(() -> {
            go.await();
            return attendance.save(trainer, past.getId(), page(a, AttendanceStatus.PRESENT));
        });
        Future<SaveOutcome> second = executor.submit(() -> {
            go.await();
            return attendance.save(colleague, past.getId(), page(b, AttendanceStatus.ABSENT));
        });
        go.countDown();
        int conflicts = first.get().conflicts().size() + second.get().conflicts().size();
        assertEquals(1, conflicts, "the later save sees the earlier one and asks");
        assertEquals(1, records());
    }

    @Test
    void aRowRefusedWhileWritingTakesTheRowsBeforeItBackToo() throws Exception {
        AttendanceSheet loaded = attendance.sheet(trainer, past.getId());
        List<Change> changes = new ArrayList<>(page(loaded, AttendanceStatus.PRESENT, AttendanceStatus.PRESENT));
        AttendanceSheet.Row last = loaded.rows().get(2);
        changes.set(2, new Change(last.enrollmentId(), AttendanceStatus.LATE, "x".repeat(501), null, null, null));
        assertEquals("error.tooLong", assertThrows(CampusException.class,
                () -> attendance.save(trainer, past.getId(), changes)).key());
        assertEquals(0, records(), "the first two rows were written before the third failed, and rolled back");
        assertTrue(attendance.history(coordinator, past.getId()).isEmpty(), "and so was their history");
        assertEquals(LessonState.PLANNED, attendance.sheet(trainer, past.getId()).state());
    }

    @Test
    void onlyTheCohortsTrainersAndTheOrganisationsCoordinatorsMayTakeIt() {
        assertEquals(CampusException.Kind.NOT_FOUND, assertThrows(CampusException.class,
                () -> attendance.sheet(otherTrainer, past.getId())).kind());
        assertEquals(CampusException.Kind.NOT_FOUND, assertThrows(CampusException.class,
                () -> attendance.sheet(foreignCoordinator, past.getId())).kind());
        AttendanceSheet loaded = attendance.sheet(coordinator, past.getId());
        assertThrows(CampusException.class,
                () -> attendance.save(otherTrainer, past.getId(), page(loaded, AttendanceStatus.PRESENT)));
        assertThrows(CampusException.class, () -> attendance.history(foreignCoordinator, past.getId()));
    }

    @Test
    void badInputChangesNothing() throws Exception {
        AttendanceSheet loaded = attendance.sheet(trainer, past.getId());
        List<Change> stranger = new ArrayList<>(page(loaded, AttendanceStatus.PRESENT, AttendanceStatus.PRESENT));
        stranger.add(new Change(999_999_999L, AttendanceStatus.PRESENT, null, null, null, null));
        assertEquals("error.attendance.notEnrolled", assertThrows(CampusException.class,
                () -> attendance.save(trainer, past.getId(), stranger)).key());
        assertEquals(0, records(), "the valid rows of a refused save are not written either");

        AttendanceSheet ahead = attendance.sheet(trainer, future.getId());
        assertEquals("error.attendance.future", assertThrows(CampusException.class,
                () -> attendance.save(trainer, future.getId(), page(ahead, AttendanceStatus.PRESENT))).key());

        Lesson second = cohorts.find(coordinator, cohort.getId()).getLessons().get(1);
        lessonStates.change(trainer, second.getId(), LessonState.CANCELLED);
        AttendanceSheet cancelled = attendance.sheet(trainer, second.getId());
        assertEquals("error.lesson.cancelled", assertThrows(CampusException.class,
                () -> attendance.save(trainer, second.getId(), page(cancelled, AttendanceStatus.PRESENT))).key());
        assertEquals(CampusException.Kind.PRECONDITION_FAILED, assertThrows(CampusException.class,
                () -> replacement.replace(trainer, past.getId(), "0-stale", List.of())).kind());
    }

    @Test
    void aLessonWithMarksCannotBeCancelledButOneWithoutCan() {
        attendance.save(trainer, past.getId(), page(attendance.sheet(trainer, past.getId()), AttendanceStatus.PRESENT));
        assertEquals("error.lesson.hasAttendance", assertThrows(CampusException.class,
                () -> lessonStates.change(trainer, past.getId(), LessonState.CANCELLED)).key());
        AttendanceSheet cancelled = lessonStates.change(trainer, future.getId(), LessonState.CANCELLED);
        assertEquals(LessonState.CANCELLED, cancelled.state());
        assertNull(cancelled.rows().get(0).status());
    }
}
