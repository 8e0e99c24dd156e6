package de.ffit.campus.learner.control;

import de.ffit.campus.learner.entity.LearnerDetails;
import de.ffit.campus.platform.validation.MaxLength;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import java.io.Serializable;
import java.time.LocalDate;

/** A learner as a coordinator fills it in. A blank code means: make a random one. */
public class LearnerDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @MaxLength(120)
    private String name;

    @MaxLength(120)
    private String nameOriginal;

    @NotBlank
    @Pattern(regexp = "[a-z]{2,3}(-[A-Za-z]{2,4})?", message = "{ffit.language.pattern}")
    private String preferredLanguage = "de";

    @Past
    private LocalDate birthDate;

    private boolean consent;

    @Pattern(regexp = "[A-Za-z0-9 -]{4,16}", message = "{ffit.learnerCode.pattern}")
    private String code;

    private Long version;

    public LearnerDetails details() {
        return new LearnerDetails(name, nameOriginal, preferredLanguage, birthDate, consent);
    }

    public static LearnerDraft of(LearnerDetails details, String code, long version) {
        LearnerDraft draft = new LearnerDraft();
        draft.name = details.name();
        draft.nameOriginal = details.nameOriginal();
        draft.preferredLanguage = details.preferredLanguage();
        draft.birthDate = details.birthDate();
        draft.consent = details.consent();
        draft.code = code;
        draft.version = version;
        return draft;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNameOriginal() {
        return nameOriginal;
    }

    public void setNameOriginal(String nameOriginal) {
        this.nameOriginal = nameOriginal;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null || code.isBlank() ? null : code;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
