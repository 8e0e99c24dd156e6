package de.ffit.campus.guide.boundary;

import de.ffit.campus.account.boundary.CurrentUser;
import de.ffit.campus.guide.control.GuideLinkDraft;
import de.ffit.campus.guide.control.Guides;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * {@code /api/modules/{id}/guides}: the Integreat guides linked to a module. {@code GET ?lang=ar} gives each in
 * that language, else German, else English; {@code POST {"region", "path"}} links the page with that path in any
 * language (201, or 200 when it was linked already); {@code DELETE ?region=&path=} (the server takes no
 * body with a DELETE), or {@code DELETE .../guides/{pageId}}, unlinks.
 */
@Path("modules/{id}/guides")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ModuleGuidesResource extends LinkedGuidesResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    Guides guides;

    @Context
    HttpHeaders headers;

    @GET
    public List<GuideJson.Guide> guides(@PathParam("id") long id, @QueryParam("lang") String lang) {
        return list(id, lang);
    }

    @POST
    public Response linkGuide(@PathParam("id") long id, GuideLinkDraft draft, @QueryParam("lang") String lang) {
        return link(id, draft, lang);
    }

    @DELETE
    public Response unlinkGuide(@PathParam("id") long id, @QueryParam("region") String region,
            @QueryParam("path") String path) {
        return unlink(id, new GuideLinkDraft(region, path));
    }

    @DELETE
    @Path("{pageId}")
    public Response unlinkPage(@PathParam("id") long id, @PathParam("pageId") long pageId) {
        return unlink(id, pageId);
    }

    @Override
    CurrentUser currentUser() {
        return currentUser;
    }

    @Override
    Guides guides() {
        return guides;
    }

    @Override
    HttpHeaders headers() {
        return headers;
    }

    @Override
    Guides.Target target() {
        return Guides.Target.MODULE;
    }
}
