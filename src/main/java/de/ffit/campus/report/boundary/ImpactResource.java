package de.ffit.campus.report.boundary;

import de.ffit.campus.platform.error.CampusException;
import de.ffit.campus.platform.rest.CampusApi;
import de.ffit.campus.platform.rest.RequestLanguage;
import de.ffit.campus.platform.security.CurrentUser;
import de.ffit.campus.report.control.Impact;
import de.ffit.campus.report.control.ImpactFiles;
import de.ffit.campus.report.control.ImpactFilter;
import de.ffit.campus.report.control.ImpactReport;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/reports/impact?from=YYYY-MM-DD&to=YYYY-MM-DD}, optionally {@code &locationId= &courseId=} and, for
 * admins, {@code &organisationId=} (without it: all organisations): the impact figures as JSON, and the same as
 * {@code impact.csv} and {@code impact.pdf}. Coordinators and admins only.
 */
@Tag(name = "Reports")
@SecurityRequirement(name = CampusApi.BASIC)
@APIResponse(responseCode = "401", ref = CampusApi.UNAUTHORIZED)
@APIResponse(responseCode = "404", ref = CampusApi.NOT_FOUND)
@Path("reports")
@RequestScoped
public class ImpactResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    Impact impact;

    @Inject
    Clock clock;

    @Context
    HttpHeaders headers;

    @Operation(summary = "Impact figures for a period")
    @APIResponse(responseCode = "401", ref = CampusApi.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = CampusApi.NOT_FOUND)
    @APIResponse(responseCode = "400", ref = CampusApi.INVALID)
    @GET
    @Path("impact")
    @Produces(MediaType.APPLICATION_JSON)
    public ImpactJson json(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("organisationId") String organisationId, @QueryParam("locationId") String locationId,
            @QueryParam("courseId") String courseId) {
        return ImpactJson.of(report(from, to, organisationId, locationId, courseId));
    }

    @Operation(summary = "Impact figures for a period as CSV")
    @APIResponse(responseCode = "401", ref = CampusApi.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = CampusApi.NOT_FOUND)
    @APIResponse(responseCode = "400", ref = CampusApi.INVALID)
    @GET
    @Path("impact.csv")
    @Produces("text/csv")
    public Response csv(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("organisationId") String organisationId, @QueryParam("locationId") String locationId,
            @QueryParam("courseId") String courseId) {
        ImpactReport report = report(from, to, organisationId, locationId, courseId);
        return Response.ok(ImpactFiles.csv(report, RequestLanguage.of(headers)), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName(report) + ".csv\"").build();
    }

    @Operation(summary = "Impact figures for a period as PDF")
    @APIResponse(responseCode = "401", ref = CampusApi.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = CampusApi.NOT_FOUND)
    @APIResponse(responseCode = "400", ref = CampusApi.INVALID)
    @GET
    @Path("impact.pdf")
    @Produces("application/pdf")
    public Response pdf(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("organisationId") String organisationId, @QueryParam("locationId") String locationId,
            @QueryParam("courseId") String courseId) {
        ImpactReport report = report(from, to, organisationId, locationId, courseId);
        return Response.ok(ImpactFiles.pdf(report, RequestLanguage.of(headers), LocalDate.now(clock)),
                "application/pdf").header("Content-Disposition", "inline; filename=\"" + fileName(report) + ".pdf\"")
                .build();
    }

    static String fileName(ImpactReport report) {
        return "impact-" + report.from() + "-" + report.to();
    }

    private ImpactReport report(String from, String to, String organisationId, String locationId, String courseId) {
        return impact.report(currentUser.actor(), new ImpactFilter(date(from, "from"), date(to, "to"),
                id(organisationId, "organisationId"), id(locationId, "locationId"), id(courseId, "courseId")));
    }

    static LocalDate date(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            throw CampusException.invalid("error.report." + field, field);
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw CampusException.invalid("error.report.date", field, raw);
        }
    }

    static Long id(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (!raw.strip().matches("\\d{1,18}")) {
            throw CampusException.invalid("error.report.unknownFilter", field, raw);
        }
        return Long.valueOf(raw.strip());
    }
}
