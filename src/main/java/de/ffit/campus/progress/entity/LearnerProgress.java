package de.ffit.campus.progress.entity;

import de.ffit.campus.attendance.entity.AttendanceShare;
import de.ffit.campus.attendance.entity.Standing;
import de.ffit.campus.cohort.entity.EnrollmentStatus;
import de.ffit.campus.course.entity.GraduationRule;
import de.ffit.campus.platform.i18n.Messages;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A learner's progress, computed from the records and the cohort's rule in force, never stored: attendance,
 * exercises done per module, competences covered, the status, and what is still missing in plain words (as
 * message keys with arguments, so that every language can say it).
 */
public record LearnerProgress(AttendanceShare attendance, int done, int total, int pending,
        List<ModuleProgress> modules, Set<String> competences, List<Missing> missing, ProgressStatus status) {

    /** An exercise as the rule in force counts it. */
    public record PlannedExercise(long id, String title, long moduleId, String moduleTitle, boolean mandatory,
            Collection<String> competences) {
    }

    public record ModuleProgress(long moduleId, String title, int done, int total) {
    }

    /**
     * One thing still missing: a message key and its arguments; {@code exerciseId} names the exercise of
     * "missing.exercise" (null otherwise), so that a page can say its title in the reader's language and tell
     * a reported exercise from one not done.
     */
    public record Missing(String key, List<Object> args, Long exerciseId) {

        public Missing(String key, List<Object> args) {
            this(key, args, null);
        }

        /** the sentence in a language */
        public String in(Locale locale) {
            return Messages.text(locale, key, args.toArray());
        }
    }

    public static LearnerProgress of(GraduationRule rule, List<PlannedExercise> exercises,
            Map<Long, CompletionState> completions, AttendanceShare attendance, EnrollmentStatus enrollment,
            boolean lessonsLeft) {
        Map<Long, int[]> perModule = new LinkedHashMap<>();
        Map<Long, String> moduleTitles = new LinkedHashMap<>();
        Set<String> competences = new TreeSet<>();
        List<Missing> missing = new ArrayList<>();
        int done = 0;
        int pending = 0;
        List<Missing> mandatoryMissing = new ArrayList<>();
        for (PlannedExercise exercise : exercises) {
            moduleTitles.putIfAbsent(exercise.moduleId(), exercise.moduleTitle());
            int[] counts = perModule.computeIfAbsent(exercise.moduleId(), k -> new int[2]);
            counts[1]++;
            CompletionState state = completions.get(exercise.id());
            if (state == CompletionState.CONFIRMED) {
                done++;
                counts[0]++;
                competences.addAll(exercise.competences());
            } else {
                if (state == CompletionState.PENDING) {
                    pending++;
                }
                if (exercise.mandatory()) {
                    mandatoryMissing.add(new Missing("missing.exercise", List.of(exercise.title()), exercise.id()));
                }
            }
        }
        int total = exercises.size();

        // nobody is eligible without having attended at least one lesson that counts (enrolled after the last
        // lesson, or excused from every one): the attendance part of the rule is not met yet
        if (attendance.counted() == 0 || attendance.share() < attendance.minimumPercent() / 100.0 - 1e-9) {
            int lessons = lessonsNeeded(attendance);
            missing.add(lessons < 0 ? new Missing("missing.attendanceUnreachable", List.of())
                    : new Missing("missing.lessons", List.of(Math.max(1, lessons))));
        }
        missing.addAll(mandatoryMissing);
        int needed = (int) Math.ceil(rule.getMinExercisePercent() / 100.0 * total - 1e-9) - done;
        if (needed > 0) {
            missing.add(new Missing("missing.exercises", List.of(needed)));
        }

        List<ModuleProgress> modules = new ArrayList<>();
        perModule.forEach((id, counts) -> modules.add(new ModuleProgress(id, moduleTitles.get(id), counts[0],
                counts[1])));
        return new LearnerProgress(attendance, done, total, pending, modules, competences, missing,
                status(enrollment, missing, attendance, lessonsLeft));
    }

    private static ProgressStatus status(EnrollmentStatus enrollment, List<Missing> missing,
            AttendanceShare attendance, boolean lessonsLeft) {
        if (enrollment == EnrollmentStatus.WITHDRAWN) {
            return ProgressStatus.WITHDRAWN;
        }
        if (enrollment == EnrollmentStatus.GRADUATED) {
            return ProgressStatus.GRADUATED;
        }
        if (missing.isEmpty()) {
            return ProgressStatus.ELIGIBLE;
        }
        if (attendance.standing() != Standing.ON_TRACK || !lessonsLeft) {
            return ProgressStatus.AT_RISK;
        }
        return ProgressStatus.ON_TRACK;
    }

    /**
     * How many of the lessons left they must attend to end at the minimum (all lessons left will count), or -1
     * when even attending all of them is not enough.
     */
    static int lessonsNeeded(AttendanceShare a) {
        double minimum = a.minimumPercent() / 100.0 - 1e-9;
        int atTheEnd = a.counted() + a.remaining();
        for (int k = 0; k <= a.remaining(); k++) {
            if ((a.credit() + k) / atTheEnd >= minimum) {
                return k;
            }
        }
        return -1;
    }

    public boolean isEligible() {
        return status == ProgressStatus.ELIGIBLE;
    }

    public int exercisePercent() {
        return total == 0 ? 100 : (int) Math.floor(100.0 * done / total + 1e-9);
    }
}
