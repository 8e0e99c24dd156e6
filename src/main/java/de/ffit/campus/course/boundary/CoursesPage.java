package de.ffit.campus.course.boundary;

import de.ffit.campus.course.control.CourseSummary;
import de.ffit.campus.course.control.Courses;
import de.ffit.campus.platform.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The organisation's courses, with how much each holds and how often it ran. */
@Named
@RequestScoped
public class CoursesPage {

    @Inject
    CurrentUser currentUser;

    @Inject
    Courses courses;

    private List<CourseSummary> all;

    public List<CourseSummary> getCourses() {
        if (all == null) {
            all = courses.list(currentUser.actor());
        }
        return all;
    }
}
