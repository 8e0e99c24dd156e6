package de.ffit.campus.certificate.entity;

import de.ffit.campus.platform.privacy.PersonalData;
import de.ffit.campus.cohort.entity.Enrollment;
import de.ffit.campus.organisation.entity.Organisation;
import de.ffit.campus.platform.error.CampusException;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * An issued certificate. It keeps the PDF as printed, its SHA-256, the template key and version, and what the
 * public verification shows (the name as on the certificate, course, date, organisation), so nothing that
 * changes later (a template, a learner's name, a course title) changes it. Only its status changes: valid or
 * revoked, with who, when and why.
 */
@Entity
@PersonalData(columns = {"enrollment_id", "learner_name", "pdf", "printed_content", "credential_jwt"},
        purpose = "the issued certificate and its public verification",
        onErase = PersonalData.Erasure.KEEP_AS_ISSUED)
@Table(name = "certificate")
public class Certificate {

    public enum Status {
        VALID,
        REVOKED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
    private Organisation organisation;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "enrollment_id")
    private Enrollment enrollment;

    @Column(name = "serial", nullable = false, updatable = false, length = 20)
    private String serial;

    @Column(name = "serial_year", nullable = false, updatable = false)
    private int serialYear;

    @Column(name = "serial_number", nullable = false, updatable = false)
    private int serialNumber;

    @Column(name = "verification_code", nullable = false, updatable = false, length = 32)
    private String verificationCode;

    /** the code a person types ({@link ShortCode}); none on certificates issued before it was printed */
    @Column(name = "short_code", updatable = false, length = 10)
    private String shortCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private Status status;

    @Column(name = "learner_name", nullable = false, updatable = false, length = 200)
    private String learnerName;

    @Column(name = "course_title", nullable = false, updatable = false, length = 200)
    private String courseTitle;

    @Column(name = "organisation_name", nullable = false, updatable = false, length = 200)
    private String organisationName;

    @Column(name = "issued_on", nullable = false, updatable = false)
    private LocalDate issuedOn;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private LocalDateTime issuedAt;

    @Column(name = "issued_by", nullable = false, updatable = false, length = 40)
    private String issuedBy;

    @Column(name = "override_reason", updatable = false, length = 500)
    private String overrideReason;

    @Column(name = "template_key", nullable = false, updatable = false, length = 40)
    private String templateKey;

    @Column(name = "template_version", nullable = false, updatable = false)
    private int templateVersion;

    @Column(name = "second_language", updatable = false, length = 5)
    private String secondLanguage;

    /** the template's files it was drawn with ({@code sha256:...}); null for certificates issued before issue 24 */
    @Column(name = "template_revision", updatable = false, length = 100)
    private String templateRevision;

    /** what it printed, as JSON (see FrozenContent); null for certificates issued before issue 24 */
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "printed_content", updatable = false)
    private String printedContent;

    /** its Open Badges 3.0 credential, signed by the organisation (VC-JWT); null for certificates before issue 25 */
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "credential_jwt", updatable = false)
    private String credentialJwt;

    /** its credential's index in the organisation's status list (revocation) */
    @Column(name = "status_index", updatable = false)
    private Integer statusIndex;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "pdf", nullable = false, updatable = false)
    private byte[] pdf;

    @Column(name = "pdf_sha256", nullable = false, updatable = false, length = 64)
    private String pdfSha256;

    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;

    @Column(name = "revoked_by", length = 40)
    private String revokedBy;

    @Column(name = "revoke_reason", length = 500)
    private String revokeReason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "replaces_id", updatable = false)
    private Certificate replaces;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Certificate() {
    }

    /** What a certificate is issued with; the PDF is rendered from it before the certificate exists. */
    public record Issue(Organisation organisation, Enrollment enrollment, int year, int number,
            String verificationCode, String learnerName, String courseTitle, LocalDate issuedOn,
            LocalDateTime issuedAt, String issuedBy, String overrideReason, String templateKey, int templateVersion,
            String secondLanguage, byte[] pdf, String pdfSha256, Certificate replaces, String shortCode,
            String templateRevision, String printedContent) {
    }

    public Certificate(Issue issue) {
        this.organisation = Objects.requireNonNull(issue.organisation());
        this.enrollment = issue.enrollment();
        this.serialYear = issue.year();
        this.serialNumber = issue.number();
        this.serial = serial(issue.year(), issue.number());
        this.verificationCode = issue.verificationCode();
        this.status = Status.VALID;
        this.learnerName = issue.learnerName();
        this.courseTitle = issue.courseTitle();
        this.organisationName = issue.organisation().getName();
        this.issuedOn = issue.issuedOn();
        this.issuedAt = issue.issuedAt();
        this.issuedBy = issue.issuedBy();
        this.overrideReason = issue.overrideReason();
        this.templateKey = issue.templateKey();
        this.templateVersion = issue.templateVersion();
        this.secondLanguage = issue.secondLanguage();
        this.pdf = issue.pdf();
        this.pdfSha256 = issue.pdfSha256();
        this.replaces = issue.replaces();
        this.shortCode = issue.shortCode();
        this.templateRevision = issue.templateRevision();
        this.printedContent = issue.printedContent();
    }

    /** {@code FFIT-2026-000123} */
    public static String serial(int year, int number) {
        if (number < 1 || number > 999_999) {
            throw new IllegalArgumentException("serial number out of range: " + number);
        }
        return String.format("FFIT-%04d-%06d", year, number);
    }

    /** the signed credential issued with it, before it is stored */
    public void carryCredential(String jwt, int index) {
        if (id != null) {
            throw new IllegalStateException("a certificate's credential is given when it is issued");
        }
        this.credentialJwt = Objects.requireNonNull(jwt, "credentialJwt");
        this.statusIndex = index;
    }

    public Integer getStatusIndex() {
        return statusIndex;
    }

    public void revoke(String by, String reason, LocalDateTime at) {
        if (status == Status.REVOKED) {
            throw CampusException.conflict("error.certificate.alreadyRevoked");
        }
        checkReason(reason);
        this.status = Status.REVOKED;
        this.revokedBy = by;
        this.revokedAt = at;
        this.revokeReason = reason.strip();
    }

    /** A written reason (to revoke, reissue or issue without meeting the rule): required, at most 500 characters. */
    public static void checkReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw CampusException.invalid("error.required", "reason",
                    new CampusException.MessageKey("field.reason"));
        }
        if (reason.strip().length() > 500) {
            throw CampusException.invalid("error.tooLong", "reason",
                    new CampusException.MessageKey("field.reason"), 500);
        }
    }

    public boolean isValid() {
        return status == Status.VALID;
    }

    public Long getId() {
        return id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Enrollment getEnrollment() {
        return enrollment;
    }

    public String getSerial() {
        return serial;
    }

    public String getVerificationCode() {
        return verificationCode;
    }

    /** as printed: {@code K7M2-QX9P-4T}, or null on a certificate issued before short codes */
    public String getShortCode() {
        return shortCode == null ? null : ShortCode.grouped(shortCode);
    }

    public Status getStatus() {
        return status;
    }

    public String getLearnerName() {
        return learnerName;
    }

    public String getCourseTitle() {
        return courseTitle;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public LocalDateTime getIssuedAt() {
        return issuedAt;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public String getTemplateKey() {
        return templateKey;
    }

    public int getTemplateVersion() {
        return templateVersion;
    }

    public String getSecondLanguage() {
        return secondLanguage;
    }

    public String getTemplateRevision() {
        return templateRevision;
    }

    public String getPrintedContent() {
        return printedContent;
    }

    public byte[] getPdf() {
        return pdf;
    }

    public String getPdfSha256() {
        return pdfSha256;
    }

    public LocalDateTime getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }

    public String getRevokeReason() {
        return revokeReason;
    }

    public Certificate getReplaces() {
        return replaces;
    }

    public long getVersion() {
        return version;
    }
}
