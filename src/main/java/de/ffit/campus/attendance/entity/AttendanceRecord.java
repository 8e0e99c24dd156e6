package de.ffit.campus.attendance.entity;

import de.ffit.campus.platform.privacy.PersonalData;
import de.ffit.campus.cohort.entity.Enrollment;
import de.ffit.campus.cohort.entity.Lesson;
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

/** One learner's attendance in one lesson, with who recorded it and when. */
@Entity
@PersonalData(columns = {"enrollment_id", "status", "note"},
        purpose = "the attendance a certificate and the funders’ figures depend on",
        onErase = PersonalData.Erasure.ANONYMISE)
@Table(name = "attendance_record")
public class AttendanceRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lesson_id", nullable = false, updatable = false)
    private Lesson lesson;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enrollment_id", nullable = false, updatable = false)
    private Enrollment enrollment;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private AttendanceStatus status;

    @Column(name = "note", length = 500)
    private String note;

    @Column(name = "recorded_by", nullable = false, length = 40)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    @Version
    private long version;

    protected AttendanceRecord() {
    }

    public AttendanceRecord(Lesson lesson, Enrollment enrollment, AttendanceStatus status, String note,
            String recordedBy, LocalDateTime recordedAt) {
        this.lesson = Require.present(lesson, "lesson");
        this.enrollment = Require.present(enrollment, "enrollment");
        if (!lesson.getCohort().equals(enrollment.getCohort())) {
            throw CampusException.notFound("record.enrollment");
        }
        record(status, note, recordedBy, recordedAt);
    }

    public final void record(AttendanceStatus newStatus, String newNote, String by, LocalDateTime at) {
        this.status = Require.present(newStatus, "status");
        // a note is one line of plain text: control characters become spaces
        this.note = Require.optionalText(newNote == null ? null : newNote.replaceAll("\\p{Cntrl}", " "), "note", 500);
        this.recordedBy = Require.text(by, "recordedBy", 40);
        this.recordedAt = Require.present(at, "recordedAt");
    }

    public Long getId() {
        return id;
    }

    public Lesson getLesson() {
        return lesson;
    }

    public Enrollment getEnrollment() {
        return enrollment;
    }

    public AttendanceStatus getStatus() {
        return status;
    }

    public String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public LocalDateTime getRecordedAt() {
        return recordedAt;
    }

    public long getVersion() {
        return version;
    }
}
