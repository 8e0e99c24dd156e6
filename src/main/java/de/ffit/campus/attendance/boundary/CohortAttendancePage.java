package de.ffit.campus.attendance.boundary;

import de.ffit.campus.attendance.control.AttendanceOverview;
import de.ffit.campus.attendance.control.CohortAttendance;
import de.ffit.campus.attendance.entity.Standing;
import de.ffit.campus.platform.error.CampusException;
import de.ffit.campus.platform.security.CurrentUser;
import de.ffit.campus.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.omnifaces.util.Faces;

/** A cohort's attendance at a glance: learners × lessons, shares and standings, and the CSV export. */
@Named
@ViewScoped
public class CohortAttendancePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    AttendanceOverview attendanceOverview;

    private String id;
    private Long cohortId;
    private transient CohortAttendance overview;

    public void load() {
        try {
            overview = attendanceOverview.of(currentUser.actor(), Pages.id(id));
            cohortId = overview.cohortId();
        } catch (CampusException notFound) {
            Pages.notFound();
        }
    }

    public void exportCsv() throws IOException {
        CohortAttendance current = attendanceOverview.of(currentUser.actor(), cohortId);
        Faces.sendFile(Downloads.attendanceCsv(current, Pages.locale()),
                "attendance-" + current.cohortName().replaceAll("[^\\p{L}\\p{N}]+", "-") + ".csv", true);
    }

    public CohortAttendance getOverview() {
        if (overview == null && cohortId != null) {
            overview = attendanceOverview.of(currentUser.actor(), cohortId);
        }
        return overview;
    }

    public long count(String standing) {
        return getOverview().count(Standing.valueOf(standing));
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
