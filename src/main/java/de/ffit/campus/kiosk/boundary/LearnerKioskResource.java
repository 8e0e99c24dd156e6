package de.ffit.campus.kiosk.boundary;

import de.ffit.campus.kiosk.control.LearnerCards;
import de.ffit.campus.kiosk.control.LearnerPins;
import de.ffit.campus.platform.rest.CampusApi;
import de.ffit.campus.platform.rest.RequestLanguage;
import de.ffit.campus.platform.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDateTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/learners/{id}/pin} and {@code /api/learners/{id}/card}: a learner's kiosk PIN (set or made up, answered
 * once) and their learner card as PDF (coordinators).
 */
@Tag(name = "Kiosks")
@SecurityRequirement(name = CampusApi.BASIC)
@APIResponse(responseCode = "401", ref = CampusApi.UNAUTHORIZED)
@APIResponse(responseCode = "404", ref = CampusApi.NOT_FOUND)
@Path("learners")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LearnerKioskResource {

    /** {@code {"pin": "4821"}}, or {@code {}} to have one made up */
    public record PinRequest(String pin) {
    }

    public record PinJson(String pin) {
    }

    public record PinStatusJson(boolean set, LocalDateTime setAt, LocalDateTime lockedUntil) {
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    LearnerPins pins;

    @Inject
    LearnerCards cards;

    @Context
    HttpHeaders headers;

    @Operation(summary = "Set a learner’s kiosk PIN, or have one made up (answered once)")
    @APIResponse(responseCode = "400", ref = CampusApi.INVALID)
    @APIResponse(responseCode = "409", ref = CampusApi.CONFLICT)
    @APIResponse(responseCode = "413", ref = CampusApi.TOO_LARGE)
    @PUT
    @Path("{id}/pin")
    public PinJson setPin(@PathParam("id") long id, PinRequest request) {
        return new PinJson(pins.setPin(currentUser.actor(), id, request == null ? null : request.pin()));
    }

    @Operation(summary = "Whether a learner has a PIN, and whether it is locked")
    @GET
    @Path("{id}/pin")
    public PinStatusJson pinStatus(@PathParam("id") long id) {
        LearnerPins.PinStatus status = pins.status(currentUser.actor(), id);
        return new PinStatusJson(status.set(), status.setAt(), status.lockedUntil());
    }

    /** opens a card that wrong PINs locked */
    @Operation(summary = "Unlock a card that wrong PINs locked")
    @APIResponse(responseCode = "401", ref = CampusApi.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = CampusApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CampusApi.CONFLICT)
    @DELETE
    @Path("{id}/pin/lock")
    public Response unlock(@PathParam("id") long id) {
        pins.unlock(currentUser.actor(), id);
        return Response.noContent().build();
    }

    @Operation(summary = "A learner’s card as PDF")
    @GET
    @Path("{id}/card")
    @Produces("application/pdf")
    public Response card(@PathParam("id") long id) {
        return Response.ok(cards.forLearner(currentUser.actor(), id, RequestLanguage.of(headers)), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"learner-card-" + id + ".pdf\"").build();
    }
}
