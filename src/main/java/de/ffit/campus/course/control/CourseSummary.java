package de.ffit.campus.course.control;

/** A line of the course list: counted in the database, not by loading every exercise. */
public record CourseSummary(long id, String title, long modules, long exercises, long cohorts) {
}
