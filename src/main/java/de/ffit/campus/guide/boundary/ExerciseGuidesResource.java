package de.ffit.campus.guide.boundary;

import de.ffit.campus.guide.control.GuideLinkDraft;
import de.ffit.campus.guide.control.Guides;
import de.ffit.campus.platform.rest.CampusApi;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/exercises/{id}/guides}: the Integreat guides linked to a exercise (see {@link LinkedGuidesResource}). */
@Tag(name = "Guides")
@SecurityRequirement(name = CampusApi.BASIC)
@APIResponse(responseCode = "401", ref = CampusApi.UNAUTHORIZED)
@APIResponse(responseCode = "404", ref = CampusApi.NOT_FOUND)
@Path("exercises/{id}/guides")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ExerciseGuidesResource extends LinkedGuidesResource {

    @Override
    protected Guides.Target target() {
        return Guides.Target.EXERCISE;
    }

    // Payara's OpenAPI scan does not see resource methods inherited from LinkedGuidesResource: declared again here,
    // with the same JAX-RS annotations, so that /openapi lists them. They only delegate.

    @Override
    @Operation(summary = "The guides linked to the exercise, each in the language asked for, else German, else English")
    @GET
    public List<GuideJson.Guide> list(@PathParam("id") long id, @QueryParam("lang") String lang) {
        return super.list(id, lang);
    }

    @Override
    @Operation(summary = "Link an Integreat page to the exercise by its path in any language (200 when linked already)")
    @APIResponse(responseCode = "400", ref = CampusApi.INVALID)
    @APIResponse(responseCode = "409", ref = CampusApi.CONFLICT)
    @APIResponse(responseCode = "413", ref = CampusApi.TOO_LARGE)
    @POST
    public Response link(@PathParam("id") long id, GuideLinkDraft draft, @QueryParam("lang") String lang) {
        return super.link(id, draft, lang);
    }

    @Override
    @Operation(summary = "Unlink the page with this region and path from the exercise")
    @APIResponse(responseCode = "401", ref = CampusApi.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = CampusApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CampusApi.CONFLICT)
    @DELETE
    public Response unlink(@PathParam("id") long id, @QueryParam("region") String region,
            @QueryParam("path") String path) {
        return super.unlink(id, region, path);
    }

    @Override
    @Operation(summary = "Unlink a page from the exercise by its id")
    @APIResponse(responseCode = "401", ref = CampusApi.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = CampusApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CampusApi.CONFLICT)
    @DELETE
    @Path("{pageId}")
    public Response unlinkPage(@PathParam("id") long id, @PathParam("pageId") long pageId) {
        return super.unlinkPage(id, pageId);
    }
}
