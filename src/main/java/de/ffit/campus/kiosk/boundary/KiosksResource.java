package de.ffit.campus.kiosk.boundary;

import de.ffit.campus.account.boundary.CurrentUser;
import de.ffit.campus.kiosk.control.KioskDraft;
import de.ffit.campus.kiosk.control.Kiosks;
import de.ffit.campus.kiosk.entity.KioskDevice;
import de.ffit.campus.platform.config.CampusSettings;
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

/**
 * {@code /api/kiosks}: the organisation's kiosk devices (coordinators). Registering one, or asking for a new setup
 * code, answers with the setup code once; it is not stored and cannot be read again.
 */
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

    @GET
    public List<KioskJson> list() {
        return kiosks.list(currentUser.actor()).stream().map(KioskJson::of).toList();
    }

    @GET
    @Path("{id}")
    public KioskJson get(@PathParam("id") long id) {
        return KioskJson.of(kiosks.find(currentUser.actor(), id));
    }

    @POST
    public Response register(KioskDraft draft) {
        Kiosks.Registered registered = kiosks.register(currentUser.actor(), draft);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(registered.device().getId()))
                .build()).entity(setup(registered)).build();
    }

    /** a new setup code; the device set up before is signed out for good */
    @POST
    @Path("{id}/setup-code")
    public SetupJson newSetupCode(@PathParam("id") long id) {
        return setup(kiosks.newSetupCode(currentUser.actor(), id));
    }

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
