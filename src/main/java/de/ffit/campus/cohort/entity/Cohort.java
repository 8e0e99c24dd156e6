package de.ffit.campus.cohort.entity;

import de.ffit.campus.account.entity.UserAccount;
import de.ffit.campus.course.entity.Course;
import de.ffit.campus.learner.entity.Learner;
import de.ffit.campus.organisation.entity.Location;
import de.ffit.campus.organisation.entity.Organisation;
import de.ffit.campus.platform.error.CampusException;
import de.ffit.campus.platform.error.Require;
import jakarta.persistence.CascadeType;
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
import java.util.LinkedHashSet;
import java.util.List;
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
        this.name = Require.text(newName, "name", 120);
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
        return CohortPhase.of(getFirstDay().orElse(null), getLastDay().orElse(null), today);
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
