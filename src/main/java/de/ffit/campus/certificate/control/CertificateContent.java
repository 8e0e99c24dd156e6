package de.ffit.campus.certificate.control;

import de.ffit.campus.platform.i18n.Messages;
import de.ffit.campus.platform.i18n.Numerals;
import java.time.LocalDate;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What one certificate says, as plain values; the renderer fills a template's placeholders with them, in the language
 * of each block (dates and competence names differ by language). {@code secondLanguage} is the learner's preferred
 * language: the template's "second" blocks are printed in it when the template has it. {@code course} and
 * {@code modules} are the German titles; {@code courseInSecond} and {@code modulesInSecond} the same titles in the
 * second language (each a volunteer's translation, else the German), for the blocks in that language.
 */
public record CertificateContent(String name, String nameOriginal, LocalDate birthDate, String course, String cohort,
        LocalDate cohortStart, LocalDate cohortEnd, String location, int lessonsAttended, int lessonsHeld,
        List<String> modules, List<String> competences, LocalDate issueDate, String serial, String organisation,
        String signatory, List<String> trainers, String verifyUrl, String verificationCode, String secondLanguage,
        String courseInSecond, List<String> modulesInSecond, String shortCode, String verifyAddress)
        implements CertificateValues {

    /** a certificate whose second-language blocks carry the German titles */
    public CertificateContent(String name, String nameOriginal, LocalDate birthDate, String course, String cohort,
            LocalDate cohortStart, LocalDate cohortEnd, String location, int lessonsAttended, int lessonsHeld,
            List<String> modules, List<String> competences, LocalDate issueDate, String serial, String organisation,
            String signatory, List<String> trainers, String verifyUrl, String verificationCode,
            String secondLanguage) {
        this(name, nameOriginal, birthDate, course, cohort, cohortStart, cohortEnd, location, lessonsAttended,
                lessonsHeld, modules, competences, issueDate, serial, organisation, signatory, trainers, verifyUrl,
                verificationCode, secondLanguage, null, null, null, null);
    }

    /** a certificate with second-language titles and no short code */
    public CertificateContent(String name, String nameOriginal, LocalDate birthDate, String course, String cohort,
            LocalDate cohortStart, LocalDate cohortEnd, String location, int lessonsAttended, int lessonsHeld,
            List<String> modules, List<String> competences, LocalDate issueDate, String serial, String organisation,
            String signatory, List<String> trainers, String verifyUrl, String verificationCode,
            String secondLanguage, String courseInSecond, List<String> modulesInSecond) {
        this(name, nameOriginal, birthDate, course, cohort, cohortStart, cohortEnd, location, lessonsAttended,
                lessonsHeld, modules, competences, issueDate, serial, organisation, signatory, trainers, verifyUrl,
                verificationCode, secondLanguage, courseInSecond, modulesInSecond, null, null);
    }

    /** languages whose long dates Java writes well; others get the numeric German form */
    private static final Set<String> DATE_LANGUAGES = Set.of("de", "en", "ar", "fa", "uk", "ru", "tr", "ps", "ti");

    public CertificateContent {
        Objects.requireNonNull(name, "name");
        modules = modules == null ? List.of() : List.copyOf(modules);
        competences = competences == null ? List.of() : List.copyOf(competences);
        trainers = trainers == null ? List.of() : List.copyOf(trainers);
        modulesInSecond = modulesInSecond == null ? modules : List.copyOf(modulesInSecond);
        courseInSecond = courseInSecond == null ? course : courseInSecond;
    }

    /** the same certificate with the course and module titles of its second-language blocks */
    public CertificateContent inSecondLanguage(String courseTitle, List<String> moduleTitles) {
        return new CertificateContent(name, nameOriginal, birthDate, course, cohort, cohortStart, cohortEnd, location,
                lessonsAttended, lessonsHeld, modules, competences, issueDate, serial, organisation, signatory,
                trainers, verifyUrl, verificationCode, secondLanguage, courseTitle, moduleTitles, shortCode,
                verifyAddress);
    }

    /**
     * the same certificate with the code a person types ({@code K7M2-QX9P-4T}) and the address where they type it
     * ({@code campus.example.org/verify})
     */
    public CertificateContent withShortCode(String code, String address) {
        return new CertificateContent(name, nameOriginal, birthDate, course, cohort, cohortStart, cohortEnd, location,
                lessonsAttended, lessonsHeld, modules, competences, issueDate, serial, organisation, signatory,
                trainers, verifyUrl, verificationCode, secondLanguage, courseInSecond, modulesInSecond, code,
                address);
    }

    @Override
    public String value(String placeholder, String language) {
        return switch (placeholder) {
            case "name" -> name;
            case "nameOriginal" -> nameOriginal == null || nameOriginal.equals(name) ? "" : nameOriginal;
            case "birthDate" -> date(birthDate, language);
            case "course" -> text(inSecond(language) ? courseInSecond : course);
            case "cohort" -> text(cohort);
            case "cohortStart" -> date(cohortStart, language);
            case "cohortEnd" -> date(cohortEnd, language);
            case "location" -> text(location);
            case "lessonsAttended" -> Numerals.number(lessonsAttended, Locale.forLanguageTag(language));
            case "lessonsHeld" -> Numerals.number(lessonsHeld, Locale.forLanguageTag(language));
            case "modules" -> String.join(" · ", inSecond(language) ? modulesInSecond : modules);
            case "competences" -> competences.stream()
                    .map(code -> code + " " + Messages.text(Locale.forLanguageTag(language), "digcomp." + code))
                    .collect(Collectors.joining(" · "));
            case "issueDate" -> date(issueDate, language);
            case "serial" -> text(serial);
            case "organisation" -> text(organisation);
            case "signatory" -> text(signatory);
            case "trainers" -> String.join(", ", trainers);
            case "verifyUrl" -> text(verifyUrl);
            case "verificationCode" -> text(verificationCode);
            case "shortCode" -> text(shortCode);
            case "verifyAddress" -> text(verifyAddress);
            default -> throw new IllegalArgumentException("unknown placeholder " + placeholder);
        };
    }

    /** a block in the learner's language, not German (a German learner's certificate has German blocks only) */
    private boolean inSecond(String language) {
        return language != null && language.equals(secondLanguage) && !"de".equals(language);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    static String date(LocalDate date, String language) {
        if (date == null) {
            return "";
        }
        if (!DATE_LANGUAGES.contains(language)) {
            return Numerals.date(date, "dd.MM.yyyy", Locale.forLanguageTag(language));
        }
        // in the language's digits too (withLocale would write Western ones in Arabic, Persian and Pashto)
        return Numerals.date(date, FormatStyle.LONG, Locale.forLanguageTag(language));
    }
}
