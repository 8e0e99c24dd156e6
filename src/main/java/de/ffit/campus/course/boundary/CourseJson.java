package de.ffit.campus.course.boundary;

import de.ffit.campus.course.entity.Competence;
import de.ffit.campus.course.entity.Course;
import de.ffit.campus.course.entity.CourseModule;
import de.ffit.campus.course.entity.Exercise;
import de.ffit.campus.course.entity.ExcusedCounts;
import de.ffit.campus.course.entity.LateCounts;
import java.util.List;

/** A course with its plan, as the API shows it. */
public record CourseJson(long id, String title, String description, Rule rule, List<ModuleJson> modules,
        long version) {

    public record Rule(int minAttendancePercent, LateCounts lateCounts, ExcusedCounts excusedCounts,
            int minExercisePercent) {
    }

    public record ModuleJson(long id, int position, String title, String description, List<ExerciseJson> exercises,
            long version) {

        static ModuleJson of(CourseModule m) {
            return new ModuleJson(m.getId(), m.getSortOrder() + 1, m.getTitle(), m.getDescription(),
                    m.getExercises().stream().map(ExerciseJson::of).toList(), m.getVersion());
        }
    }

    public record ExerciseJson(long id, long moduleId, int position, String title, String description,
            boolean mandatory, List<String> competences, long version) {

        static ExerciseJson of(Exercise e) {
            return new ExerciseJson(e.getId(), e.getModule().getId(), e.getSortOrder() + 1, e.getTitle(),
                    e.getDescription(), e.isMandatory(),
                    e.getCompetencesInOrder().stream().map(Competence::getCode).toList(), e.getVersion());
        }
    }

    static CourseJson of(Course c) {
        var r = c.getRule();
        return new CourseJson(c.getId(), c.getTitle(), c.getDescription(),
                new Rule(r.getMinAttendancePercent(), r.getLateCounts(), r.getExcusedCounts(),
                        r.getMinExercisePercent()),
                c.getModules().stream().map(ModuleJson::of).toList(), c.getVersion());
    }
}
