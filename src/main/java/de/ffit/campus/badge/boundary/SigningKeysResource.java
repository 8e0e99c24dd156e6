package de.ffit.campus.badge.boundary;

import de.ffit.campus.badge.control.Badges;
import de.ffit.campus.platform.rest.CampusApi;
import de.ffit.campus.platform.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/organisations/{id}/signing-keys}: an admin gives an organisation a new signing key (after the
 * master key was lost, or a key is suspected known). New credentials are signed with it; the old public keys stay
 * in the DID document, so credentials signed before still verify.
 */
@Tag(name = "Organisations")
@SecurityRequirement(name = CampusApi.BASIC)
@APIResponse(responseCode = "401", ref = CampusApi.UNAUTHORIZED)
@APIResponse(responseCode = "404", ref = CampusApi.NOT_FOUND)
@Path("organisations/{id}/signing-keys")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SigningKeysResource {

    public record NewKey(String kid) {
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    Badges badges;

    @Operation(summary = "Make a new signing key for an organisation's credentials (admins)")
    @POST
    public NewKey rekey(@PathParam("id") long organisationId) {
        return new NewKey(badges.rekey(currentUser.actor(), organisationId));
    }
}
