package de.ffit.campus.organisation.boundary;

import de.ffit.campus.organisation.control.OrganisationDraft;
import de.ffit.campus.organisation.control.Organisations;
import de.ffit.campus.organisation.entity.Organisation;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/organisations}: admins manage the organisations sharing this installation. */
@Tag(name = "Organisations")
@SecurityRequirement(name = CampusApi.BASIC)
@APIResponse(responseCode = "401", ref = CampusApi.UNAUTHORIZED)
@APIResponse(responseCode = "404", ref = CampusApi.NOT_FOUND)
@Path("organisations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganisationsResource {

    public record OrganisationJson(long id, String name, String integreatRegion, long version) {
        static OrganisationJson of(Organisation o) {
            return new OrganisationJson(o.getId(), o.getName(), o.getIntegreatRegion(), o.getVersion());
        }
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    Organisations organisations;

    @Context
    UriInfo uri;

    @Operation(summary = "List the organisations")
    @GET
    public List<OrganisationJson> list() {
        return organisations.all(currentUser.actor()).stream().map(OrganisationJson::of).toList();
    }

    @Operation(summary = "Create an organisation")
    @APIResponse(responseCode = "400", ref = CampusApi.INVALID)
    @APIResponse(responseCode = "409", ref = CampusApi.CONFLICT)
    @APIResponse(responseCode = "413", ref = CampusApi.TOO_LARGE)
    @POST
    public Response create(OrganisationDraft draft) {
        Organisation organisation = organisations.create(currentUser.actor(), draft);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(organisation.getId())).build())
                .entity(OrganisationJson.of(organisation)).build();
    }

    @Operation(summary = "Read an organisation")
    @GET
    @Path("{id}")
    public OrganisationJson get(@PathParam("id") long id) {
        return OrganisationJson.of(organisations.find(currentUser.actor(), id));
    }

    @Operation(summary = "Change an organisation")
    @APIResponse(responseCode = "400", ref = CampusApi.INVALID)
    @APIResponse(responseCode = "409", ref = CampusApi.CONFLICT)
    @APIResponse(responseCode = "413", ref = CampusApi.TOO_LARGE)
    @PUT
    @Path("{id}")
    public OrganisationJson update(@PathParam("id") long id, OrganisationDraft draft) {
        return OrganisationJson.of(organisations.update(currentUser.actor(), id, draft));
    }
}
