package de.ffit.campus.attendance.control;

import de.ffit.campus.cohort.entity.Lesson;
import de.ffit.campus.cohort.entity.LessonState;
import de.ffit.campus.platform.security.Actor;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The lessons the start page puts first: those to take attendance for now, and those still open. */
@Stateless
public class Agenda {

    static final int OPEN_DAYS = 30;
    static final int NEXT_DAYS = 60;

    @PersistenceContext(unitName = "ffit")
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * The start page's lessons: for each of the actor's cohorts today's lesson, else the next one; then the
     * lessons of the last {@value #OPEN_DAYS} days whose attendance was never taken.
     */
    public List<AgendaItem> agenda(Actor actor) {
        LocalDate today = LocalDate.now(clock);
        String jpql = "select l from Lesson l join fetch l.cohort c join fetch c.location "
                + "where c.organisation.id = :org and l.date between :from and :to and l.state <> :cancelled"
                + (actor.isCoordinator() ? "" : " and exists (select t from Cohort k join k.trainers t "
                        + "where k = c and t.id = :account)")
                + " order by l.date, l.startTime";
        TypedQuery<Lesson> query = em.createQuery(jpql, Lesson.class).setParameter("org", actor.organisationId())
                .setParameter("from", today.minusDays(OPEN_DAYS)).setParameter("to", today.plusDays(NEXT_DAYS))
                .setParameter("cancelled", LessonState.CANCELLED);
        if (!actor.isCoordinator()) {
            query.setParameter("account", actor.accountId());
        }
        List<Lesson> lessons = query.getResultList();
        Map<Long, Long> marked = lessons.isEmpty() ? Map.of() : em.createQuery("select a.lesson.id, count(a) "
                        + "from AttendanceRecord a where a.lesson in :lessons group by a.lesson.id", Object[].class)
                .setParameter("lessons", lessons).getResultList().stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
        List<AgendaItem> upcoming = new ArrayList<>();
        List<AgendaItem> open = new ArrayList<>();
        Set<Long> cohortsWithUpcoming = new HashSet<>();
        for (Lesson l : lessons) {
            long marks = marked.getOrDefault(l.getId(), 0L);
            if (!l.getDate().isBefore(today)) {
                if (cohortsWithUpcoming.add(l.getCohort().getId())) {
                    upcoming.add(item(l, marks, l.getDate().equals(today) ? AgendaItem.Kind.TODAY
                            : AgendaItem.Kind.NEXT));
                }
            } else if (l.getState() == LessonState.PLANNED && marks == 0) {
                open.add(item(l, marks, AgendaItem.Kind.OPEN));
            }
        }
        List<AgendaItem> agenda = new ArrayList<>(upcoming);
        agenda.addAll(open);
        return agenda;
    }

    private static AgendaItem item(Lesson l, long marks, AgendaItem.Kind kind) {
        return new AgendaItem(l.getId(), l.getCohort().getId(), l.getCohort().getName(),
                l.getCohort().getLocation().getName(), l.getDate(), l.getStartTime(), l.getEndTime(), l.getTopic(),
                l.getState(), marks, kind);
    }
}
