package de.ffit.campus.guide.boundary;

import de.ffit.campus.guide.control.Guides;
import de.ffit.campus.guide.control.ResolvedGuide;
import de.ffit.campus.platform.security.CurrentUser;
import de.ffit.campus.platform.web.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/**
 * The guides linked to exercises and modules, in the page's language (with fallback), for the pages that show a
 * course plan to coordinators and trainers. Read once per request for the whole organisation.
 */
@Named("guideLinks")
@RequestScoped
public class GuideLinksView {

    @Inject
    CurrentUser currentUser;

    @Inject
    Guides guides;

    private Map<Long, List<ResolvedGuide>> exercises;
    private Map<Long, List<ResolvedGuide>> modules;

    public List<ResolvedGuide> exercise(long id) {
        if (exercises == null) {
            exercises = guides.linkedAll(currentUser.actor().organisationId(), Guides.Target.EXERCISE, language());
        }
        return exercises.getOrDefault(id, List.of());
    }

    public List<ResolvedGuide> module(long id) {
        if (modules == null) {
            modules = guides.linkedAll(currentUser.actor().organisationId(), Guides.Target.MODULE, language());
        }
        return modules.getOrDefault(id, List.of());
    }

    private static String language() {
        return Pages.locale().getLanguage();
    }
}
