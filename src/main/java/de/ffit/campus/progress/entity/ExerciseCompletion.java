package de.ffit.campus.progress.entity;

import de.ffit.campus.platform.privacy.PersonalData;
import de.ffit.campus.cohort.entity.Enrollment;
import de.ffit.campus.course.entity.Exercise;
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
import java.time.LocalDateTime;

/** One exercise of one learner: confirmed by a trainer, or reported by the learner and waiting for a trainer. */
@Entity
@PersonalData(columns = {"enrollment_id"},
        purpose = "which exercises a learner did, for progress and graduation",
        onErase = PersonalData.Erasure.ANONYMISE)
@Table(name = "exercise_completion")
public class ExerciseCompletion {

    /** Who first said it was done. */
    public enum Source {
        TRAINER,
        LEARNER
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enrollment_id", nullable = false, updatable = false)
    private Enrollment enrollment;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "exercise_id", nullable = false, updatable = false)
    private Exercise exercise;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private CompletionState state;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, length = 20)
    private Source source;

    @Column(name = "reported_at")
    private LocalDateTime reportedAt;

    @Column(name = "confirmed_by", length = 40)
    private String confirmedBy;

    @Column(name = "confirmed_at")
    private LocalDateTime confirmedAt;

    @Version
    private long version;

    protected ExerciseCompletion() {
    }

    private ExerciseCompletion(Enrollment enrollment, Exercise exercise, Source source) {
        this.enrollment = Require.present(enrollment, "enrollment");
        this.exercise = Require.present(exercise, "exercise");
        this.source = source;
    }

    /** A trainer ticks the exercise off. */
    public static ExerciseCompletion confirmedBy(Enrollment enrollment, Exercise exercise, String trainer,
            LocalDateTime at) {
        ExerciseCompletion completion = new ExerciseCompletion(enrollment, exercise, Source.TRAINER);
        completion.confirm(trainer, at);
        return completion;
    }

    /** The learner says "I did this": it waits for a trainer. */
    public static ExerciseCompletion reportedByLearner(Enrollment enrollment, Exercise exercise, LocalDateTime at) {
        ExerciseCompletion completion = new ExerciseCompletion(enrollment, exercise, Source.LEARNER);
        completion.state = CompletionState.PENDING;
        completion.reportedAt = Require.present(at, "reportedAt");
        return completion;
    }

    public void confirm(String trainer, LocalDateTime at) {
        this.state = CompletionState.CONFIRMED;
        this.confirmedBy = Require.text(trainer, "confirmedBy", 40);
        this.confirmedAt = Require.present(at, "confirmedAt");
    }

    public void reject(String trainer, LocalDateTime at) {
        if (state != CompletionState.PENDING) {
            throw CampusException.conflict("error.progress.notPending");
        }
        this.state = CompletionState.REJECTED;
        this.confirmedBy = Require.text(trainer, "confirmedBy", 40);
        this.confirmedAt = Require.present(at, "confirmedAt");
    }

    /** The learner reports again after a rejection; a confirmed exercise stays confirmed. */
    public void reportAgain(LocalDateTime at) {
        if (state == CompletionState.REJECTED) {
            state = CompletionState.PENDING;
            reportedAt = Require.present(at, "reportedAt");
            confirmedBy = null;
            confirmedAt = null;
        }
    }

    public boolean counts() {
        return state == CompletionState.CONFIRMED;
    }

    public Long getId() {
        return id;
    }

    public Enrollment getEnrollment() {
        return enrollment;
    }

    public Exercise getExercise() {
        return exercise;
    }

    public CompletionState getState() {
        return state;
    }

    public Source getSource() {
        return source;
    }

    public LocalDateTime getReportedAt() {
        return reportedAt;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }

    public LocalDateTime getConfirmedAt() {
        return confirmedAt;
    }

    public long getVersion() {
        return version;
    }
}
