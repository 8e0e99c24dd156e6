package de.ffit.campus.kiosk.boundary;

import de.ffit.campus.kiosk.control.LearnerCards;
import de.ffit.campus.platform.rest.CampusApi;
import de.ffit.campus.platform.rest.RequestLanguage;
import de.ffit.campus.platform.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/cohorts/{id}/learner-cards}: a card for everyone enrolled, ten to an A4 sheet (PDF). */
@Tag(name = "Kiosks")
@SecurityRequirement(name = CampusApi.BASIC)
@APIResponse(responseCode = "401", ref = CampusApi.UNAUTHORIZED)
@APIResponse(responseCode = "404", ref = CampusApi.NOT_FOUND)
@Path("cohorts")
@RequestScoped
public class CohortCardsResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    LearnerCards cards;

    @Context
    HttpHeaders headers;

    @Operation(summary = "Learner cards for everyone enrolled, ten to an A4 sheet")
    @GET
    @Path("{id}/learner-cards")
    @Produces("application/pdf")
    public Response cards(@PathParam("id") long id) {
        return Response.ok(cards.forCohort(currentUser.actor(), id, RequestLanguage.of(headers)), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"learner-cards-" + id + ".pdf\"").build();
    }
}
