package de.ffit.campus.cohort.entity;

import de.ffit.campus.platform.error.CampusException;
import de.ffit.campus.platform.error.Require;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;

/** One scheduled class meeting of a cohort. */
@Entity
@Table(name = "lesson")
public class Lesson {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cohort_id", nullable = false, updatable = false)
    private Cohort cohort;

    @Column(name = "lesson_date", nullable = false)
    private LocalDate date;

    @Column(name = "start_time", nullable = false)
    private LocalTime startTime;

    @Column(name = "end_time", nullable = false)
    private LocalTime endTime;

    @Column(name = "topic", length = 200)
    private String topic;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private LessonState state;

    @Version
    private long version;

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    protected Lesson() {
    }

    Lesson(Cohort cohort, LocalDate date, LocalTime startTime, LocalTime endTime, String topic) {
        this.cohort = cohort;
        this.state = LessonState.PLANNED;
        setTimes(date, startTime, endTime);
        this.topic = Require.optionalName(topic, "topic", 200);
    }

    void setTimes(LocalDate newDate, LocalTime newStart, LocalTime newEnd) {
        Require.present(newDate, "date");
        // the database and JDBC store years before 1583 in another calendar (-0001 came back as 0002), and a year
        // far off is a typo: course lessons lie in this century
        Require.that(newDate.getYear() >= FIRST_YEAR && newDate.getYear() <= LAST_YEAR, "error.lesson.year", "date",
                Year.of(FIRST_YEAR), Year.of(LAST_YEAR));
        this.date = newDate;
        this.startTime = Require.present(newStart, "start");
        this.endTime = Require.present(newEnd, "end");
        Require.that(newStart.isBefore(newEnd), "error.lesson.times", "end");
    }

    public void changeTopic(String newTopic) {
        this.topic = Require.optionalName(newTopic, "topic", 200);
    }

    /** The trainer held the lesson (taking attendance does this too). */
    public void markHeld() {
        if (state == LessonState.CANCELLED) {
            throw CampusException.conflict("error.lesson.cancelled");
        }
        state = LessonState.HELD;
    }

    public void cancel() {
        if (state == LessonState.HELD) {
            throw CampusException.conflict("error.lesson.alreadyHeld");
        }
        state = LessonState.CANCELLED;
    }

    /** Undoes a cancellation, or marks a lesson as not held after all. */
    public void replan() {
        state = LessonState.PLANNED;
    }

    /**
     * The state a coordinator or a trainer asks for, by the rules both the lesson list and the attendance sheet
     * follow: a lesson with marks took place and stays held (its marks keep counting), a lesson is held only on
     * or after its date, a cancelled one is planned again before it is held, a held one before it is cancelled.
     *
     * @param today the organisation's today (entities read no clock)
     * @param marks how many attendance marks the lesson has; the caller holds the lesson's lock while it counts
     */
    public void changeState(LessonState target, LocalDate today, long marks) {
        Require.present(target, "state");
        if (marks > 0 && (state == LessonState.HELD || target != LessonState.HELD)) {
            throw CampusException.conflict("error.lesson.hasAttendance", marks);
        }
        if (target == LessonState.HELD && date.isAfter(today)) {
            throw CampusException.conflict("error.attendance.future");
        }
        enterAs(target);
    }

    /**
     * The state a lesson is added in; unlike {@link #changeState(LessonState, LocalDate, long)} it does not ask
     * for the lesson's date (adding a lesson as held has never done so).
     */
    public void enterAs(LessonState target) {
        switch (Require.present(target, "state")) {
            case PLANNED -> replan();
            case HELD -> markHeld();
            case CANCELLED -> cancel();
        }
    }

    public boolean isOn(LocalDate day, LocalTime start) {
        return date.equals(day) && startTime.equals(start);
    }

    public Long getId() {
        return id;
    }

    public Cohort getCohort() {
        return cohort;
    }

    public LocalDate getDate() {
        return date;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public String getTopic() {
        return topic;
    }

    public LessonState getState() {
        return state;
    }

    public long getVersion() {
        return version;
    }
}
