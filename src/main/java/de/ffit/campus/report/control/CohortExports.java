package de.ffit.campus.report.control;

import de.ffit.campus.cohort.control.Cohorts;
import de.ffit.campus.cohort.entity.Cohort;
import de.ffit.campus.cohort.entity.Enrollment;
import de.ffit.campus.platform.export.Spreadsheet;
import de.ffit.campus.platform.i18n.Language;
import de.ffit.campus.platform.i18n.Messages;
import de.ffit.campus.platform.security.Actor;
import de.ffit.campus.progress.control.CohortProgress;
import de.ffit.campus.progress.control.Progress;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A cohort's lists as CSV for the office (see {@link Spreadsheet}: UTF-8 for Excel, every cell quoted, formulas
 * neutralised): who is enrolled, and each learner's progress. For the organisation's own use, so with names,
 * for everyone who may see the cohort.
 */
@Stateless
public class CohortExports {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Inject
    Cohorts cohorts;

    @Inject
    Progress progress;

    public record Csv(String fileName, byte[] bytes) {
    }

    public Csv learners(Actor actor, long cohortId, Locale locale) {
        Cohort cohort = cohorts.find(actor, cohortId);
        List<String> header = List.of(t(locale, "field.name"), t(locale, "field.nameOriginal"),
                t(locale, "field.code"), t(locale, "field.preferredLanguage"), t(locale, "field.status"),
                t(locale, "export.enrolledOn"), t(locale, "export.withdrawnOn"));
        List<List<String>> rows = new ArrayList<>();
        cohort.getEnrollments().stream()
                .sorted(Comparator.comparing((Enrollment e) -> e.getLearner().getName(), String.CASE_INSENSITIVE_ORDER))
                .forEach(e -> rows.add(List.of(e.getLearner().getName(), orEmpty(e.getLearner().getNameOriginal()),
                        e.getLearner().getCode(), Language.of(e.getLearner().getPreferredLanguage())
                                .map(Language::nativeName).orElse(e.getLearner().getPreferredLanguage()),
                        t(locale, "enrollmentStatus." + e.getStatus()), day(e.getEnrolledOn()),
                        day(e.getWithdrawnOn()))));
        return new Csv(fileName("learners", cohort.getName()), Spreadsheet.csv(header, rows));
    }

    public Csv progress(Actor actor, long cohortId, Locale locale) {
        CohortProgress cohort = progress.cohort(actor, cohortId);
        List<String> header = new ArrayList<>(List.of(t(locale, "field.name"), t(locale, "field.nameOriginal"),
                t(locale, "field.status"), t(locale, "export.attendancePercent"), t(locale, "export.exercisesDone"),
                t(locale, "export.exercisesTotal")));
        cohort.modules().forEach(m -> header.add(m.title()));
        header.add(t(locale, "export.missing"));
        List<List<String>> rows = new ArrayList<>();
        for (CohortProgress.Row row : cohort.rows()) {
            List<String> cells = new ArrayList<>(List.of(row.name(), orEmpty(row.nameOriginal()),
                    t(locale, "progressStatus." + row.progress().status()),
                    String.valueOf(row.progress().attendance().percent()), String.valueOf(row.progress().done()),
                    String.valueOf(row.progress().total())));
            for (CohortProgress.Module module : cohort.modules()) {
                cells.add(row.progress().modules().stream().filter(m -> m.moduleId() == module.id()).findFirst()
                        .map(m -> m.done() + "/" + m.total()).orElse(""));
            }
            cells.add(String.join("; ", row.progress().missing().stream().map(m -> m.in(locale)).toList()));
            rows.add(cells);
        }
        return new Csv(fileName("progress", cohort.cohortName()), Spreadsheet.csv(header, rows));
    }

    private static String t(Locale locale, String key) {
        return Messages.text(locale, key);
    }

    private static String day(LocalDate day) {
        return day == null ? "" : day.format(DAY);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    static String fileName(String kind, String cohort) {
        return kind + "-" + cohort.replaceAll("[^\\p{L}\\p{N}]+", "-") + ".csv";
    }
}
