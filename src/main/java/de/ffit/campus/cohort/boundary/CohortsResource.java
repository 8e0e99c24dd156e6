package de.ffit.campus.cohort.boundary;

import de.ffit.campus.cohort.control.CohortDraft;
import de.ffit.campus.cohort.control.Cohorts;
import de.ffit.campus.cohort.control.LessonDraft;
import de.ffit.campus.cohort.control.ScheduleDraft;
import de.ffit.campus.cohort.entity.Cohort;
import de.ffit.campus.cohort.entity.Enrollment;
import de.ffit.campus.cohort.entity.Lesson;
import de.ffit.campus.platform.error.CampusException;
import de.ffit.campus.platform.rest.CampusApi;
import de.ffit.campus.platform.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/cohorts}: cohorts, their lessons and enrolments. Trainers read only the cohorts they teach. */
@Tag(name = "Cohorts")
@SecurityRequirement(name = CampusApi.BASIC)
@APIResponse(responseCode = "401", ref = CampusApi.UNAUTHORIZED)
@APIResponse(responseCode = "404", ref = CampusApi.NOT_FOUND)
@Path("cohorts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CohortsResource {

    /** the body of {@code POST /api/cohorts/{id}/enrollments} */
    public record Enrolment(Long learnerId) {
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    Cohorts cohorts;

    @Inject
    Clock clock;

    @Context
    UriInfo uri;

    @Operation(summary = "List the cohorts (trainers: the ones they teach)")
    @GET
    public List<CohortJson.SummaryJson> list() {
        return cohorts.list(currentUser.actor()).stream().map(CohortJson.SummaryJson::of).toList();
    }

    @Operation(summary = "Create a cohort")
    @APIResponse(responseCode = "400", ref = CampusApi.INVALID)
    @APIResponse(responseCode = "409", ref = CampusApi.CONFLICT)
    @APIResponse(responseCode = "413", ref = CampusApi.TOO_LARGE)
    @POST
    public Response create(CohortDraft draft) {
        Cohort cohort = cohorts.create(currentUser.actor(), draft);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(cohort.getId())).build())
                .entity(CohortJson.of(cohort, LocalDate.now(clock))).build();
    }

    @Operation(summary = "Read a cohort")
    @GET
    @Path("{id}")
    public CohortJson get(@PathParam("id") long id) {
        return CohortJson.of(cohorts.find(currentUser.actor(), id), LocalDate.now(clock));
    }

    @Operation(summary = "Change a cohort")
    @APIResponse(responseCode = "400", ref = CampusApi.INVALID)
    @APIResponse(responseCode = "409", ref = CampusApi.CONFLICT)
    @APIResponse(responseCode = "413", ref = CampusApi.TOO_LARGE)
    @PUT
    @Path("{id}")
    public CohortJson update(@PathParam("id") long id, CohortDraft draft) {
        return CohortJson.of(cohorts.update(currentUser.actor(), id, draft), LocalDate.now(clock));
    }

    @Operation(summary = "A cohort’s lessons")
    @GET
    @Path("{id}/lessons")
    public List<CohortJson.LessonJson> lessons(@PathParam("id") long id) {
        return cohorts.find(currentUser.actor(), id).getLessons().stream().map(CohortJson.LessonJson::of).toList();
    }

    @Operation(summary = "Add a lesson to a cohort")
    @APIResponse(responseCode = "400", ref = CampusApi.INVALID)
    @APIResponse(responseCode = "409", ref = CampusApi.CONFLICT)
    @APIResponse(responseCode = "413", ref = CampusApi.TOO_LARGE)
    @POST
    @Path("{id}/lessons")
    public Response addLesson(@PathParam("id") long id, LessonDraft draft) {
        Lesson lesson = cohorts.addLesson(currentUser.actor(), id, draft);
        return Response.created(uri.getBaseUriBuilder().path("lessons").path(String.valueOf(lesson.getId())).build())
                .entity(CohortJson.LessonJson.of(lesson)).build();
    }

    /** Plans lessons from a weekly rule; answers with the lessons it added (dates that had one are skipped). */
    @Operation(summary = "Plan lessons from a weekly rule")
    @APIResponse(responseCode = "400", ref = CampusApi.INVALID)
    @APIResponse(responseCode = "409", ref = CampusApi.CONFLICT)
    @APIResponse(responseCode = "413", ref = CampusApi.TOO_LARGE)
    @POST
    @Path("{id}/schedule")
    public List<CohortJson.LessonJson> plan(@PathParam("id") long id, ScheduleDraft draft) {
        return cohorts.planLessons(currentUser.actor(), id, draft).stream().map(CohortJson.LessonJson::of).toList();
    }

    @Operation(summary = "A cohort’s enrolments")
    @GET
    @Path("{id}/enrollments")
    public List<CohortJson.EnrollmentJson> enrollments(@PathParam("id") long id) {
        return cohorts.enrollments(currentUser.actor(), id).stream().map(CohortJson.EnrollmentJson::of).toList();
    }

    @Operation(summary = "Enrol a learner in a cohort")
    @APIResponse(responseCode = "400", ref = CampusApi.INVALID)
    @APIResponse(responseCode = "409", ref = CampusApi.CONFLICT)
    @APIResponse(responseCode = "413", ref = CampusApi.TOO_LARGE)
    @POST
    @Path("{id}/enrollments")
    public Response enrol(@PathParam("id") long id, Enrolment body) {
        if (body == null || body.learnerId() == null) {
            throw CampusException.invalid("error.required", "learnerId",
                    new CampusException.MessageKey("field.learnerId"));
        }
        Enrollment enrollment = cohorts.enrol(currentUser.actor(), id, body.learnerId());
        return Response.created(uri.getBaseUriBuilder().path("enrollments").path(String.valueOf(enrollment.getId()))
                .build()).entity(CohortJson.EnrollmentJson.of(enrollment)).build();
    }
}
