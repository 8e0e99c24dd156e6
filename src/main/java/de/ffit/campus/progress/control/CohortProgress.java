package de.ffit.campus.progress.control;

import de.ffit.campus.cohort.entity.CohortPhase;
import de.ffit.campus.cohort.entity.EnrollmentStatus;
import de.ffit.campus.course.entity.GraduationRule;
import de.ffit.campus.progress.entity.CompletionState;
import de.ffit.campus.progress.entity.LearnerProgress;
import de.ffit.campus.progress.entity.ProgressStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A cohort's progress: the rule in force (and since when), its exercises by module, and each learner's marks,
 * completions and computed progress. Built in a fixed number of queries, however many learners there are.
 *
 * @param lessonToday the lesson held today, for "mark for everyone present today", or null
 */
public record CohortProgress(long cohortId, String cohortName, String courseTitle, GraduationRule rule,
        LocalDate ruleFrozenOn, LocalDate finishedOn, CohortPhase phase, List<Module> modules,
        List<LearnerProgress.PlannedExercise> exercises, List<Row> rows, Long lessonToday) {

    public record Module(long id, String title, List<LearnerProgress.PlannedExercise> exercises) {
    }

    public record Row(long enrollmentId, long learnerId, String name, String nameOriginal, String language,
            EnrollmentStatus enrollment, Map<Long, CompletionState> completions, LearnerProgress progress) {

        /** for EL: the state of one exercise, or null */
        public CompletionState state(long exerciseId) {
            return completions.get(exerciseId);
        }

        public ProgressStatus getStatus() {
            return progress.status();
        }
    }

    public long count(ProgressStatus status) {
        return rows.stream().filter(r -> r.progress().status() == status).count();
    }

    public boolean isFinished() {
        return finishedOn != null;
    }
}
