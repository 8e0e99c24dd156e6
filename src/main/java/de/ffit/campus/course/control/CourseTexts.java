package de.ffit.campus.course.control;

import de.ffit.campus.platform.i18n.Language;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Course content in the reader's language: the translations volunteers made of what coordinators typed in German. */
@Stateless
public class CourseTexts {

    @PersistenceContext(unitName = "ffit")
    EntityManager em;

    /** the wording of one course for a reader of {@code language}, in one query */
    public CourseWording wording(long courseId, Language language) {
        return wordings(Set.of(courseId), language).get(courseId);
    }

    /** the wordings of several courses (a learner in two cohorts) for one reader, in one query */
    public Map<Long, CourseWording> wordings(Collection<Long> courseIds, Language language) {
        Map<Long, Map<String, Map<String, String>>> byCourse = new HashMap<>();
        courseIds.forEach(id -> byCourse.put(id, new HashMap<>()));
        if (language != Language.DE && !courseIds.isEmpty()) {
            List<Object[]> rows = em.createQuery("select t.course.id, t.key, t.language, t.text from CourseText t "
                            + "where t.course.id in :courses and t.language in :languages", Object[].class)
                    .setParameter("courses", courseIds)
                    .setParameter("languages", List.of(language.code(), Language.EN.code()))
                    .getResultList();
            for (Object[] row : rows) {
                byCourse.computeIfAbsent((Long) row[0], k -> new HashMap<>())
                        .computeIfAbsent((String) row[1], k -> new HashMap<>())
                        .put((String) row[2], (String) row[3]);
            }
        }
        Map<Long, CourseWording> result = new HashMap<>();
        byCourse.forEach((id, texts) -> result.put(id, new CourseWording(language, texts)));
        return result;
    }
}
