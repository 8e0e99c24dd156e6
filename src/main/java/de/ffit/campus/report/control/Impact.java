package de.ffit.campus.report.control;

import de.ffit.campus.cohort.control.Participation;
import de.ffit.campus.platform.error.CampusException;
import de.ffit.campus.platform.i18n.Language;
import de.ffit.campus.platform.persistence.CampusDataSource;
import de.ffit.campus.platform.security.Actor;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * Computes impact reports with a handful of aggregate queries (see {@link ImpactReport} for what each figure means),
 * whatever the number of learners: the database counts, the application only adds groups up. Coordinators see their
 * organisation; admins any one, or all of them together.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Impact {

    /** The longest period a report may cover. */
    static final int MAX_YEARS = 10;

    @Resource(lookup = CampusDataSource.JNDI_NAME)
    DataSource dataSource;

    public ImpactReport report(Actor actor, ImpactFilter asked) {
        ImpactFilter filter = check(actor, asked);
        try (Connection db = dataSource.getConnection()) {
            return report(db, filter);
        } catch (SQLException e) {
            throw new IllegalStateException("impact report failed: " + e.getMessage(), e);
        }
    }

    /** The filter as it applies: the period checked, the organisation fixed for non-admins, the filters known. */
    ImpactFilter check(Actor actor, ImpactFilter f) {
        if (!actor.isCoordinator()) {
            throw CampusException.forbidden();
        }
        if (f.from() == null) {
            throw CampusException.invalid("error.report.from", "from");
        }
        if (f.to() == null) {
            throw CampusException.invalid("error.report.to", "to");
        }
        if (f.from().isAfter(f.to())) {
            throw CampusException.invalid("error.report.period", "from", f.from(), f.to());
        }
        if (ChronoUnit.YEARS.between(f.from(), f.to()) >= MAX_YEARS) {
            throw CampusException.invalid("error.report.tooLong", "to", MAX_YEARS);
        }
        Long organisation = f.organisationId();
        if (!actor.isAdmin()) {
            if (organisation != null && organisation != actor.organisationId()) {
                throw CampusException.invalid("error.report.unknownFilter", "organisationId", organisation);
            }
            organisation = actor.organisationId();
        }
        try (Connection db = dataSource.getConnection()) {
            if (organisation != null && !exists(db, "select 1 from organisation where id = ?", organisation)) {
                throw CampusException.invalid("error.report.unknownFilter", "organisationId", organisation);
            }
            if (f.locationId() != null && !exists(db, "select 1 from location where id = ?"
                    + (organisation == null ? "" : " and organisation_id = " + organisation), f.locationId())) {
                throw CampusException.invalid("error.report.unknownFilter", "locationId", f.locationId());
            }
            if (f.courseId() != null && !exists(db, "select 1 from course where id = ?"
                    + (organisation == null ? "" : " and organisation_id = " + organisation), f.courseId())) {
                throw CampusException.invalid("error.report.unknownFilter", "courseId", f.courseId());
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new ImpactFilter(f.from(), f.to(), organisation, f.locationId(), f.courseId());
    }

    private static boolean exists(Connection db, String sql, long id) throws SQLException {
        try (PreparedStatement q = db.prepareStatement(sql)) {
            q.setLong(1, id);
            try (ResultSet r = q.executeQuery()) {
                return r.next();
            }
        }
    }

    // ---- the queries ----------------------------------------------------------------------------------------

    /** Counts of one (organisation, location, course) group. */
    private static final class Tally {
        final Set<Long> learners = new HashSet<>();
        int graduates;
        int finished;
        int certificates;
        int withdrawals;
        long attended;
        long marked;

        void add(Tally other) {
            learners.addAll(other.learners);
            graduates += other.graduates;
            finished += other.finished;
            certificates += other.certificates;
            withdrawals += other.withdrawals;
            attended += other.attended;
            marked += other.marked;
        }

        ImpactReport.Figures figures() {
            return new ImpactReport.Figures(learners.size(), graduates, certificates,
                    finished == 0 ? null : (int) Math.round(100.0 * graduates / finished),
                    marked == 0 ? null : (int) Math.round(100.0 * attended / marked), withdrawals, finished);
        }
    }

    private record Key(long organisation, long location, long course) {
    }

    private ImpactReport report(Connection db, ImpactFilter f) throws SQLException {
        Map<Key, Tally> tallies = new HashMap<>();
        Function<ResultSet, Tally> tally = r -> {
            try {
                return tallies.computeIfAbsent(new Key(r.getLong(1), r.getLong(2), r.getLong(3)), k -> new Tally());
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        };
        Map<String, Set<Long>> languages = new TreeMap<>();

        // participants: enrolled by the period's end, with a lesson in it not after their withdrawal; the rule
        // the cohort list and the cohort's overview count with
        query(db, "select distinct c.organisation_id, c.location_id, c.course_id, e.learner_id, lr.preferred_language "
                + "from enrollment e join cohort c on c.id = e.cohort_id join learner lr on lr.id = e.learner_id "
                + "where " + scope(f) + " and " + Participation.IN_PERIOD, f, List.of(f.to(), f.from(), f.to()), r -> {
                    tally.apply(r).learners.add(r.getLong(4));
                    languages.computeIfAbsent(r.getString(5), k -> new HashSet<>()).add(r.getLong(4));
                });
        // graduates and all enrollments of the cohorts finished in the period
        query(db, "select c.organisation_id, c.location_id, c.course_id, "
                + "sum(case when e.status = 'GRADUATED' then 1 else 0 end), count(*) "
                + "from enrollment e join cohort c on c.id = e.cohort_id "
                + "where " + scope(f) + " and c.finished_on between ? and ? "
                + "group by c.organisation_id, c.location_id, c.course_id", f, List.of(f.from(), f.to()), r -> {
                    Tally t = tally.apply(r);
                    t.graduates += r.getInt(4);
                    t.finished += r.getInt(5);
                });
        query(db, "select c.organisation_id, c.location_id, c.course_id, count(*) "
                + "from enrollment e join cohort c on c.id = e.cohort_id "
                + "where " + scope(f) + " and e.withdrawn_on between ? and ? "
                + "group by c.organisation_id, c.location_id, c.course_id", f, List.of(f.from(), f.to()),
                r -> tally.apply(r).withdrawals += r.getInt(4));
        // first issues only: a reissue replaces a certificate and does not count again
        query(db, "select c.organisation_id, c.location_id, c.course_id, count(*) "
                + "from certificate x join enrollment e on e.id = x.enrollment_id join cohort c on c.id = e.cohort_id "
                + "where " + scope(f) + " and x.replaces_id is null and x.issued_on between ? and ? "
                + "group by c.organisation_id, c.location_id, c.course_id", f, List.of(f.from(), f.to()),
                r -> tally.apply(r).certificates += r.getInt(4));
        query(db, "select c.organisation_id, c.location_id, c.course_id, "
                + "sum(case when a.status in ('PRESENT', 'LATE') then 1 else 0 end), "
                + "sum(case when a.status in ('PRESENT', 'LATE', 'ABSENT') then 1 else 0 end) "
                + "from attendance_record a join lesson l on l.id = a.lesson_id join cohort c on c.id = l.cohort_id "
                + "where " + scope(f) + " and l.state = 'HELD' and l.lesson_date between ? and ? "
                + "group by c.organisation_id, c.location_id, c.course_id", f, List.of(f.from(), f.to()), r -> {
                    Tally t = tally.apply(r);
                    t.attended += r.getLong(4);
                    t.marked += r.getLong(5);
                });

        Tally total = new Tally();
        Map<Long, Tally> byOrganisation = new HashMap<>();
        Map<Long, Tally> byLocation = new HashMap<>();
        Map<Long, Tally> byCourse = new HashMap<>();
        tallies.forEach((key, t) -> {
            total.add(t);
            byOrganisation.computeIfAbsent(key.organisation(), k -> new Tally()).add(t);
            byLocation.computeIfAbsent(key.location(), k -> new Tally()).add(t);
            byCourse.computeIfAbsent(key.course(), k -> new Tally()).add(t);
        });
        if (f.organisationId() != null && f.locationId() == null && f.courseId() == null) {
            // certificates of learners deleted since (their enrollment is gone) still count in the total
            total.certificates += count(db, "select count(*) from certificate x where x.organisation_id = ? "
                    + "and x.enrollment_id is null and x.replaces_id is null and x.issued_on between ? and ?",
                    List.of(f.organisationId(), f.from(), f.to()));
        }

        List<ImpactReport.LanguageCount> byLanguage = new ArrayList<>();
        languages.forEach((code, learners) -> byLanguage.add(new ImpactReport.LanguageCount(code,
                Language.of(code).map(Language::nativeName).orElse(code), learners.size())));
        byLanguage.sort(Comparator.comparingInt(ImpactReport.LanguageCount::learners).reversed()
                .thenComparing(ImpactReport.LanguageCount::code));

        return new ImpactReport(f.from(), f.to(), name(db, "organisation", f.organisationId()),
                name(db, "location", f.locationId()), f.courseId() == null ? null : title(db, f.courseId()),
                total.figures(), groups(db, "organisation", "name", byOrganisation, f.organisationId() == null),
                groups(db, "location", "name", byLocation, true), groups(db, "course", "title", byCourse, true),
                byLanguage, trend(db, f.trend(), true), trend(db, f.trend(), false));
    }

    /** Participants, graduates and certificates per quarter (or per year) of the trend's five years. */
    private List<ImpactReport.TrendPoint> trend(Connection db, ImpactFilter f, boolean quarters) throws SQLException {
        String quarter = quarters ? "quarter(%s)" : "0";
        Map<String, int[]> points = new TreeMap<>();
        // a learner counts in a quarter with a lesson while enrolled
        query(db, "select year(l.lesson_date), " + quarter.formatted("l.lesson_date") + ", count(distinct e.learner_id) "
                + "from lesson l join cohort c on c.id = l.cohort_id join enrollment e on e.cohort_id = c.id "
                + "where " + scope(f) + " and l.state <> 'CANCELLED' and l.lesson_date between ? and ? "
                + "and e.enrolled_on <= l.lesson_date and (e.withdrawn_on is null or e.withdrawn_on >= l.lesson_date) "
                + "group by year(l.lesson_date)" + (quarters ? ", quarter(l.lesson_date)" : ""), f,
                List.of(f.from(), f.to()), r -> point(points, r)[0] = r.getInt(3));
        query(db, "select year(c.finished_on), " + quarter.formatted("c.finished_on") + ", count(*) "
                + "from enrollment e join cohort c on c.id = e.cohort_id where " + scope(f)
                + " and e.status = 'GRADUATED' and c.finished_on between ? and ? "
                + "group by year(c.finished_on)" + (quarters ? ", quarter(c.finished_on)" : ""), f,
                List.of(f.from(), f.to()), r -> point(points, r)[1] = r.getInt(3));
        query(db, "select year(x.issued_on), " + quarter.formatted("x.issued_on") + ", count(*) "
                + "from certificate x join enrollment e on e.id = x.enrollment_id join cohort c on c.id = e.cohort_id "
                + "where " + scope(f) + " and x.replaces_id is null and x.issued_on between ? and ? "
                + "group by year(x.issued_on)" + (quarters ? ", quarter(x.issued_on)" : ""), f,
                List.of(f.from(), f.to()), r -> point(points, r)[2] = r.getInt(3));
        // every quarter (or year) of the five years, empty ones too, so that a chart shows the gaps
        List<ImpactReport.TrendPoint> trend = new ArrayList<>();
        for (int year = f.from().getYear(); year <= f.to().getYear(); year++) {
            for (int q = quarters ? 1 : 0; q <= (quarters ? 4 : 0); q++) {
                if (quarters && LocalDate.of(year, 3 * q - 2, 1).isAfter(f.to())) {
                    break;
                }
                int[] n = points.getOrDefault(year + "/" + q, new int[3]);
                trend.add(new ImpactReport.TrendPoint(year, q, n[0], n[1], n[2]));
            }
        }
        return trend;
    }

    private static int[] point(Map<String, int[]> points, ResultSet r) throws SQLException {
        return points.computeIfAbsent(r.getInt(1) + "/" + r.getInt(2), k -> new int[3]);
    }

    /** The cohort conditions of the filter, on alias {@code c}; their values are bound first. */
    private static String scope(ImpactFilter f) {
        StringBuilder sql = new StringBuilder("1 = 1");
        if (f.organisationId() != null) {
            sql.append(" and c.organisation_id = ?");
        }
        if (f.locationId() != null) {
            sql.append(" and c.location_id = ?");
        }
        if (f.courseId() != null) {
            sql.append(" and c.course_id = ?");
        }
        return sql.toString();
    }

    private interface Row {
        void accept(ResultSet r) throws SQLException;
    }

    private static void query(Connection db, String sql, ImpactFilter f, List<Object> more, Row each)
            throws SQLException {
        List<Object> values = new ArrayList<>();
        if (f.organisationId() != null) {
            values.add(f.organisationId());
        }
        if (f.locationId() != null) {
            values.add(f.locationId());
        }
        if (f.courseId() != null) {
            values.add(f.courseId());
        }
        values.addAll(more);
        try (PreparedStatement q = db.prepareStatement(sql)) {
            bind(q, values);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    each.accept(r);
                }
            }
        }
    }

    private static int count(Connection db, String sql, List<Object> values) throws SQLException {
        try (PreparedStatement q = db.prepareStatement(sql)) {
            bind(q, values);
            try (ResultSet r = q.executeQuery()) {
                return r.next() ? r.getInt(1) : 0;
            }
        }
    }

    private static void bind(PreparedStatement q, List<Object> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            q.setObject(i + 1, values.get(i));
        }
    }

    private static String name(Connection db, String table, Long id) throws SQLException {
        return id == null ? null : names(db, table, "name", Set.of(id)).get(id);
    }

    private static String title(Connection db, long id) throws SQLException {
        return names(db, "course", "title", Set.of(id)).get(id);
    }

    private static Map<Long, String> names(Connection db, String table, String column, Set<Long> ids)
            throws SQLException {
        Map<Long, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        String in = String.join(",", ids.stream().map(String::valueOf).toList());
        try (PreparedStatement q = db.prepareStatement("select id, " + column + " from " + table + " where id in ("
                + in + ")"); ResultSet r = q.executeQuery()) {
            while (r.next()) {
                names.put(r.getLong(1), r.getString(2));
            }
        }
        return names;
    }

    /** Groups by name; empty unless wanted (an organisation's report has one organisation). */
    private static List<ImpactReport.Group> groups(Connection db, String table, String column, Map<Long, Tally> by,
            boolean wanted) throws SQLException {
        if (!wanted) {
            return List.of();
        }
        Map<Long, String> names = names(db, table, column, by.keySet());
        Map<Long, ImpactReport.Group> groups = new LinkedHashMap<>();
        by.forEach((id, t) -> groups.put(id, new ImpactReport.Group(id, names.getOrDefault(id, "#" + id),
                t.figures())));
        return groups.values().stream().sorted(Comparator.comparing(ImpactReport.Group::name,
                String.CASE_INSENSITIVE_ORDER)).toList();
    }
}
