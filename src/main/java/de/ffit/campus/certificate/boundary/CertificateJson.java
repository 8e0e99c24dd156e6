package de.ffit.campus.certificate.boundary;

import de.ffit.campus.certificate.entity.Certificate;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A certificate as the API shows it to coordinators and trainers (never the PDF itself: see {@code .pdf}). */
public record CertificateJson(String serial, String status, String verificationCode, String shortCode, String verifyUrl,
        Long enrollmentId, String learnerName, String courseTitle, String organisation, LocalDate issuedOn,
        LocalDateTime issuedAt, String issuedBy, String overrideReason, String template, int templateVersion,
        String sha256, LocalDateTime revokedAt, String revokedBy, String revokeReason, String replaces) {

    static CertificateJson of(Certificate c, String verifyUrl) {
        return new CertificateJson(c.getSerial(), c.getStatus().name(), c.getVerificationCode(), c.getShortCode(),
                verifyUrl,
                c.getEnrollment() == null ? null : c.getEnrollment().getId(), c.getLearnerName(), c.getCourseTitle(),
                c.getOrganisationName(), c.getIssuedOn(), c.getIssuedAt(), c.getIssuedBy(), c.getOverrideReason(),
                c.getTemplateKey(), c.getTemplateVersion(), c.getPdfSha256(), c.getRevokedAt(), c.getRevokedBy(),
                c.getRevokeReason(), c.getReplaces() == null ? null : c.getReplaces().getSerial());
    }

    /** What anyone may learn by verifying: valid or revoked, and what the certificate itself shows. */
    public record Public(String status, String name, String course, LocalDate issuedOn, String organisation) {

        public static Public of(Certificate c) {
            return new Public(c.getStatus().name(), c.getLearnerName(), c.getCourseTitle(), c.getIssuedOn(),
                    c.getOrganisationName());
        }
    }
}
