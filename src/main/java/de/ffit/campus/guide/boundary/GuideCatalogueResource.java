package de.ffit.campus.guide.boundary;

import de.ffit.campus.guide.control.CatalogueStatus;
import de.ffit.campus.guide.control.GuideImports;
import de.ffit.campus.guide.control.Guides;
import de.ffit.campus.platform.rest.CampusApi;
import de.ffit.campus.platform.rest.RequestLanguage;
import de.ffit.campus.platform.security.CurrentUser;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/guide-catalogue}: the organisation's stored copy of its Integreat region. {@code GET ?q=} searches
 * titles in every language; {@code POST import} starts an import (202), {@code GET import} tells how it went
 * (with {@code brokenLinks}, how many links hang on pages Integreat no longer lists); {@code GET broken-links?lang=}
 * names them, where they hang and since when (coordinators).
 */
@Tag(name = "Guides")
@SecurityRequirement(name = CampusApi.BASIC)
@APIResponse(responseCode = "401", ref = CampusApi.UNAUTHORIZED)
@APIResponse(responseCode = "404", ref = CampusApi.NOT_FOUND)
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

    @Operation(summary = "Search the stored Integreat pages by title, in every language")
    @GET
    public List<GuideJson.Hit> search(@QueryParam("q") String q, @QueryParam("lang") String lang) {
        return guides.search(currentUser.actor(), q, language(lang)).stream().map(GuideJson.Hit::of).toList();
    }

    @Operation(summary = "Start importing the organisation’s Integreat region")
    @APIResponse(responseCode = "401", ref = CampusApi.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = CampusApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CampusApi.CONFLICT)
    @POST
    @Path("import")
    public Response startImport() {
        CatalogueStatus status = imports.start(currentUser.actor());
        return Response.accepted(json(status)).build();
    }

    @Operation(summary = "How the last import went")
    @GET
    @Path("import")
    public GuideJson.ImportState importState() {
        return json(imports.status(currentUser.actor()));
    }

    @Operation(summary = "Linked pages that Integreat no longer lists")
    @GET
    @Path("broken-links")
    public List<GuideJson.BrokenLink> brokenLinks(@QueryParam("lang") String lang) {
        return guides.brokenLinks(currentUser.actor(), language(lang)).stream().map(GuideJson.BrokenLink::of)
                .toList();
    }

    private GuideJson.ImportState json(CatalogueStatus status) {
        int broken = status.isRunning() || !currentUser.actor().isCoordinator() ? 0
                : guides.brokenLinks(currentUser.actor(), "de").size();
        return GuideJson.of(status, status.errorMessage(RequestLanguage.of(headers)), broken);
    }

    private String language(String lang) {
        return lang != null && !lang.isBlank() ? lang : RequestLanguage.of(headers).getLanguage();
    }
}
