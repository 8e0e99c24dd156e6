package de.ffit.campus.progress.boundary;

import de.ffit.campus.attendance.entity.Standing;
import de.ffit.campus.platform.i18n.Messages;
import de.ffit.campus.progress.control.CohortProgress;
import de.ffit.campus.progress.entity.LearnerProgress;
import de.ffit.campus.progress.entity.ProgressStatus;
import java.util.List;
import java.util.Locale;

/** One learner's progress as the API shows it; "missing" is said in the caller's language. */
public record ProgressJson(long enrollmentId, long learnerId, String name, ProgressStatus status,
        Attendance attendance, Exercises exercises, List<String> competences, List<String> missing) {

    public record Attendance(int percent, int minimumPercent, int counted, double attended, int remaining,
            Standing standing) {
    }

    public record Exercises(int done, int total, int percent, int pending, List<Module> modules) {
    }

    public record Module(long moduleId, String title, int done, int total) {
    }

    static ProgressJson of(CohortProgress.Row row, Locale locale) {
        LearnerProgress p = row.progress();
        var a = p.attendance();
        return new ProgressJson(row.enrollmentId(), row.learnerId(), row.name(), p.status(),
                new Attendance(a.percent(), a.minimumPercent(), a.counted(), a.credit(), a.remaining(), a.standing()),
                new Exercises(p.done(), p.total(), p.exercisePercent(), p.pending(), p.modules().stream()
                        .map(m -> new Module(m.moduleId(), m.title(), m.done(), m.total())).toList()),
                List.copyOf(p.competences()),
                p.missing().stream().map(m -> Messages.text(locale, m.key(), m.args().toArray())).toList());
    }
}
