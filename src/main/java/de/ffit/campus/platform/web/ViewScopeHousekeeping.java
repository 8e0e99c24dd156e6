package de.ffit.campus.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Drops what Mojarra (4.0.11, in Payara 6.2025.10) keeps of a view after the view itself is gone.
 *
 * <p>For the CDI {@code @ViewScoped} beans of every view it puts an entry into the session attribute
 * {@value #ACTIVE_VIEW_CONTEXTS} (the view map's id, a map with a descriptor per bean). When a view map leaves the
 * session's {@value #ACTIVE_VIEW_MAPS} (at most {@code com.sun.faces.numberOfActiveViewMaps} of them, see web.xml),
 * Mojarra destroys its beans but never removes that entry, so it stays until the session ends: one per page a user
 * opens. In the 30-minute soak (140 trainers reopening the take-attendance page) that was 32,000 entries, about
 * 12 MB, the whole of the heap's creep. Trainers keep a session open all day.
 *
 * <p>After each page request this removes the entries of view maps no longer active. An entry is made only after its
 * view map became active (Mojarra registers the map on its creation, then the beans), so an entry without an active
 * map belongs to a view whose beans are already destroyed. Should a later Mojarra rename the attributes, this does
 * nothing.
 */
@WebFilter(urlPatterns = "*.xhtml", asyncSupported = true)
public class ViewScopeHousekeeping extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String ACTIVE_VIEW_MAPS = "com.sun.faces.application.view.activeViewMaps";
    static final String ACTIVE_VIEW_CONTEXTS = "com.sun.faces.application.view.activeViewContexts";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } finally {
            HttpSession session = request.getSession(false);
            if (session != null) {
                try {
                    prune(session.getAttribute(ACTIVE_VIEW_MAPS), session.getAttribute(ACTIVE_VIEW_CONTEXTS));
                } catch (IllegalStateException invalidated) {
                    // the request ended the session (sign-out): nothing left to tidy
                }
            }
        }
    }

    /**
     * Removes from {@code contexts} every view map id that is not a key of {@code activeViewMaps}.
     *
     * @return how many entries were removed (0 when either is missing or not a map)
     */
    static int prune(Object activeViewMaps, Object contexts) {
        if (!(activeViewMaps instanceof Map<?, ?> active) || !(contexts instanceof Map<?, ?> byViewMap)) {
            return 0;
        }
        // Mojarra's map of active view maps is a synchronized map, and a view map becomes active under its lock before
        // its entry in the contexts is made: while the lock is held here, every entry either belongs to an active
        // view map or to one that was active once. The contexts are a ConcurrentHashMap, no lock of their own.
        synchronized (active) {
            Set<Object> activeIds = new HashSet<>(active.keySet());
            int before = byViewMap.size();
            byViewMap.keySet().removeIf(id -> !activeIds.contains(id));
            return before - byViewMap.size();
        }
    }
}
