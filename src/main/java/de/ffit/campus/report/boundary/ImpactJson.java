package de.ffit.campus.report.boundary;

import de.ffit.campus.report.control.ImpactReport;
import java.time.LocalDate;
import java.util.List;

/**
 * The JSON of {@code GET /api/reports/impact}: the figures of the whole scope at the top, then by organisation (admins
 * across organisations), location, course and language, and the trend. Exact counts: the "&lt; 5" of the report
 * files is for reports that leave the organisation; this answers the organisation's own coordinators and admins.
 */
public record ImpactJson(LocalDate from, LocalDate to, String organisation, String location, String course,
        int participants, int graduates, int certificates, Integer completionRate, Integer averageAttendance,
        int withdrawals, List<Group> byOrganisation, List<Group> byLocation, List<Group> byCourse,
        List<ImpactReport.LanguageCount> byLanguage, Trend trend) {

    public record Group(long id, String name, int participants, int graduates, int certificates,
            Integer completionRate, Integer averageAttendance, int withdrawals) {

        static Group of(ImpactReport.Group g) {
            ImpactReport.Figures f = g.figures();
            return new Group(g.id(), g.name(), f.participants(), f.graduates(), f.certificates(), f.completionRate(),
                    f.averageAttendance(), f.withdrawals());
        }
    }

    public record Trend(List<ImpactReport.TrendPoint> quarters, List<ImpactReport.TrendPoint> years) {
    }

    static ImpactJson of(ImpactReport r) {
        ImpactReport.Figures f = r.total();
        return new ImpactJson(r.from(), r.to(), r.organisation(), r.location(), r.course(), f.participants(),
                f.graduates(), f.certificates(), f.completionRate(), f.averageAttendance(), f.withdrawals(),
                r.byOrganisation().stream().map(Group::of).toList(), r.byLocation().stream().map(Group::of).toList(),
                r.byCourse().stream().map(Group::of).toList(), r.byLanguage(), new Trend(r.quarters(), r.years()));
    }
}
