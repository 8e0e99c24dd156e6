package de.ffit.campus.organisation.boundary;

import de.ffit.campus.organisation.control.LocationDraft;
import de.ffit.campus.organisation.control.Locations;
import de.ffit.campus.organisation.entity.Location;
import de.ffit.campus.organisation.entity.LocationKind;
import de.ffit.campus.platform.rest.CampusApi;
import de.ffit.campus.platform.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

/** {@code /api/locations}: where the organisation teaches. */
@Tag(name = "Organisations")
@SecurityRequirement(name = CampusApi.BASIC)
@APIResponse(responseCode = "401", ref = CampusApi.UNAUTHORIZED)
@APIResponse(responseCode = "404", ref = CampusApi.NOT_FOUND)
@Path("locations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LocationsResource {

    public record LocationJson(long id, String name, String address, LocationKind kind, long version) {
        static LocationJson of(Location l) {
            return new LocationJson(l.getId(), l.getName(), l.getAddress(), l.getKind(), l.getVersion());
        }
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    Locations locations;

    @Context
    UriInfo uri;

    @Operation(summary = "List the locations")
    @GET
    public List<LocationJson> list() {
        return locations.list(currentUser.actor()).stream().map(LocationJson::of).toList();
    }

    @Operation(summary = "Create a location")
    @APIResponse(responseCode = "400", ref = CampusApi.INVALID)
    @APIResponse(responseCode = "409", ref = CampusApi.CONFLICT)
    @APIResponse(responseCode = "413", ref = CampusApi.TOO_LARGE)
    @POST
    public Response create(LocationDraft draft) {
        Location location = locations.create(currentUser.actor(), draft);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(location.getId())).build())
                .entity(LocationJson.of(location)).build();
    }

    @Operation(summary = "Read a location")
    @GET
    @Path("{id}")
    public LocationJson get(@PathParam("id") long id) {
        return LocationJson.of(locations.find(currentUser.actor(), id));
    }

    @Operation(summary = "Change a location")
    @APIResponse(responseCode = "400", ref = CampusApi.INVALID)
    @APIResponse(responseCode = "409", ref = CampusApi.CONFLICT)
    @APIResponse(responseCode = "413", ref = CampusApi.TOO_LARGE)
    @PUT
    @Path("{id}")
    public LocationJson update(@PathParam("id") long id, LocationDraft draft) {
        return LocationJson.of(locations.update(currentUser.actor(), id, draft));
    }

    @Operation(summary = "Delete a location")
    @APIResponse(responseCode = "401", ref = CampusApi.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = CampusApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CampusApi.CONFLICT)
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        locations.delete(currentUser.actor(), id);
        return Response.noContent().build();
    }
}
