package de.ffit.campus.guide.boundary;

import de.ffit.campus.guide.control.CatalogueHit;
import de.ffit.campus.guide.control.Guides;
import de.ffit.campus.guide.control.ResolvedGuide;
import de.ffit.campus.platform.security.CurrentUser;
import de.ffit.campus.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The "Guides" dialog of the course plan: a coordinator searches the stored catalogue (a title in any language,
 * or a pasted path or web address) and links pages to one exercise or module, or removes links. A pasted address
 * the catalogue does not have (a page published since the last import) is asked from Integreat and linked.
 */
@Named("courseGuides")
@ViewScoped
public class CourseGuidesPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    Guides guides;

    private Guides.Target target = Guides.Target.EXERCISE;
    private long targetId;
    private String targetTitle;
    private String query;
    private transient List<CatalogueHit> hits;
    private transient List<ResolvedGuide> linked;

    public void open(String kind, long id, String title) {
        target = Guides.Target.valueOf(kind);
        targetId = id;
        targetTitle = title;
        query = null;
        hits = null;
        linked = null;
    }

    public void search() {
        hits = Pages.attempt(() -> guides.search(currentUser.actor(), query, language()));
    }

    public List<CatalogueHit> getHits() {
        if (hits == null && targetId != 0) {
            search();
        }
        return hits == null ? List.of() : hits;
    }

    public List<ResolvedGuide> getLinked() {
        if (targetId == 0) {
            return List.of();
        }
        if (linked == null) {
            linked = Pages.attempt(() -> guides.linked(currentUser.actor(), target, targetId, language()));
        }
        return linked == null ? List.of() : linked;
    }

    public boolean isLinked(long pageId) {
        return getLinked().stream().anyMatch(g -> g.pageId() == pageId);
    }

    public void link(long pageId) {
        if (Pages.attempt(() -> guides.link(currentUser.actor(), target, targetId, pageId, language())) != null) {
            Pages.info("guides.linked");
        }
        linked = null;
    }

    /** Links the page at the address typed in the search, asking Integreat for it when the catalogue lacks it. */
    public void linkAddress() {
        if (Pages.attempt(() -> guides.link(currentUser.actor(), target, targetId, query, language())) != null) {
            Pages.info("guides.linked");
            hits = null;
        }
        linked = null;
    }

    /** True when the search is a path or web address (which can be asked from Integreat). */
    public boolean isAddress() {
        return query != null && query.strip().contains("/");
    }

    public void unlink(long pageId) {
        if (Pages.attempt(() -> guides.unlink(currentUser.actor(), target, targetId, pageId))) {
            Pages.info("guides.unlinked");
        }
        linked = null;
    }

    private static String language() {
        return Pages.locale().getLanguage();
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public String getTargetTitle() {
        return targetTitle;
    }

    public String getTarget() {
        return target.name();
    }
}
