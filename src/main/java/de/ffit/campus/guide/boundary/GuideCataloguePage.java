package de.ffit.campus.guide.boundary;

import de.ffit.campus.guide.control.CatalogueHit;
import de.ffit.campus.guide.control.CatalogueStatus;
import de.ffit.campus.guide.control.GuideImports;
import de.ffit.campus.guide.control.Guides;
import de.ffit.campus.platform.config.CampusSettings;
import de.ffit.campus.platform.security.CurrentUser;
import de.ffit.campus.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * {@code /courses/guides.xhtml}: the organisation's Integreat guide catalogue. When it was last updated, the last
 * error, "update now" (the page follows the import while it runs), the region's languages, links to pages that
 * vanished from Integreat, and a search over all titles.
 */
@Named
@ViewScoped
public class GuideCataloguePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    GuideImports imports;

    @Inject
    Guides guides;

    @Inject
    CampusSettings settings;

    private String query;
    private transient CatalogueStatus status;
    private transient List<CatalogueHit> hits;
    private transient List<Guides.BrokenLink> broken;
    private transient List<Guides.CatalogueLanguage> languages;

    public void startImport() {
        status = Pages.attempt(() -> imports.start(currentUser.actor()));
        if (status != null) {
            Pages.info("guides.importStarted", status.region());
        }
    }

    /** For the poll while an import runs: reads the state again, and the rest once it is done. */
    public void refresh() {
        status = null;
        if (!getStatus().isRunning()) {
            hits = null;
            broken = null;
            languages = null;
        }
    }

    public CatalogueStatus getStatus() {
        if (status == null) {
            status = imports.status(currentUser.actor());
        }
        return status;
    }

    public String getErrorMessage() {
        return getStatus().errorMessage(Pages.locale());
    }

    public void search() {
        hits = null;
    }

    public List<CatalogueHit> getHits() {
        if (hits == null) {
            hits = guides.search(currentUser.actor(), query, Pages.locale().getLanguage());
        }
        return hits;
    }

    public List<Guides.BrokenLink> getBroken() {
        if (broken == null) {
            broken = guides.brokenLinks(currentUser.actor(), Pages.locale().getLanguage());
        }
        return broken;
    }

    public void unlink(Guides.BrokenLink link) {
        if (Pages.attempt(() -> guides.unlink(currentUser.actor(), link.target(), link.targetId(),
                link.guide().pageId()))) {
            Pages.info("guides.unlinked");
        }
        broken = null;
    }

    public List<Guides.CatalogueLanguage> getLanguages() {
        if (languages == null) {
            languages = guides.languages(currentUser.actor());
        }
        return languages;
    }

    public String moment(LocalDateTime utc) {
        return Pages.moment(utc, settings.zone());
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }
}
