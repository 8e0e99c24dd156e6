package de.ffit.campus.guide.boundary;

import de.ffit.campus.account.boundary.CurrentUser;
import de.ffit.campus.guide.control.GuideLinkDraft;
import de.ffit.campus.guide.control.Guides;
import de.ffit.campus.platform.error.CampusException;
import de.ffit.campus.platform.rest.RequestLanguage;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** What the exercise and module guide endpoints share: list, link, unlink, for one kind of target. */
abstract class LinkedGuidesResource {

    abstract CurrentUser currentUser();

    abstract Guides guides();

    abstract HttpHeaders headers();

    abstract Guides.Target target();

    List<GuideJson.Guide> list(long id, String lang) {
        return guides().linked(currentUser().actor(), target(), id, language(lang)).stream()
                .map(GuideJson.Guide::of).toList();
    }

    Response link(long id, GuideLinkDraft draft, String lang) {
        Guides.Linked linked = guides().link(currentUser().actor(), target(), id, draft, language(lang));
        return Response.status(linked.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(GuideJson.Guide.of(linked.guide())).build();
    }

    Response unlink(long id, GuideLinkDraft draft) {
        if (!guides().unlink(currentUser().actor(), target(), id, draft)) {
            throw CampusException.notFound("record.guide");
        }
        return Response.noContent().build();
    }

    Response unlink(long id, long pageId) {
        if (!guides().unlink(currentUser().actor(), target(), id, pageId)) {
            throw CampusException.notFound("record.guide");
        }
        return Response.noContent().build();
    }

    private String language(String lang) {
        return lang != null && !lang.isBlank() ? lang : RequestLanguage.of(headers()).getLanguage();
    }
}
