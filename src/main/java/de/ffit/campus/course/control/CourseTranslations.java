package de.ffit.campus.course.control;

import de.ffit.campus.audit.control.AuditTrail;
import de.ffit.campus.audit.entity.AuditAction;
import de.ffit.campus.course.control.CourseSheet.Change;
import de.ffit.campus.course.control.CourseSheet.Current;
import de.ffit.campus.course.control.CourseSheet.Item;
import de.ffit.campus.course.entity.Course;
import de.ffit.campus.course.entity.CourseModule;
import de.ffit.campus.course.entity.CourseText;
import de.ffit.campus.course.entity.CourseTextKey;
import de.ffit.campus.course.entity.Exercise;
import de.ffit.campus.platform.error.CampusException;
import de.ffit.campus.platform.i18n.Language;
import de.ffit.campus.platform.security.Actor;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The translators' side of course content: a course's texts in one language as a spreadsheet, the sheet imported
 * back (all of it or nothing, see {@link CourseSheet} for the checks), and how complete each language is.
 * Coordinators only, in their own organisation; every stored text is recorded in the audit trail.
 */
@Stateless
public class CourseTranslations {

    /** a course of a hundred exercises makes a sheet of about 60 KB; a file ten times that is no sheet */
    public static final int MAX_FILE_BYTES = 1024 * 1024;
    static final String SUBJECT = "CourseText";

    @PersistenceContext(unitName = "ffit")
    EntityManager em;

    @Inject
    Courses courses;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** A sheet to download. */
    public record Sheet(String fileName, byte[] csv) {
    }

    /** What an import stored: texts new or changed, and how many of them were translated from an older German. */
    public record Imported(Language language, int saved, int outdated) {
    }

    /** How far one language is: texts translated from the current German, outdated, missing, not yet reviewed. */
    public record LanguageState(Language language, int total, int translated, int outdated, int unreviewed,
            List<Item> missing, List<Item> outdatedItems) implements Serializable {

        public boolean isComplete() {
            return missing.isEmpty() && outdatedItems.isEmpty();
        }

        /** for EL */
        public Language getLanguage() {
            return language;
        }

        public int getTotal() {
            return total;
        }

        public int getTranslated() {
            return translated;
        }

        public int getOutdated() {
            return outdated;
        }

        public int getUnreviewed() {
            return unreviewed;
        }

        public List<Item> getMissing() {
            return missing;
        }

        public List<Item> getOutdatedItems() {
            return outdatedItems;
        }
    }

    /** the course whose texts a coordinator translates, in the actor's organisation */
    public Course course(Actor actor, Long courseId) {
        actor.requireCoordinator();
        return courses.find(actor, courseId);
    }

    public Sheet export(Actor actor, long courseId, String languageCode) {
        actor.requireCoordinator();
        Language language = translatable(languageCode);
        Course course = courses.findWithPlan(actor, courseId);
        List<Item> items = items(course);
        Map<String, Map<String, CourseText>> stored = stored(course);
        Map<String, String> english = new HashMap<>();
        stored.getOrDefault(Language.EN.code(), Map.of()).forEach((key, text) -> english.put(key, text.getText()));
        byte[] csv = CourseSheet.write(language, items, english, current(stored, language));
        return new Sheet("course-" + course.getId() + "-texts-" + language.code() + ".csv", csv);
    }

    /**
     * Stores the texts of a translated sheet, or nothing: a refusal names every broken row in the user's language
     * (the checks run before anything is written). Each text stored is audited with what it was before.
     */
    public Imported importSheet(Actor actor, long courseId, String languageCode, byte[] file) {
        actor.requireCoordinator();
        Language language = translatable(languageCode);
        Course course = courses.findWithPlan(actor, courseId);
        if (file == null || file.length == 0) {
            throw CampusException.invalid("courseTexts.noFile", "file");
        }
        if (file.length > MAX_FILE_BYTES) {
            throw CampusException.invalid("courseTexts.tooBig", "file", MAX_FILE_BYTES / 1024);
        }
        Map<String, Map<String, CourseText>> stored = stored(course);
        Map<String, CourseText> ofLanguage = stored.getOrDefault(language.code(), Map.of());
        List<Change> changes = CourseSheet.check(language, CourseSheet.read(language, file), items(course),
                current(stored, language));
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        List<CourseText> written = new ArrayList<>();
        for (Change change : changes) {
            CourseText text = ofLanguage.get(change.key().value());
            if (text == null) {
                text = new CourseText(course, change.key(), language.code(), change.text(), change.source(),
                        change.reviewed(), now, actor.username());
                em.persist(text);
            } else {
                text.translate(change.text(), change.source(), change.reviewed(), now, actor.username());
            }
            written.add(text);
        }
        em.flush();
        for (int i = 0; i < changes.size(); i++) {
            Change change = changes.get(i);
            audit.record(actor, SUBJECT, written.get(i).getId(), "course:" + course.getId(),
                    change.before() == null ? AuditAction.CREATED : AuditAction.CHANGED,
                    change.before() == null ? null : values(language, change.key(), change.before()),
                    values(language, change.key(), new Current(change.text(), change.source(), change.reviewed())));
        }
        return new Imported(language, changes.size(), (int) changes.stream().filter(Change::outdated).count());
    }

    /** Every language but German, in the order of {@link Language}, with its state. */
    public List<LanguageState> states(Actor actor, long courseId) {
        actor.requireCoordinator();
        Course course = courses.findWithPlan(actor, courseId);
        List<Item> items = items(course);
        Map<String, Map<String, CourseText>> stored = stored(course);
        List<LanguageState> states = new ArrayList<>();
        for (Language language : Language.all()) {
            if (language == Language.DE) {
                continue;
            }
            Map<String, CourseText> texts = stored.getOrDefault(language.code(), Map.of());
            List<Item> missing = new ArrayList<>();
            List<Item> outdated = new ArrayList<>();
            int translated = 0;
            int unreviewed = 0;
            for (Item item : items) {
                CourseText text = texts.get(item.key().value());
                if (text == null) {
                    missing.add(item);
                    continue;
                }
                if (text.isOutdated(item.german())) {
                    outdated.add(item);
                } else {
                    translated++;
                }
                if (!text.isReviewed()) {
                    unreviewed++;
                }
            }
            states.add(new LanguageState(language, items.size(), translated, outdated.size(), unreviewed,
                    List.copyOf(missing), List.copyOf(outdated)));
        }
        return states;
    }

    /**
     * The texts of a course a learner reads, in the order of the plan: the course's title and description, each
     * module's, each exercise's, then the distinct topics of the lessons of the course's cohorts (by first date).
     * A text whose German is empty has nothing to translate and is left out.
     */
    List<Item> items(Course course) {
        List<Item> items = new ArrayList<>();
        add(items, CourseTextKey.courseTitle(), course.getTitle(), 160);
        add(items, CourseTextKey.courseDescription(), course.getDescription(), 2000);
        for (CourseModule module : course.getModules()) {
            add(items, CourseTextKey.moduleTitle(module.getId()), module.getTitle(), 160);
            add(items, CourseTextKey.moduleDescription(module.getId()), module.getDescription(), 2000);
            for (Exercise exercise : module.getExercises()) {
                add(items, CourseTextKey.exerciseTitle(exercise.getId()), exercise.getTitle(), 200);
                add(items, CourseTextKey.exerciseDescription(exercise.getId()), exercise.getDescription(),
                        CourseText.MAX_LENGTH);
            }
        }
        // JPQL names the cohort feature's entity without importing it: cohorts build on courses, not the reverse
        List<String> topics = em.createQuery("select l.topic from Lesson l where l.cohort.course.id = :course "
                        + "and l.topic is not null order by l.date, l.startTime", String.class)
                .setParameter("course", course.getId()).getResultList();
        Map<CourseTextKey, String> distinct = new LinkedHashMap<>();
        topics.stream().filter(t -> !t.isBlank()).forEach(t -> distinct.putIfAbsent(CourseTextKey.topic(t), t.strip()));
        distinct.forEach((key, german) -> items.add(new Item(key, german, 200)));
        return items;
    }

    private static void add(List<Item> items, CourseTextKey key, String german, int maxLength) {
        if (german != null && !german.isBlank()) {
            items.add(new Item(key, german.strip(), maxLength));
        }
    }

    /** language code to key to text, for the course */
    private Map<String, Map<String, CourseText>> stored(Course course) {
        Map<String, Map<String, CourseText>> byLanguage = new HashMap<>();
        em.createQuery("select t from CourseText t where t.course = :course", CourseText.class)
                .setParameter("course", course).getResultList()
                .forEach(t -> byLanguage.computeIfAbsent(t.getLanguage(), k -> new HashMap<>())
                        .put(t.getKey().value(), t));
        return byLanguage;
    }

    private static Map<String, Current> current(Map<String, Map<String, CourseText>> stored, Language language) {
        Map<String, Current> current = new HashMap<>();
        stored.getOrDefault(language.code(), Map.of()).forEach((key, t) -> current.put(key,
                new Current(t.getText(), t.getSource(), t.isReviewed())));
        return current;
    }

    /** a language whose texts are translations: every one but German, the language the course is typed in */
    private static Language translatable(String code) {
        Language language = Language.of(code).filter(l -> l.code().equals(code))
                .orElseThrow(() -> CampusException.notFound("record.language"));
        if (language == Language.DE) {
            throw CampusException.invalid("courseTexts.sourceLanguage", "language");
        }
        return language;
    }

    private static Map<String, String> values(Language language, CourseTextKey key, Current text) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("language", language.code());
        values.put("key", key.value());
        values.put("text", text.text());
        values.put("source", text.source());
        values.put("reviewed", String.valueOf(text.reviewed()));
        return values;
    }
}
