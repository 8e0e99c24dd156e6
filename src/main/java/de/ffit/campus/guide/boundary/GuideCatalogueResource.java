package de.ffit.campus.guide.boundary;

import de.ffit.campus.account.boundary.CurrentUser;
import de.ffit.campus.guide.control.CatalogueStatus;
import de.ffit.campus.guide.control.GuideImports;
import de.ffit.campus.guide.control.Guides;
import de.ffit.campus.platform.rest.RequestLanguage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * {@code /api/guide-catalogue}: the organisation's stored copy of its Integreat region. {@code GET ?q=} searches
 * titles in every language; {@code POST import} starts an import (202), {@code GET import} tells how it went.
 */
@Path("guide-catalogue")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class GuideCatalogueResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    Guides guides;

    @Inject
    GuideImports imports;

    @Context
    HttpHeaders headers;

    @GET
    public List<GuideJson.Hit> search(@QueryParam("q") String q, @QueryParam("lang") String lang) {
        String language = lang != null && !lang.isBlank() ? lang : RequestLanguage.of(headers).getLanguage();
        return guides.search(currentUser.actor(), q, language).stream().map(GuideJson.Hit::of).toList();
    }

    @POST
    @Path("import")
    public Response startImport() {
        CatalogueStatus status = imports.start(currentUser.actor());
        return Response.accepted(json(status)).build();
    }

    @GET
    @Path("import")
    public GuideJson.ImportState importState() {
        return json(imports.status(currentUser.actor()));
    }

    private GuideJson.ImportState json(CatalogueStatus status) {
        return GuideJson.of(status, status.errorMessage(RequestLanguage.of(headers)));
    }
}
