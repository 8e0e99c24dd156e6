package de.ffit.campus.cohort.entity;

import de.ffit.campus.platform.privacy.PersonalData;
import de.ffit.campus.learner.entity.Learner;
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

/** A learner's place in a cohort, from enrolment to graduation or withdrawal. */
@Entity
@PersonalData(columns = {"learner_id", "enrolled_on", "withdrawn_on", "withdrawal_reason"},
        purpose = "who is in which cohort since when, for attendance, progress and graduation",
        onErase = PersonalData.Erasure.ANONYMISE)
@Table(name = "enrollment")
public class Enrollment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cohort_id", nullable = false, updatable = false)
    private Cohort cohort;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "learner_id", nullable = false, updatable = false)
    private Learner learner;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private EnrollmentStatus status;

    @Column(name = "enrolled_on", nullable = false)
    private LocalDate enrolledOn;

    @Column(name = "withdrawn_on")
    private LocalDate withdrawnOn;

    @Column(name = "withdrawal_reason", length = 500)
    private String withdrawalReason;

    @Version
    private long version;

    protected Enrollment() {
    }

    Enrollment(Cohort cohort, Learner learner, LocalDate enrolledOn) {
        this.cohort = cohort;
        this.learner = learner;
        this.status = EnrollmentStatus.ENROLLED;
        this.enrolledOn = Require.present(enrolledOn, "enrolledOn");
    }

    public void withdraw(LocalDate on, String reason) {
        if (status != EnrollmentStatus.ENROLLED) {
            throw CampusException.conflict("error.enrollment.notEnrolled");
        }
        this.withdrawnOn = Require.present(on, "withdrawnOn");
        this.withdrawalReason = Require.optionalText(reason, "withdrawalReason", 500);
        this.status = EnrollmentStatus.WITHDRAWN;
    }

    /** A withdrawn learner comes back; lessons from the new enrolment date on count for them. */
    void reenrol(LocalDate on) {
        if (status != EnrollmentStatus.WITHDRAWN) {
            throw CampusException.duplicate("enrollment", learner.getName());
        }
        this.status = EnrollmentStatus.ENROLLED;
        this.enrolledOn = Require.present(on, "enrolledOn");
        this.withdrawnOn = null;
        this.withdrawalReason = null;
    }

    /** Graduation is decided by the progress rules (a later feature); the demo data sets it for a finished cohort. */
    public void graduate() {
        if (status != EnrollmentStatus.ENROLLED) {
            throw CampusException.conflict("error.enrollment.notEnrolled");
        }
        this.status = EnrollmentStatus.GRADUATED;
    }

    public boolean isActive() {
        return status == EnrollmentStatus.ENROLLED;
    }

    public Long getId() {
        return id;
    }

    public Cohort getCohort() {
        return cohort;
    }

    public Learner getLearner() {
        return learner;
    }

    public EnrollmentStatus getStatus() {
        return status;
    }

    public LocalDate getEnrolledOn() {
        return enrolledOn;
    }

    public LocalDate getWithdrawnOn() {
        return withdrawnOn;
    }

    public String getWithdrawalReason() {
        return withdrawalReason;
    }

    public long getVersion() {
        return version;
    }
}
