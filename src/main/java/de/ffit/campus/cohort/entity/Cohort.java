package de.ffit.campus.cohort.entity;

import de.ffit.campus.account.entity.UserAccount;
import de.ffit.campus.course.entity.Course;
import de.ffit.campus.course.entity.Exercise;
import de.ffit.campus.learner.entity.Learner;
import de.ffit.campus.organisation.entity.Location;
import de.ffit.campus.organisation.entity.Organisation;
import de.ffit.campus.platform.error.CampusException;
import de.ffit.campus.platform.error.Require;
import de.ffit.campus.course.entity.ExcusedCounts;
import de.ffit.campus.course.entity.GraduationRule;
import de.ffit.campus.course.entity.LateCounts;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** A group of learners taking one course together, at one location, taught by one or more trainers. */
@Entity
@Table(name = "cohort")
public class Cohort {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
    private Organisation organisation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id", nullable = false, updatable = false)
    private Course course;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "location_id", nullable = false)
    private Location location;

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @ManyToMany
    @JoinTable(name = "cohort_trainer",
            joinColumns = @JoinColumn(name = "cohort_id"),
            inverseJoinColumns = @JoinColumn(name = "account_id"))
    private Set<UserAccount> trainers = new LinkedHashSet<>();

    @OneToMany(mappedBy = "cohort", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("date, startTime")
    private List<Lesson> lessons = new ArrayList<>();

    @OneToMany(mappedBy = "cohort", cascade = CascadeType.ALL)
    private List<Enrollment> enrollments = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    /** The day the cohort started and its rule was frozen; until then the course's rule applies. */
    @Column(name = "rule_frozen_on")
    private LocalDate ruleFrozenOn;

    @Column(name = "frozen_min_attendance_percent")
    private Integer frozenMinAttendancePercent;

    @Enumerated(EnumType.STRING)
    @Column(name = "frozen_late_counts", length = 20)
    private LateCounts frozenLateCounts;

    @Enumerated(EnumType.STRING)
    @Column(name = "frozen_excused_counts", length = 20)
    private ExcusedCounts frozenExcusedCounts;

    @Column(name = "frozen_min_exercise_percent")
    private Integer frozenMinExercisePercent;

    /** The exercises the frozen rule counts, with their mandatory flag as it was on that day. */
    @ElementCollection
    @CollectionTable(name = "cohort_exercise", joinColumns = @JoinColumn(name = "cohort_id"))
    private List<FrozenExercise> frozenExercises = new ArrayList<>();

    /** The day a coordinator marked the cohort finished; from then on it is finished whatever its lessons say. */
    @Column(name = "finished_on")
    private LocalDate finishedOn;

    @Version
    private long version;

    protected Cohort() {
    }

    public Cohort(Organisation organisation, Course course, Location location, String name,
            LocalDateTime createdAt) {
        this.organisation = Require.present(organisation, "organisation");
        this.course = sameOrganisation(Require.present(course, "course").getOrganisation(), course, "course");
        rename(name);
        moveTo(location);
        this.createdAt = Require.present(createdAt, "createdAt");
    }

    private <T> T sameOrganisation(Organisation other, T thing, String field) {
        if (!Objects.equals(other.getId(), organisation.getId())) {
            throw CampusException.notFound("record." + field);
        }
        return thing;
    }

    public final void rename(String newName) {
        this.name = Require.name(newName, "name", 120);
    }

    public final void moveTo(Location newLocation) {
        this.location = sameOrganisation(Require.present(newLocation, "location").getOrganisation(), newLocation,
                "location");
    }

    public void assignTrainers(Collection<UserAccount> accounts) {
        Set<UserAccount> checked = new LinkedHashSet<>();
        for (UserAccount account : accounts) {
            checked.add(sameOrganisation(account.getOrganisation(), account, "account"));
        }
        trainers = checked;
    }

    public boolean isTaughtBy(long accountId) {
        return trainers.stream().anyMatch(t -> t.getId() != null && t.getId() == accountId);
    }

    /** Plans a lesson on each date of the schedule that has none at that time yet; returns the new lessons. */
    public List<Lesson> planLessons(WeeklySchedule schedule, String topic) {
        List<LocalDate> dates = schedule.dates();
        Require.that(lessons.size() + dates.size() <= WeeklySchedule.MAX_LESSONS, "error.schedule.tooMany", "to",
                WeeklySchedule.MAX_LESSONS);
        List<Lesson> added = new ArrayList<>();
        for (LocalDate date : dates) {
            if (lessonAt(date, schedule.start()).isEmpty()) {
                Lesson lesson = new Lesson(this, date, schedule.start(), schedule.end(), topic);
                lessons.add(lesson);
                added.add(lesson);
            }
        }
        sortLessons();
        return added;
    }

    public Lesson addLesson(LocalDate date, LocalTime start, LocalTime end, String topic) {
        Require.present(date, "date");
        if (lessonAt(date, start).isPresent()) {
            throw CampusException.duplicate("lesson", date);
        }
        // one at a time is capped as a schedule is, or a script could add lessons without end
        Require.that(lessons.size() < WeeklySchedule.MAX_LESSONS, "error.schedule.tooMany", "date",
                WeeklySchedule.MAX_LESSONS);
        Lesson lesson = new Lesson(this, date, start, end, topic);
        lessons.add(lesson);
        sortLessons();
        return lesson;
    }

    public void rescheduleLesson(Lesson lesson, LocalDate date, LocalTime start, LocalTime end) {
        requireOwn(lesson);
        Optional<Lesson> clash = lessonAt(date, start);
        if (clash.isPresent() && clash.get() != lesson) {
            throw CampusException.duplicate("lesson", date);
        }
        lesson.setTimes(date, start, end);
        sortLessons();
    }

    /** Only a lesson that has not been held can be removed; a held one keeps its attendance. */
    public void removeLesson(Lesson lesson) {
        requireOwn(lesson);
        if (lesson.getState() == LessonState.HELD) {
            throw CampusException.conflict("error.lesson.alreadyHeld");
        }
        lessons.remove(lesson);
    }

    private void requireOwn(Lesson lesson) {
        if (lesson == null || lesson.getCohort() != this) {
            throw CampusException.notFound("record.lesson");
        }
    }

    private Optional<Lesson> lessonAt(LocalDate date, LocalTime start) {
        return lessons.stream().filter(l -> l.isOn(date, start)).findFirst();
    }

    private void sortLessons() {
        lessons.sort(Comparator.comparing(Lesson::getDate).thenComparing(Lesson::getStartTime));
    }

    /** Enrols the learner, or takes a withdrawn one back; a learner is in a cohort at most once. */
    public Enrollment enrol(Learner learner, LocalDate today) {
        sameOrganisation(Require.present(learner, "learner").getOrganisation(), learner, "learner");
        if (phase(today) == CohortPhase.FINISHED) {
            throw CampusException.conflict("error.cohort.finished");
        }
        Optional<Enrollment> existing = enrollments.stream()
                .filter(e -> e.getLearner().equals(learner)).findFirst();
        if (existing.isPresent()) {
            existing.get().reenrol(today);
            return existing.get();
        }
        Enrollment enrollment = new Enrollment(this, learner, today);
        enrollments.add(enrollment);
        return enrollment;
    }

    public CohortPhase phase(LocalDate today) {
        if (finishedOn != null) {
            return CohortPhase.FINISHED;
        }
        return CohortPhase.of(getFirstDay().orElse(null), getLastDay().orElse(null), today);
    }

    /**
     * Freezes the graduation rule as the course has it now: its figures and the exercises it asks for. Called when
     * the cohort starts (its first lesson is held, or its first exercise done); later edits of the course do not
     * change a running cohort's outcome. Freezing twice changes nothing.
     */
    public void freezeRule(LocalDate today) {
        if (ruleFrozenOn != null) {
            return;
        }
        GraduationRule rule = course.getRule();
        frozenMinAttendancePercent = rule.getMinAttendancePercent();
        frozenLateCounts = rule.getLateCounts();
        frozenExcusedCounts = rule.getExcusedCounts();
        frozenMinExercisePercent = rule.getMinExercisePercent();
        frozenExercises = new ArrayList<>(course.getExercises().stream()
                .map(e -> new FrozenExercise(e.getId(), e.isMandatory())).toList());
        ruleFrozenOn = Require.present(today, "today");
    }

    /** The rule this cohort's learners are judged by: the frozen one, or the course's before the cohort started. */
    public GraduationRule ruleInForce() {
        if (ruleFrozenOn == null) {
            return course.getRule();
        }
        return new GraduationRule(frozenMinAttendancePercent, frozenLateCounts, frozenExcusedCounts,
                frozenMinExercisePercent);
    }

    public Optional<LocalDate> getRuleFrozenOn() {
        return Optional.ofNullable(ruleFrozenOn);
    }

    /** Exercise id → mandatory, for the exercises the rule in force counts, in course order. */
    public Map<Long, Boolean> exercisesInForce() {
        return exercisesInForce(course.getExercises());
    }

    /** The same, given the course's exercises in order (loaded by the caller in one go). */
    public Map<Long, Boolean> exercisesInForce(List<Exercise> plan) {
        Map<Long, Boolean> mandatory = new LinkedHashMap<>();
        plan.forEach(e -> mandatory.put(e.getId(), e.isMandatory()));
        return exercisesInForce(mandatory);
    }

    /** The same, given the course's exercises as id → mandatory in course order (values, no entities). */
    public Map<Long, Boolean> exercisesInForce(Map<Long, Boolean> plan) {
        Map<Long, Boolean> exercises = new LinkedHashMap<>();
        if (ruleFrozenOn == null) {
            exercises.putAll(plan);
        } else {
            Map<Long, Boolean> frozen = new HashMap<>();
            frozenExercises.forEach(f -> frozen.put(f.getExerciseId(), f.isMandatory()));
            plan.keySet().stream().filter(frozen::containsKey).forEach(id -> exercises.put(id, frozen.get(id)));
        }
        return exercises;
    }

    /** The coordinator closes the cohort; who graduates is decided by the progress rules. */
    public void finish(LocalDate today) {
        if (finishedOn != null) {
            throw CampusException.conflict("error.cohort.alreadyFinished");
        }
        freezeRule(today);
        finishedOn = Require.present(today, "today");
    }

    public Optional<LocalDate> getFinishedOn() {
        return Optional.ofNullable(finishedOn);
    }

    public Optional<LocalDate> getFirstDay() {
        return lessons.stream().map(Lesson::getDate).min(Comparator.naturalOrder());
    }

    public Optional<LocalDate> getLastDay() {
        return lessons.stream().map(Lesson::getDate).max(Comparator.naturalOrder());
    }

    public Long getId() {
        return id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Course getCourse() {
        return course;
    }

    public Location getLocation() {
        return location;
    }

    public String getName() {
        return name;
    }

    public Set<UserAccount> getTrainers() {
        return Collections.unmodifiableSet(trainers);
    }

    public List<Lesson> getLessons() {
        return Collections.unmodifiableList(lessons);
    }

    public List<Enrollment> getEnrollments() {
        return Collections.unmodifiableList(enrollments);
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
