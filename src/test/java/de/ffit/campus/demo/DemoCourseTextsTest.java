package de.ffit.campus.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import de.ffit.campus.course.control.CourseSheet;
import de.ffit.campus.course.control.CourseSheet.Change;
import de.ffit.campus.course.control.CourseSheet.Item;
import de.ffit.campus.course.entity.CourseTextKey;
import de.ffit.campus.platform.i18n.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The demo seeds its course texts through the real import when the app starts; a draft the checks refuse would
 * stop the demo from starting. Every language of the demo file passes them here first.
 */
class DemoCourseTextsTest {

    @Test
    void everyLanguageOfTheDemoCoursePassesTheImportsChecks() {
        Map<String, Map<String, String>> languages = DemoCourseTexts.load();
        assertEquals(List.of("en", "ar", "fa", "uk", "tr", "ps", "kmr", "ti", "ru"), List.copyOf(languages.keySet()));
        List<String> german = List.copyOf(languages.get("en").keySet());
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < german.size(); i++) {
            items.add(new Item(CourseTextKey.exerciseTitle(i + 1), german.get(i), 160));
        }
        items.add(new Item(CourseTextKey.topic("Sicher im Netz"), "Sicher im Netz", 200));
        for (Map.Entry<String, Map<String, String>> entry : languages.entrySet()) {
            Language language = Language.of(entry.getKey()).orElseThrow();
            assertEquals(german.size(), entry.getValue().size(), entry.getKey());
            byte[] sheet = DemoCourseTexts.fill(CourseSheet.write(language, items, Map.of(), Map.of()),
                    entry.getValue());
            List<Change> changes = CourseSheet.check(language, CourseSheet.read(language, sheet), items, Map.of());
            assertEquals(items.size(), changes.size(), entry.getKey() + ": every text, the topic included");
            for (Change change : changes) {
                assertFalse(change.reviewed(), "drafts, not yet reviewed by native speakers");
                assertNotEquals(change.source(), change.text(), entry.getKey() + " copies the German");
            }
        }
    }
}
