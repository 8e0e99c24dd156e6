package de.ffit.campus.learner.entity;

import de.ffit.campus.platform.error.CampusException;
import de.ffit.campus.platform.privacy.PersonalData;
import de.ffit.campus.organisation.entity.Organisation;
import de.ffit.campus.platform.error.Require;
import de.ffit.campus.platform.i18n.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A course participant. Personal data is kept minimal on purpose: the name as it should appear on the
 * certificate (and, if the learner wants, in its original script), preferred language, optional birth date,
 * when consent was recorded, and a random learner code for the kiosk. No e-mail address.
 */
@Entity
@PersonalData(columns = {"code", "name", "name_original", "preferred_language", "birth_date", "consent_on",
        "pin_hash", "pin_set_at", "pin_failures", "pin_locked_until", "erased_at"},
        purpose = "who takes part: to enrol, take attendance, sign in at the kiosk and print certificates in the "
                + "learner’s name and language",
        onErase = PersonalData.Erasure.ANONYMISE)
@Table(name = "learner")
public class Learner {

    static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
    private Organisation organisation;

    @Column(name = "code", nullable = false, length = 12)
    private String code;

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @Column(name = "name_original", length = 120)
    private String nameOriginal;

    @Column(name = "preferred_language", nullable = false, length = 8)
    private String preferredLanguage;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Column(name = "consent_on")
    private LocalDate consentOn;

    @Column(name = "pin_hash", length = 255)
    private String pinHash;

    @Column(name = "pin_set_at")
    private LocalDateTime pinSetAt;

    /** wrong PINs typed since the last right one. The PIN columns are written in SQL by the kiosk feature, so that
     *  they never change the learner's version (a coordinator's open form stays valid). */
    @Column(name = "pin_failures", nullable = false)
    private int pinFailures;

    @Column(name = "pin_locked_until")
    private LocalDateTime pinLockedUntil;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    /** when the learner's personal data was erased (written in SQL by the privacy feature); the row stays anonymous */
    @Column(name = "erased_at", insertable = false, updatable = false)
    private LocalDateTime erasedAt;

    @Version
    private long version;

    protected Learner() {
    }

    public Learner(Organisation organisation, LearnerCode code, LearnerDetails details, LocalDate today,
            LocalDateTime createdAt) {
        this.organisation = Require.present(organisation, "organisation");
        assignCode(code);
        update(details, today);
        this.createdAt = Require.present(createdAt, "createdAt");
    }

    public final void assignCode(LearnerCode newCode) {
        this.code = Require.present(newCode, "code").value();
    }

    /** Takes over the details; consent is dated the first day it was recorded and cleared when withdrawn. */
    public final void update(LearnerDetails details, LocalDate today) {
        Require.present(details, "name");
        this.name = Require.name(details.name(), "name", 120);
        this.nameOriginal = Require.optionalName(details.nameOriginal(), "nameOriginal", 120);
        this.preferredLanguage = Language.of(details.preferredLanguage())
                .orElseThrow(() -> CampusException.invalid("error.language",
                        "preferredLanguage", details.preferredLanguage()))
                .code();
        LocalDate birth = details.birthDate();
        Require.that(birth == null || (!birth.isAfter(today) && !birth.isBefore(EARLIEST_BIRTH)),
                "error.birthDate", "birthDate");
        this.birthDate = birth;
        if (!details.consent()) {
            this.consentOn = null;
        } else if (this.consentOn == null) {
            this.consentOn = today;
        }
    }

    public String getPinHash() {
        return pinHash;
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    public boolean hasPin() {
        return pinHash != null;
    }

    public LocalDateTime getPinSetAt() {
        return pinSetAt;
    }

    public int getPinFailures() {
        return pinFailures;
    }

    public LocalDateTime getPinLockedUntil() {
        return pinLockedUntil;
    }

    public boolean isPinLocked(LocalDateTime now) {
        return pinLockedUntil != null && pinLockedUntil.isAfter(now);
    }

    public Long getId() {
        return id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getNameOriginal() {
        return nameOriginal;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public Language getLanguage() {
        return Language.of(preferredLanguage).orElse(Language.DE);
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public LocalDate getConsentOn() {
        return consentOn;
    }

    public boolean isConsent() {
        return consentOn != null;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    public LearnerDetails details() {
        return new LearnerDetails(name, nameOriginal, preferredLanguage, birthDate, consentOn != null);
    }
}
