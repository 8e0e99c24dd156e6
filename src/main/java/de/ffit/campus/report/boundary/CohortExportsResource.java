package de.ffit.campus.report.boundary;

import de.ffit.campus.attendance.boundary.Downloads;
import de.ffit.campus.attendance.control.AttendanceOverview;
import de.ffit.campus.attendance.control.CohortAttendance;
import de.ffit.campus.platform.rest.CampusApi;
import de.ffit.campus.platform.rest.RequestLanguage;
import de.ffit.campus.platform.security.CurrentUser;
import de.ffit.campus.report.control.CohortExports;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/cohorts/{id}/export/learners.csv}, {@code …/attendance.csv}, {@code …/progress.csv}: a cohort's
 * lists as CSV (UTF-8 with BOM, semicolons, formulas neutralised), headings in the caller's language.
 */
@Tag(name = "Reports")
@SecurityRequirement(name = CampusApi.BASIC)
@APIResponse(responseCode = "401", ref = CampusApi.UNAUTHORIZED)
@APIResponse(responseCode = "404", ref = CampusApi.NOT_FOUND)
@Path("cohorts/{id}/export")
@RequestScoped
@Produces("text/csv")
public class CohortExportsResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    CohortExports exports;

    @Inject
    AttendanceOverview attendanceOverview;

    @Context
    HttpHeaders headers;

    @Operation(summary = "A cohort’s learners as CSV")
    @GET
    @Path("learners.csv")
    public Response learners(@PathParam("id") long id) {
        return send(exports.learners(currentUser.actor(), id, RequestLanguage.of(headers)));
    }

    @Operation(summary = "A cohort’s progress as CSV")
    @GET
    @Path("progress.csv")
    public Response progress(@PathParam("id") long id) {
        return send(exports.progress(currentUser.actor(), id, RequestLanguage.of(headers)));
    }

    @Operation(summary = "A cohort’s attendance as CSV")
    @GET
    @Path("attendance.csv")
    public Response attendance(@PathParam("id") long id) {
        CohortAttendance overview = attendanceOverview.of(currentUser.actor(), id);
        return send(new CohortExports.Csv("attendance-" + overview.cohortName().replaceAll("[^\\p{L}\\p{N}]+", "-")
                + ".csv", Downloads.attendanceCsv(overview, RequestLanguage.of(headers))));
    }

    private static Response send(CohortExports.Csv csv) {
        // a header is ASCII: the name with umlauts or Arabic letters goes in filename*, a plain one beside it
        String plain = csv.fileName().replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = URLEncoder.encode(csv.fileName(), StandardCharsets.UTF_8)
                .replace("+", "%20");
        return Response.ok(csv.bytes(), "text/csv; charset=UTF-8").header("Content-Disposition",
                "attachment; filename=\"" + plain + "\"; filename*=UTF-8''" + encoded).build();
    }
}
