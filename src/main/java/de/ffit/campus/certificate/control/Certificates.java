package de.ffit.campus.certificate.control;

import de.ffit.campus.attendance.entity.AttendanceStatus;
import de.ffit.campus.audit.control.AuditTrail;
import de.ffit.campus.audit.entity.AuditAction;
import de.ffit.campus.badge.control.Badges;
import de.ffit.campus.badge.control.OpenBadge;
import de.ffit.campus.certificate.entity.Certificate;
import de.ffit.campus.certificate.entity.ShortCode;
import de.ffit.campus.cohort.control.Cohorts;
import de.ffit.campus.cohort.entity.Cohort;
import de.ffit.campus.cohort.entity.Enrollment;
import de.ffit.campus.cohort.entity.EnrollmentStatus;
import de.ffit.campus.cohort.entity.LessonState;
import de.ffit.campus.course.control.CourseTexts;
import de.ffit.campus.course.control.CourseWording;
import de.ffit.campus.account.entity.UserAccount;
import de.ffit.campus.organisation.entity.Organisation;
import de.ffit.campus.platform.config.CampusSettings;
import de.ffit.campus.platform.error.CampusException;
import de.ffit.campus.platform.i18n.Language;
import de.ffit.campus.platform.i18n.Messages;
import de.ffit.campus.platform.metrics.BusinessEvent;
import de.ffit.campus.platform.security.Actor;
import de.ffit.campus.platform.security.Secrets;
import de.ffit.campus.progress.control.CohortProgress;
import de.ffit.campus.progress.control.Progress;
import de.ffit.campus.progress.entity.ProgressStatus;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issuing, revoking and reissuing certificates, and looking them up. Only coordinators issue, revoke and reissue;
 * a certificate goes only to a learner who meets the cohort's graduation rule unless the coordinator gives a
 * written reason. Serial numbers ({@code FFIT-YYYY-NNNNNN}) count per organisation and year without gaps: the
 * organisation's counter row is locked until the certificate is stored, so a failed issue gives its number back.
 * Every change goes into the audit trail.
 */
@Stateless
public class Certificates {

    public static final String SUBJECT = "Certificate";
    /** 18 random bytes: 144 bits, 24 URL-safe characters */
    static final int CODE_BYTES = 18;
    public static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{24}");

    @PersistenceContext(unitName = "ffit")
    EntityManager em;

    @Inject
    Cohorts cohorts;

    @Inject
    Progress progress;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    CampusSettings settings;

    @Inject
    CertificateTemplates templates;

    @Inject
    CourseTexts texts;

    @Inject
    Event<BusinessEvent> counted;

    @Inject
    Badges badges;

    public static String context(long enrollmentId) {
        return "enrollment:" + enrollmentId + ":certificate";
    }

    /**
     * Issues the learner's certificate with the default template. Refused when the enrolment already has a valid
     * one, when the learner withdrew, and when the learner does not meet the rule and no reason is given.
     */
    public Certificate issue(Actor actor, Long enrollmentId, String overrideReason) {
        actor.requireCoordinator();
        requirePublicAddress();
        Enrollment enrollment = cohorts.findEnrollment(actor, enrollmentId);
        String reason = overrideReason == null || overrideReason.isBlank() ? null : overrideReason.strip();
        if (reason != null) {
            Certificate.checkReason(reason);
        }
        if (enrollment.getStatus() == EnrollmentStatus.WITHDRAWN) {
            throw CampusException.conflict("error.certificate.withdrawn");
        }
        int year = LocalDate.now(clock).getYear();
        // the counter row lock also serialises issuing within the organisation: the check below cannot race
        int number = nextNumber(actor.organisationId(), year);
        Optional<Certificate> valid = validFor(enrollment);
        if (valid.isPresent()) {
            throw CampusException.conflict("error.certificate.alreadyIssued", valid.get().getSerial());
        }
        CohortProgress.Row row = progress.learner(actor, enrollmentId);
        boolean eligible = row.getStatus() == ProgressStatus.ELIGIBLE || row.getStatus() == ProgressStatus.GRADUATED;
        if (!eligible && reason == null) {
            throw CampusException.conflict("error.certificate.notEligible", new CampusException.Sentences(
                    row.progress().missing().stream()
                            .map(m -> new CampusException.Sentence(m.key(), m.args())).toList()));
        }
        // before the last lesson a certificate would claim what has not happened yet: only with a written reason,
        // and it then states the period up to the last lesson held
        boolean running = period(enrollment.getCohort()).running();
        if (running && reason == null) {
            throw CampusException.conflict("error.certificate.cohortRunning");
        }
        Certificate certificate = store(actor, enrollment, row, year, number, eligible && !running ? null : reason,
                null);
        Map<String, String> after = new LinkedHashMap<>();
        after.put("serial", certificate.getSerial());
        after.put("template", certificate.getTemplateKey() + " v" + certificate.getTemplateVersion());
        if (certificate.getOverrideReason() != null) {
            after.put("overrideReason", certificate.getOverrideReason());
        }
        audit.record(actor, SUBJECT, certificate.getId(), context(enrollment.getId()), AuditAction.CREATED, null,
                after);
        return certificate;
    }

    /** Revokes a valid certificate with a reason; its verification says "revoked" from now on. */
    public Certificate revoke(Actor actor, String serial, String reason) {
        actor.requireCoordinator();
        Certificate certificate = find(actor, serial);
        Certificate.checkReason(reason);
        certificate.revoke(actor.username(), reason, now());
        revokeCredential(certificate);
        audit.record(actor, SUBJECT, certificate.getId(), context(enrollmentId(certificate)), AuditAction.CHANGED,
                Map.of("status", Certificate.Status.VALID.name()),
                Map.of("status", Certificate.Status.REVOKED.name(), "reason", certificate.getRevokeReason()));
        return certificate;
    }

    /**
     * Revokes the certificate and issues a new one for the same enrolment with a new serial that names the old one
     * (e.g. after a learner's name was corrected). The learner must still have an enrolment.
     */
    public Certificate reissue(Actor actor, String serial, String reason) {
        actor.requireCoordinator();
        requirePublicAddress();
        Certificate old = find(actor, serial);
        Certificate.checkReason(reason);
        if (old.getEnrollment() == null) {
            throw CampusException.conflict("error.certificate.noEnrollment");
        }
        Enrollment enrollment = old.getEnrollment();
        if (enrollment.getStatus() == EnrollmentStatus.WITHDRAWN) {
            throw CampusException.conflict("error.certificate.withdrawn");
        }
        int year = LocalDate.now(clock).getYear();
        int number = nextNumber(actor.organisationId(), year);
        old.revoke(actor.username(), reason, now());
        revokeCredential(old);
        CohortProgress.Row row = progress.learner(actor, enrollment.getId());
        Certificate renewed = store(actor, enrollment, row, year, number, old.getOverrideReason(), old);
        audit.record(actor, SUBJECT, old.getId(), context(enrollment.getId()), AuditAction.CHANGED,
                Map.of("status", Certificate.Status.VALID.name()),
                Map.of("status", Certificate.Status.REVOKED.name(), "reason", old.getRevokeReason(),
                        "replacedBy", renewed.getSerial()));
        audit.record(actor, SUBJECT, renewed.getId(), context(enrollment.getId()), AuditAction.CREATED, null,
                Map.of("serial", renewed.getSerial(), "replaces", old.getSerial()));
        return renewed;
    }

    /** A certificate of the actor's organisation by its serial; trainers see those of the cohorts they teach. */
    public Certificate find(Actor actor, String serial) {
        if (serial == null || !serial.matches("FFIT-\\d{4}-\\d{6}")) {
            throw CampusException.notFound("record.certificate");
        }
        List<Certificate> found = em.createQuery("select c from Certificate c where c.serial = :s "
                + "and c.organisation.id = :org", Certificate.class).setParameter("s", serial)
                .setParameter("org", actor.organisationId()).getResultList();
        if (found.isEmpty()) {
            throw CampusException.notFound("record.certificate");
        }
        Certificate certificate = found.get(0);
        if (!actor.isCoordinator()) {
            Enrollment enrollment = certificate.getEnrollment();
            if (enrollment == null || !enrollment.getCohort().isTaughtBy(actor.accountId())) {
                throw CampusException.notFound("record.certificate");
            }
        }
        return certificate;
    }

    /** A certificate's PDF with what a download names it by. */
    public record Document(String serial, String sha256, byte[] pdf) {
    }

    /**
     * The PDF of a certificate the actor may see, read as a column in this transaction (not through the entity's lazy
     * field, which a detached entity may no longer load); empty once the learner's data was erased, while the
     * verification record stays.
     */
    public Optional<Document> document(Actor actor, String serial) {
        Certificate certificate = find(actor, serial);
        List<byte[]> found = em.createQuery("select c.pdf from Certificate c where c.id = :id", byte[].class)
                .setParameter("id", certificate.getId()).getResultList();
        return found.isEmpty() || found.get(0) == null || found.get(0).length == 0 ? Optional.empty()
                : Optional.of(new Document(certificate.getSerial(), certificate.getPdfSha256(), found.get(0)));
    }

    /** The certificates of a cohort's learners, newest first, without their PDFs. */
    public List<Certificate> ofCohort(Actor actor, Long cohortId) {
        Cohort cohort = cohorts.find(actor, cohortId);
        // the enrolment and the certificate a reissue replaced come along: the page and the API read both for
        // every certificate, which would otherwise be a query each
        return em.createQuery("select c from Certificate c join fetch c.enrollment e left join fetch c.replaces "
                + "where e.cohort = :cohort order by c.issuedAt desc, c.id desc", Certificate.class)
                .setParameter("cohort", cohort).getResultList();
    }

    /** An issued certificate as its learner sees it at the kiosk: serial and date. */
    public record Issued(String serial, LocalDate issuedOn) {
    }

    /** The enrolment's valid certificate, if it has one (read without its PDF). */
    public Optional<Issued> validFor(long enrollmentId) {
        return em.createQuery("select c.serial, c.issuedOn from Certificate c where c.enrollment.id = :e "
                        + "and c.status = :valid order by c.issuedAt desc", Object[].class)
                .setParameter("e", enrollmentId).setParameter("valid", Certificate.Status.VALID).setMaxResults(1)
                .getResultList().stream().findFirst()
                .map(row -> new Issued((String) row[0], (LocalDate) row[1]));
    }

    /** A certificate to print: its id (the PDF is read when its turn comes) and a file name for a ZIP. */
    public record Printable(long id, String serial, String fileName) {
    }

    /** The cohort's valid certificates in the order of the learners' names, without their PDFs. */
    public List<Printable> printable(Actor actor, Long cohortId) {
        Cohort cohort = cohorts.find(actor, cohortId);
        return em.createQuery("select c.id, c.serial, c.learnerName from Certificate c where c.enrollment.cohort = "
                        + ":cohort and c.status = :valid order by c.learnerName, c.serial", Object[].class)
                .setParameter("cohort", cohort).setParameter("valid", Certificate.Status.VALID).getResultList()
                .stream().map(row -> new Printable((Long) row[0], (String) row[1], row[1] + "-"
                        + fileSafe((String) row[2]) + ".pdf")).toList();
    }

    /**
     * The stored PDF of a certificate found through {@link #printable}, or null once it has been revoked (or its
     * learner's data erased). Read as a column, not through the entity's lazy field: under load (the mixed benchmark's
     * soak) the lazy field once came back null for a certificate that had its PDF, and a cohort's print job failed.
     */
    public byte[] pdf(long certificateId) {
        List<byte[]> found = em.createQuery("select c.pdf from Certificate c where c.id = :id and c.status = :valid",
                        byte[].class)
                .setParameter("id", certificateId).setParameter("valid", Certificate.Status.VALID).getResultList();
        return found.isEmpty() || found.get(0) == null || found.get(0).length == 0 ? null : found.get(0);
    }

    /**
     * What a certificate found through {@link #printable} printed, frozen at issue, with the template it was drawn
     * with; empty once it has been revoked. Its content is null for certificates issued before it was kept.
     */
    public Optional<CohortPrint.Sheet> sheet(long certificateId) {
        return em.createQuery("select c.templateKey, c.templateRevision, c.printedContent from Certificate c "
                        + "where c.id = :id and c.status = :valid", Object[].class)
                .setParameter("id", certificateId).setParameter("valid", Certificate.Status.VALID).getResultList()
                .stream().findFirst().map(row -> new CohortPrint.Sheet((String) row[0], (String) row[1],
                        text(row[2]), null));
    }

    /** a text column as read: a String, or a CLOB from some drivers */
    private static String text(Object value) {
        if (value instanceof java.sql.Clob clob) {
            try {
                return clob.getSubString(1, (int) clob.length());
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return (String) value;
    }

    static String fileSafe(String name) {
        String safe = Normalizer.normalize(name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "").replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return safe.isEmpty() ? "certificate" : safe.length() > 60 ? safe.substring(0, 60) : safe;
    }

    /**
     * Public verification by what is printed on the certificate: the code in its QR address, or the short code a
     * person types (any case, with or without hyphens), either of them alone or after the serial
     * ({@code FFIT-2026-000123 K7M2-QX9P-4T}); with the serial, both must belong to the same certificate. Empty for
     * anything else, the serial alone included (serials count up and can be guessed).
     */
    public Optional<Certificate> verify(String typed) {
        Optional<Typed> read = Typed.read(typed);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        Typed t = read.get();
        String field = t.shortCode() ? "c.shortCode" : "c.verificationCode";
        return em.createQuery("select c from Certificate c where " + field + " = :code", Certificate.class)
                .setParameter("code", t.code()).getResultList().stream()
                .filter(c -> t.serial() == null || t.serial().equals(c.getSerial())).findFirst();
    }

    /** What a person typed to verify: a code (the QR's or the short one), perhaps after the serial. */
    public record Typed(String serial, String code, boolean shortCode) {

        private static final Pattern SERIAL_FIRST = Pattern.compile(
                "(?i)\\s*(FFIT-\\d{4}-\\d{6})[\\s,;:/+_-]*(.*)");

        public static Optional<Typed> read(String typed) {
            if (typed == null || typed.length() > 80) {
                return Optional.empty();
            }
            String serial = null;
            String rest = typed.strip();
            Matcher m = SERIAL_FIRST.matcher(rest);
            if (m.matches()) {
                serial = m.group(1).toUpperCase(Locale.ROOT);
                rest = m.group(2).strip();
            }
            if (CODE.matcher(rest).matches()) {
                return Optional.of(new Typed(serial, rest, false));
            }
            String s = serial;
            return ShortCode.read(rest).map(code -> new Typed(s, code, true));
        }

        /** only a serial, without the code that proves the certificate is at hand */
        public static boolean isSerialOnly(String typed) {
            return typed != null && typed.strip().matches("(?i)FFIT-\\d{4}-\\d{6}");
        }
    }

    /** Public check of an uploaded PDF: the certificate whose stored PDF has exactly these bytes. */
    public Optional<Certificate> verifyFile(byte[] pdf) {
        if (pdf == null || pdf.length == 0) {
            return Optional.empty();
        }
        return em.createQuery("select c from Certificate c where c.pdfSha256 = :sha", Certificate.class)
                .setParameter("sha", sha256(pdf)).getResultList().stream().findFirst();
    }

    public String verifyUrl(String code) {
        return verifyAddress() + "/" + code;
    }

    /** where a person types the code: the public address of the verify page */
    public String verifyAddress() {
        String base = settings.publicUrl();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/verify";
    }

    private Certificate store(Actor actor, Enrollment enrollment, CohortProgress.Row row, int year, int number,
            String reason, Certificate replaces) {
        CertificateTemplate template = templates.get(CertificateTemplates.DEFAULT);
        String code = newCode();
        LocalDate today = LocalDate.now(clock);
        String serial = Certificate.serial(year, number);
        Cohort cohort = enrollment.getCohort();
        String shortCode = ShortCode.random();
        CertificateContent content = content(actor, enrollment, row, today, serial, code, shortCode);
        Badges.Credential credential = badges.issue(achievement(actor, enrollment, content));
        // the credential travels inside the PDF too: whoever has the document has the signed credential
        byte[] pdf = CredentialAttachment.attach(templates.renderer().render(template, content), credential.jwt());
        Certificate certificate = new Certificate(new Certificate.Issue(em.getReference(
                Organisation.class, actor.organisationId()), enrollment, year,
                number, code, enrollment.getLearner().getName(), cohort.getCourse().getTitle(), today, now(),
                actor.username(), reason, template.key(), template.version(), content.secondLanguage(), pdf,
                sha256(pdf), replaces, shortCode, template.revision(),
                FrozenContent.freeze(template, content).toJson()));
        certificate.carryCredential(credential.jwt(), credential.statusIndex());
        em.persist(certificate);
        em.flush();
        counted.fire(BusinessEvent.one(BusinessEvent.Kind.CERTIFICATE_ISSUED));
        return certificate;
    }

    /** What the certificate says, as its Open Badges credential says it (the competences named in English). */
    Badges.Achievement achievement(Actor actor, Enrollment enrollment, CertificateContent content) {
        var course = enrollment.getCohort().getCourse();
        var rule = course.getRule();
        String criteria = Messages.text(Locale.ENGLISH, "course.ruleSummary", rule.getMinAttendancePercent(),
                rule.getMinExercisePercent());
        List<OpenBadge.Competence> competences = content.competences().stream()
                .map(code -> new OpenBadge.Competence(code, Messages.text(Locale.ENGLISH, "digcomp." + code)))
                .toList();
        return new Badges.Achievement(actor.organisationId(), content.organisation(), course.getId(),
                content.course(), course.getDescription(), criteria, competences, content.lessonsAttended(),
                content.lessonsHeld(), content.name(), content.issueDate());
    }

    /** The signed credential of a certificate found by its verification code (or short code), if it has one. */
    public Optional<String> credential(String code) {
        return verify(code).flatMap(c -> em.createQuery("select c.credentialJwt from Certificate c where c.id = :id",
                        String.class).setParameter("id", c.getId()).getResultList().stream().findFirst())
                .filter(jwt -> jwt != null && !jwt.isEmpty());
    }

    private void revokeCredential(Certificate certificate) {
        if (certificate.getStatusIndex() != null) {
            badges.revoke(certificate.getOrganisation().getId(), certificate.getStatusIndex());
        }
    }

    /** What the certificate says, read from the records now. */
    CertificateContent content(Actor actor, Enrollment enrollment, CohortProgress.Row row, LocalDate today,
            String serial, String code, String shortCode) {
        Cohort cohort = enrollment.getCohort();
        CertificatePeriod period = period(cohort);
        long held = em.createQuery("select count(l) from Lesson l where l.cohort = :c and l.state = :held "
                        + "and l.date >= :from", Long.class).setParameter("c", cohort)
                .setParameter("held", LessonState.HELD).setParameter("from", enrollment.getEnrolledOn())
                .getSingleResult();
        long attended = em.createQuery("select count(a) from AttendanceRecord a where a.enrollment = :e "
                        + "and a.lesson.state = :held and a.status in :present", Long.class)
                .setParameter("e", enrollment).setParameter("held", LessonState.HELD)
                .setParameter("present", List.of(AttendanceStatus.PRESENT, AttendanceStatus.LATE)).getSingleResult();
        var learner = enrollment.getLearner();
        // the second-language blocks name the course and its modules as the learner reads them at the kiosk
        CourseWording wording = Language.of(learner.getPreferredLanguage())
                .filter(l -> l != Language.DE)
                .map(l -> texts.wording(cohort.getCourse().getId(), l))
                .orElse(CourseWording.german());
        List<String> modules = new ArrayList<>();
        List<String> modulesInSecond = new ArrayList<>();
        row.progress().modules().stream().filter(m -> m.total() > 0 && m.done() == m.total())
                .forEach(m -> {
                    modules.add(m.title());
                    modulesInSecond.add(wording.moduleTitle(m.moduleId(), m.title()).text());
                });
        List<String> trainers = cohort.getTrainers().stream().map(UserAccount::getDisplayName).sorted().toList();
        String signatory = em.createQuery("select a.displayName from UserAccount a where a.id = :id", String.class)
                .setParameter("id", actor.accountId()).getResultList().stream().findFirst()
                .orElse(actor.username());
        return new CertificateContent(learner.getName(), learner.getNameOriginal(), learner.getBirthDate(),
                cohort.getCourse().getTitle(), cohort.getName(), period.start(), period.end(),
                cohort.getLocation() == null ? "" : cohort.getLocation().getName(), (int) attended, (int) held,
                modules, List.copyOf(row.progress().competences()), today, serial,
                cohort.getOrganisation().getName(), signatory, trainers, verifyUrl(code), code,
                learner.getPreferredLanguage(), wording.courseTitle(cohort.getCourse().getTitle()).text(),
                modulesInSecond).withShortCode(ShortCode.grouped(shortCode),
                        verifyAddress().replaceFirst("^https?://", ""));
    }

    /** the cohort's period as a certificate may state it today */
    public CertificatePeriod period(Cohort cohort) {
        return CertificatePeriod.ofLessons(cohort.getLessons(), cohort.getFinishedOn(), LocalDate.now(clock));
    }

    /** The next serial number of the organisation in the year, under a lock held until the transaction ends. */
    int nextNumber(long organisationId, int year) {
        Object[] counter = (Object[]) em.createNativeQuery("select certificate_year, certificate_last from "
                + "organisation where id = ?1 for update").setParameter(1, organisationId).getSingleResult();
        int next = ((Number) counter[0]).intValue() == year ? ((Number) counter[1]).intValue() + 1 : 1;
        em.createNativeQuery("update organisation set certificate_year = ?2, certificate_last = ?3 where id = ?1")
                .setParameter(1, organisationId).setParameter(2, year).setParameter(3, next).executeUpdate();
        return next;
    }

    private Optional<Certificate> validFor(Enrollment enrollment) {
        return em.createQuery("select c from Certificate c where c.enrollment = :e and c.status = :valid",
                        Certificate.class).setParameter("e", enrollment)
                .setParameter("valid", Certificate.Status.VALID).getResultList().stream().findFirst();
    }

    /**
     * In production a certificate's QR code must lead somewhere the public can reach: with FFIT_PUBLIC_URL still at
     * localhost every certificate would carry a dead link for good (certificates are kept as issued).
     */
    private void requirePublicAddress() {
        if (!settings.isDemo() && settings.isPublicUrlLocal()) {
            throw CampusException.conflict("error.certificate.publicUrl", settings.publicUrl());
        }
    }

    private static long enrollmentId(Certificate certificate) {
        return certificate.getEnrollment() == null ? 0 : certificate.getEnrollment().getId();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }

    static String newCode() {
        return Secrets.random(CODE_BYTES);
    }

    public static String sha256(byte[] bytes) {
        return Secrets.sha256(bytes);
    }
}
