package de.ffit.campus.kiosk.boundary;

import de.ffit.campus.kiosk.control.KioskDraft;
import de.ffit.campus.kiosk.control.Kiosks;
import de.ffit.campus.kiosk.entity.KioskDevice;
import de.ffit.campus.platform.config.CampusSettings;
import de.ffit.campus.platform.rest.CampusApi;
import de.ffit.campus.platform.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/kiosks}: the organisation's kiosk devices (coordinators). Registering one, or asking for a new setup
 * code, answers with the setup code once; it is not stored and cannot be read again.
 */
@Tag(name = "Kiosks")
@SecurityRequirement(name = CampusApi.BASIC)
@APIResponse(responseCode = "401", ref = CampusApi.UNAUTHORIZED)
@APIResponse(responseCode = "404", ref = CampusApi.NOT_FOUND)
@Path("kiosks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class KiosksResource {

    /** times in UTC */
    public record KioskJson(long id, String name, long locationId, String locationName, boolean setUp,
            LocalDateTime setUpAt, LocalDateTime createdAt, String createdBy) {
        static KioskJson of(KioskDevice k) {
            return new KioskJson(k.getId(), k.getName(), k.getLocation().getId(), k.getLocation().getName(),
                    k.isSetUp(), k.getSetUpAt().orElse(null), k.getCreatedAt(), k.getCreatedBy());
        }
    }

    /** a setup code, shown this once; {@code kioskUrl} is where the device types it in */
    public record SetupJson(long id, String name, String setupCode, LocalDateTime setupExpiresAt, String kioskUrl) {
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    Kiosks kiosks;

    @Inject
    CampusSettings settings;

    @Context
    UriInfo uri;

    @Operation(summary = "List the kiosk devices")
    @GET
    public List<KioskJson> list() {
        return kiosks.list(currentUser.actor()).stream().map(KioskJson::of).toList();
    }

    @Operation(summary = "Read a kiosk device")
    @GET
    @Path("{id}")
    public KioskJson get(@PathParam("id") long id) {
        return KioskJson.of(kiosks.find(currentUser.actor(), id));
    }

    @Operation(summary = "Register a kiosk device; answers its setup code once")
    @APIResponse(responseCode = "400", ref = CampusApi.INVALID)
    @APIResponse(responseCode = "409", ref = CampusApi.CONFLICT)
    @APIResponse(responseCode = "413", ref = CampusApi.TOO_LARGE)
    @POST
    public Response register(KioskDraft draft) {
        Kiosks.Registered registered = kiosks.register(currentUser.actor(), draft);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(registered.device().getId()))
                .build()).entity(setup(registered)).build();
    }

    /** a new setup code; the device set up before is signed out for good */
    @Operation(summary = "A new setup code; the device set up before is signed out")
    @APIResponse(responseCode = "401", ref = CampusApi.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = CampusApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CampusApi.CONFLICT)
    @POST
    @Path("{id}/setup-code")
    public SetupJson newSetupCode(@PathParam("id") long id) {
        return setup(kiosks.newSetupCode(currentUser.actor(), id));
    }

    @Operation(summary = "Remove a kiosk device")
    @APIResponse(responseCode = "401", ref = CampusApi.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = CampusApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CampusApi.CONFLICT)
    @DELETE
    @Path("{id}")
    public Response remove(@PathParam("id") long id) {
        kiosks.remove(currentUser.actor(), id);
        return Response.noContent().build();
    }

    private SetupJson setup(Kiosks.Registered registered) {
        return new SetupJson(registered.device().getId(), registered.device().getName(), registered.setupCode(),
                registered.expiresAt(), settings.publicUrl() + "/kiosk/setup.xhtml");
    }
}
