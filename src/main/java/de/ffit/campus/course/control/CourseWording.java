package de.ffit.campus.course.control;

import de.ffit.campus.course.entity.CourseTextKey;
import de.ffit.campus.platform.i18n.Language;
import de.ffit.campus.platform.i18n.LocalizedText;
import java.util.Map;

/**
 * A course's content as one reader should get it: each text in the reader's language, else German (the text as the
 * coordinator typed it), else English. Built by {@link CourseTexts#wording}; holds no entity.
 *
 * @param language     the reader's language
 * @param translations text key to language code to text, for the reader's language and English
 */
public record CourseWording(Language language, Map<String, Map<String, String>> translations) {

    /** the text named by {@code key}, whose German (as typed on the course) is {@code german} */
    public LocalizedText text(CourseTextKey key, String german) {
        Map<String, String> byLanguage = translations.getOrDefault(key.value(), Map.of());
        String own = byLanguage.get(language.code());
        if (language != Language.DE && own != null) {
            return new LocalizedText(own, language.code());
        }
        if (german != null && !german.isBlank()) {
            return new LocalizedText(german, Language.DE.code());
        }
        String english = byLanguage.get(Language.EN.code());
        return english == null ? null : new LocalizedText(english, Language.EN.code());
    }

    public LocalizedText courseTitle(String german) {
        return text(CourseTextKey.courseTitle(), german);
    }

    public LocalizedText moduleTitle(long moduleId, String german) {
        return text(CourseTextKey.moduleTitle(moduleId), german);
    }

    public LocalizedText exerciseTitle(long exerciseId, String german) {
        return text(CourseTextKey.exerciseTitle(exerciseId), german);
    }

    public LocalizedText exerciseDescription(long exerciseId, String german) {
        return text(CourseTextKey.exerciseDescription(exerciseId), german);
    }

    public LocalizedText topic(String german) {
        return german == null || german.isBlank() ? null : text(CourseTextKey.topic(german), german);
    }

    /** German as typed, for staff pages and for the German half of a certificate */
    public static CourseWording german() {
        return new CourseWording(Language.DE, Map.of());
    }
}
