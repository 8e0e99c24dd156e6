package de.ffit.campus.report.control;

import java.time.LocalDate;
import java.util.List;

/**
 * The figures of an impact report. Definitions (shown on the page and in the PDF):
 * <ul>
 * <li><b>participants</b>: different learners enrolled in a cohort that had a lesson (not cancelled) in the period,
 * not withdrawn before the period began;</li>
 * <li><b>graduates</b>: enrollments that graduated in a cohort finished in the period;</li>
 * <li><b>completion rate</b>: graduates among all enrollments (withdrawn ones too) of the cohorts finished in the
 * period;</li>
 * <li><b>certificates</b>: certificates issued in the period (a reissue does not count again);</li>
 * <li><b>average attendance</b>: present or late among the marks present, late and absent of the lessons held in the
 * period (excused marks do not count);</li>
 * <li><b>withdrawals</b>: enrollments withdrawn in the period.</li>
 * </ul>
 */
public record ImpactReport(LocalDate from, LocalDate to, String organisation, String location, String course,
        Figures total, List<Group> byOrganisation, List<Group> byLocation, List<Group> byCourse,
        List<LanguageCount> byLanguage, List<TrendPoint> quarters, List<TrendPoint> years) {

    /** Groups smaller than this are shown as "&lt; 5" in the report (PDF and CSV). */
    public static final int SMALLEST_GROUP = 5;

    public record Figures(int participants, int graduates, int certificates, Integer completionRate,
            Integer averageAttendance, int withdrawals, int finishedEnrollments) {

        public static final Figures NONE = new Figures(0, 0, 0, null, null, 0, 0);
    }

    public record Group(long id, String name, Figures figures) {
    }

    public record LanguageCount(String code, String name, int learners) {
    }

    /** {@code quarter} 1–4, or 0 for a whole year. */
    public record TrendPoint(int year, int quarter, int participants, int graduates, int certificates) {

        public String label() {
            return quarter == 0 ? String.valueOf(year) : year + " Q" + quarter;
        }
    }

    public boolean isEmpty() {
        return total.participants() == 0 && total.graduates() == 0 && total.certificates() == 0
                && total.withdrawals() == 0;
    }
}
