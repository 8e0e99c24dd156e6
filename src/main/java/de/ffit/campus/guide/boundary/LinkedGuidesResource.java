package de.ffit.campus.guide.boundary;

import de.ffit.campus.guide.control.GuideLinkDraft;
import de.ffit.campus.guide.control.Guides;
import de.ffit.campus.platform.error.CampusException;
import de.ffit.campus.platform.rest.RequestLanguage;
import de.ffit.campus.platform.security.CurrentUser;
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
 * {@code .../{id}/guides} of an exercise or a module: the Integreat guides linked to it. {@code GET ?lang=ar} gives
 * each in that language, else German, else English; {@code POST {"region", "path"}} links the page with that path
 * (or web address) in any language (201, or 200 when it was linked already); {@code DELETE ?region=&path=} (the
 * server takes no body with a DELETE) or {@code DELETE .../guides/{pageId}} unlinks.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public abstract class LinkedGuidesResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    Guides guides;

    @Context
    HttpHeaders headers;

    /** what the guides hang on */
    protected abstract Guides.Target target();

    @GET
    public List<GuideJson.Guide> list(@PathParam("id") long id, @QueryParam("lang") String lang) {
        return guides.linked(currentUser.actor(), target(), id, language(lang)).stream()
                .map(GuideJson.Guide::of).toList();
    }

    @POST
    public Response link(@PathParam("id") long id, GuideLinkDraft draft, @QueryParam("lang") String lang) {
        Guides.Linked linked = guides.link(currentUser.actor(), target(), id, draft, language(lang));
        return Response.status(linked.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(GuideJson.Guide.of(linked.guide())).build();
    }

    @DELETE
    public Response unlink(@PathParam("id") long id, @QueryParam("region") String region,
            @QueryParam("path") String path) {
        return gone(guides.unlink(currentUser.actor(), target(), id, new GuideLinkDraft(region, path)));
    }

    @DELETE
    @Path("{pageId}")
    public Response unlinkPage(@PathParam("id") long id, @PathParam("pageId") long pageId) {
        return gone(guides.unlink(currentUser.actor(), target(), id, pageId));
    }

    private static Response gone(boolean unlinked) {
        if (!unlinked) {
            throw CampusException.notFound("record.guide");
        }
        return Response.noContent().build();
    }

    private String language(String lang) {
        return lang != null && !lang.isBlank() ? lang : RequestLanguage.of(headers).getLanguage();
    }
}
