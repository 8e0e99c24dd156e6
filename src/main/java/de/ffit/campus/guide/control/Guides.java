package de.ffit.campus.guide.control;

import de.ffit.campus.audit.control.AuditTrail;
import de.ffit.campus.audit.entity.AuditAction;
import de.ffit.campus.course.control.Courses;
import de.ffit.campus.course.entity.CourseModule;
import de.ffit.campus.course.entity.Exercise;
import de.ffit.campus.guide.entity.GuideLink;
import de.ffit.campus.guide.entity.GuidePage;
import de.ffit.campus.guide.entity.GuideTranslation;
import de.ffit.campus.platform.error.CampusException;
import de.ffit.campus.platform.persistence.Like;
import de.ffit.campus.platform.persistence.Scoped;
import de.ffit.campus.platform.security.Actor;
import de.ffit.campus.platform.validation.Drafts;
import de.ffit.campus.platform.web.WebLinks;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The organisation's guide catalogue as the app uses it: search it, link its pages to exercises and modules, and
 * resolve links in a language. Works from the stored catalogue, so it works when Integreat cannot be reached; only
 * linking a path the catalogue does not have yet asks Integreat for that one page ({@link GuidePageFetch}).
 * <p>
 * A path belongs to one page at a time, but the catalogue keeps pages Integreat removed (so that their links stay
 * and show as broken), and Integreat may later publish another page at the same path. Whatever is looked up by a
 * path, or shown for a link to a removed page, is the page that has the path now: a live one first, else the one
 * seen last. A removed page is shown as broken only when no live page has one of its paths.
 */
@Stateless
public class Guides {

    /** The languages a page falls back to, in order, when it lacks the asked one. */
    static final List<String> FALLBACK = List.of("de", "en");
    static final int MAX_HITS = 50;

    /** A link made (or found already made), with its guide in the asked language. */
    public record Linked(ResolvedGuide guide, boolean created) {
    }

    /** What a link hangs on. */
    public enum Target {
        EXERCISE,
        MODULE
    }

    /** The audit trail's name for a link. */
    public static final String SUBJECT = "GuideLink";

    /** An exercise or module that links hang on: its title and course, for the audit trail. */
    private record Owner(String title, long courseId) {
    }

    @PersistenceContext(unitName = "ffit")
    EntityManager em;

    @Inject
    Courses courses;

    @Inject
    Drafts drafts;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    GuidePageFetch pageFetch;

    /** Pages whose title contains {@code q} in any language (all pages for an empty {@code q}), at most 50. */
    public List<CatalogueHit> search(Actor actor, String q, String lang) {
        String text = q == null ? "" : q.strip();
        if (text.contains("/")) { // a pasted path or web address
            Optional<GuidePage> page = findByPath(actor.organisationId(), text);
            if (page.isPresent()) {
                return hits(actor, List.of(page.get().getId()), lang);
            }
        }
        List<Long> ids = em.createQuery("select distinct t.page.id from GuideTranslation t "
                        + "where t.organisationId = :org and lower(t.title) like :q" + Like.ESCAPE, Long.class)
                .setParameter("org", actor.organisationId()).setParameter("q", Like.containing(text))
                .getResultList();
        return hits(actor, ids, lang);
    }

    private List<CatalogueHit> hits(Actor actor, List<Long> ids, String lang) {
        Map<Long, List<GuideTranslation>> translations = translations(ids);
        Map<String, Boolean> rtl = directions(actor.organisationId());
        String asked = GuideLanguages.normalise(lang);
        List<CatalogueHit> hits = new ArrayList<>();
        for (Long id : ids) {
            List<GuideTranslation> all = translations.get(id);
            if (all == null || all.isEmpty()) {
                continue;
            }
            GuidePage page = all.get(0).getPage();
            ResolvedGuide shown = resolve(page, all, asked, rtl);
            hits.add(new CatalogueHit(id, page.getRegion(), page.isVanished(), shown, all.stream()
                    .map(t -> new CatalogueHit.Translation(t.getLanguage(), t.getTitle(), t.getPath(), url(t),
                            dir(rtl, t.getLanguage())))
                    .toList()));
        }
        // live pages first, then by the shown title
        hits.sort(Comparator.comparing(CatalogueHit::vanished)
                .thenComparing(h -> h.shown().title(), String.CASE_INSENSITIVE_ORDER));
        return hits.size() > MAX_HITS ? List.copyOf(hits.subList(0, MAX_HITS)) : hits;
    }

    /** Links the page with this path (or web address) in any language; linking it twice changes nothing. */
    public Linked link(Actor actor, Target target, long targetId, GuideLinkDraft draft, String lang) {
        actor.requireCoordinator();
        drafts.check(draft);
        Owner owner = requireTarget(actor, target, targetId);
        String region = requireRegion(actor, draft);
        Optional<GuidePage> stored = findByPath(actor.organisationId(), draft.getPath());
        GuidePage page = stored.isPresent() && !stored.get().isVanished() ? stored.get()
                : fetch(actor, region, draft.getPath().strip(), stored.orElse(null));
        return link(actor, target, targetId, owner, page, lang);
    }

    /**
     * Links the page with this path or web address in the organisation's own region: from the catalogue, or else
     * asked from Integreat (for the guides dialog, where the region goes without saying).
     */
    public Linked link(Actor actor, Target target, long targetId, String pathOrUrl, String lang) {
        actor.requireCoordinator();
        String region = (String) em.createNativeQuery("select integreat_region from organisation where id = ?")
                .setParameter(1, actor.organisationId()).getSingleResult();
        return link(actor, target, targetId, new GuideLinkDraft(region, pathOrUrl), lang);
    }

    /**
     * A path the catalogue does not have, or has only for a page Integreat removed: Integreat is asked for it
     * (published, or published again, since the last import), and it joins the catalogue. When Integreat cannot be
     * asked, a removed page the catalogue has is linked as it is (it shows as broken until an import finds it).
     */
    private GuidePage fetch(Actor actor, String region, String pathOrUrl, GuidePage removed) {
        long pageId;
        try {
            pageId = pageFetch.fetch(actor.organisationId(), region, paths(pathOrUrl).get(0));
        } catch (IntegreatException e) {
            if (e.kind() == IntegreatException.Kind.NOT_FOUND) {
                throw CampusException.invalid("error.guide.notInIntegreat", "path", pathOrUrl, region);
            }
            if (removed != null) {
                return removed;
            }
            throw CampusException.conflict("error.guide.integreatDown", pathOrUrl);
        } catch (EJBException raced) {
            // another coordinator added the same page a moment ago: it is in the catalogue now
            return findByPath(actor.organisationId(), pathOrUrl)
                    .orElseThrow(() -> CampusException.conflict("error.guide.integreatDown", pathOrUrl));
        }
        GuidePage page = em.find(GuidePage.class, pageId);
        em.refresh(page); // a removed page that is back: this transaction read it before it was live again
        return page;
    }

    /** Links a page found in the catalogue (by its id, as the search gives it). */
    public Linked link(Actor actor, Target target, long targetId, long pageId, String lang) {
        actor.requireCoordinator();
        Owner owner = requireTarget(actor, target, targetId);
        GuidePage page = em.find(GuidePage.class, pageId);
        if (page == null || page.getOrganisationId() != actor.organisationId()) {
            throw CampusException.notFound("record.guide");
        }
        return link(actor, target, targetId, owner, page, lang);
    }

    private Linked link(Actor actor, Target target, long targetId, Owner owner, GuidePage page, String lang) {
        // linked already: to this page, or to a removed one whose path this page has now
        boolean created = links(actor, target, targetId, page.getId()).isEmpty();
        if (created) {
            LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
            GuideLink link = target == Target.EXERCISE ? GuideLink.toExercise(page, targetId, now, actor.username())
                    : GuideLink.toModule(page, targetId, now, actor.username());
            em.persist(link);
            // two coordinators linking the same page at the same moment: the second hears so
            Scoped.flush(em, "guide", page.getId());
            audit.record(actor, SUBJECT, link.getId(), context(owner), AuditAction.CREATED, null,
                    values(actor.organisationId(), target, owner, page.getId()));
        }
        return new Linked(resolve(actor.organisationId(), List.of(page.getId()), lang).get(page.getId()), created);
    }

    /**
     * Removes the link to the page (the page as shown: a link to a removed page whose path it has now goes too);
     * false when there was none.
     */
    public boolean unlink(Actor actor, Target target, long targetId, long pageId) {
        actor.requireCoordinator();
        Owner owner = requireTarget(actor, target, targetId);
        List<GuideLink> links = links(actor, target, targetId, pageId);
        for (GuideLink link : links) {
            audit.record(actor, SUBJECT, link.getId(), context(owner), AuditAction.REMOVED,
                    values(actor.organisationId(), target, owner, link.getPage().getId()), null);
            em.remove(link);
        }
        em.flush();
        return !links.isEmpty();
    }

    private static String context(Owner owner) {
        return "course:" + owner.courseId();
    }

    /** What the audit trail keeps of a link: where it hangs, and the guide's German (else first) title and path. */
    private Map<String, String> values(long organisationId, Target target, Owner owner, long pageId) {
        ResolvedGuide guide = resolve(organisationId, List.of(pageId), "de").get(pageId);
        Map<String, String> values = new LinkedHashMap<>();
        values.put(target == Target.EXERCISE ? "exercise" : "module", owner.title());
        values.put("guide", guide == null ? null : guide.title());
        values.put("path", guide == null ? null : guide.path());
        values.put("page", String.valueOf(pageId));
        return values;
    }

    /** Unlinks the page with this path in any language. */
    public boolean unlink(Actor actor, Target target, long targetId, GuideLinkDraft draft) {
        actor.requireCoordinator();
        drafts.check(draft);
        requireTarget(actor, target, targetId);
        requireRegion(actor, draft);
        return findByPath(actor.organisationId(), draft.getPath())
                .map(page -> unlink(actor, target, targetId, page.getId())).orElse(false);
    }

    /** The guides linked to one exercise or module, in the language (with fallback), in the order they were linked. */
    public List<ResolvedGuide> linked(Actor actor, Target target, long targetId, String lang) {
        requireTarget(actor, target, targetId);
        return linked(actor.organisationId(), target, List.of(targetId), lang).getOrDefault(targetId, List.of());
    }

    /**
     * The guides linked to each of these exercises or modules of the organisation, in the language (with fallback).
     * For pages that show many at once: three queries, however many.
     */
    public Map<Long, List<ResolvedGuide>> linked(long organisationId, Target target, Collection<Long> targetIds,
            String lang) {
        if (targetIds.isEmpty()) {
            return Map.of();
        }
        String column = target == Target.EXERCISE ? "exerciseId" : "moduleId";
        List<Object[]> links = em.createQuery("select l." + column + ", l.page.id from GuideLink l "
                        + "where l.organisationId = :org and l." + column + " in :ids order by l.createdAt, l.id",
                        Object[].class)
                .setParameter("org", organisationId).setParameter("ids", targetIds).getResultList();
        if (links.isEmpty()) {
            return Map.of();
        }
        Map<Long, ResolvedGuide> resolved = resolve(organisationId, links.stream().map(l -> (Long) l[1]).toList(),
                lang);
        Map<Long, List<ResolvedGuide>> byTarget = new LinkedHashMap<>();
        for (Object[] link : links) {
            ResolvedGuide guide = resolved.get((Long) link[1]);
            List<ResolvedGuide> shown = byTarget.computeIfAbsent((Long) link[0], k -> new ArrayList<>());
            // a link to a removed page and one to the page that has its path now are one guide
            if (guide != null && shown.stream().noneMatch(g -> g.pageId() == guide.pageId())) {
                shown.add(guide);
            }
        }
        return byTarget;
    }

    /**
     * A link to a page an import no longer found (and no live page has its path), where it hangs, and since when
     * (UTC: the import that missed the page first).
     */
    public record BrokenLink(ResolvedGuide guide, Target target, long targetId, String targetTitle, long courseId,
            String courseTitle, LocalDateTime since) {
    }

    /** The links of the organisation to pages that imports no longer found, by course. Coordinators only. */
    public List<BrokenLink> brokenLinks(Actor actor, String lang) {
        actor.requireCoordinator();
        List<Object[]> rows = new ArrayList<>();
        em.createQuery("select l.page.id, e.id, e.title, c.id, c.title from GuideLink l, Exercise e "
                        + "join e.module m join m.course c where e.id = l.exerciseId and l.organisationId = :org "
                        + "and l.page.vanishedAt is not null order by c.title, e.title", Object[].class)
                .setParameter("org", actor.organisationId()).getResultList()
                .forEach(r -> rows.add(new Object[] {r[0], Target.EXERCISE, r[1], r[2], r[3], r[4]}));
        em.createQuery("select l.page.id, m.id, m.title, c.id, c.title from GuideLink l, CourseModule m "
                        + "join m.course c where m.id = l.moduleId and l.organisationId = :org "
                        + "and l.page.vanishedAt is not null order by c.title, m.title", Object[].class)
                .setParameter("org", actor.organisationId()).getResultList()
                .forEach(r -> rows.add(new Object[] {r[0], Target.MODULE, r[1], r[2], r[3], r[4]}));
        Map<Long, ResolvedGuide> resolved = resolve(actor.organisationId(),
                rows.stream().map(r -> (Long) r[0]).toList(), lang);
        List<BrokenLink> broken = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Object[] r : rows) {
            ResolvedGuide guide = resolved.get((Long) r[0]);
            if (guide != null && guide.broken() && seen.add(r[1] + ":" + r[2] + ":" + guide.pageId())) {
                broken.add(new BrokenLink(guide, (Target) r[1], (Long) r[2], (String) r[3], (Long) r[4],
                        (String) r[5], em.find(GuidePage.class, guide.pageId()).getVanishedAt()));
            }
        }
        return broken;
    }

    /** Every link of the organisation to exercises or to modules, in the language: for pages that show a plan. */
    public Map<Long, List<ResolvedGuide>> linkedAll(long organisationId, Target target, String lang) {
        String column = target == Target.EXERCISE ? "exerciseId" : "moduleId";
        List<Long> ids = em.createQuery("select distinct l." + column + " from GuideLink l where l.organisationId "
                + "= :org and l." + column + " is not null", Long.class)
                .setParameter("org", organisationId).getResultList();
        return linked(organisationId, target, ids, lang);
    }

    /** Each page in the language, or rather the page that has its path now (see the class comment). */
    private Map<Long, ResolvedGuide> resolve(long organisationId, Collection<Long> pageIds, String lang) {
        Map<Long, List<GuideTranslation>> translations = translations(pageIds);
        Map<Long, Long> current = current(organisationId, translations);
        Map<Long, List<GuideTranslation>> shown = new HashMap<>(translations);
        List<Long> more = current.values().stream().filter(id -> !shown.containsKey(id)).distinct().toList();
        shown.putAll(translations(more));
        Map<String, Boolean> rtl = directions(organisationId);
        String asked = GuideLanguages.normalise(lang);
        Map<Long, ResolvedGuide> resolved = new HashMap<>();
        translations.keySet().forEach(id -> {
            List<GuideTranslation> all = shown.get(current.get(id));
            resolved.put(id, resolve(all.get(0).getPage(), all, asked, rtl));
        });
        return resolved;
    }

    /** Live pages first, then the one seen last: which page a path means when several of the catalogue have it. */
    static final Comparator<GuidePage> LIVE_THEN_NEWEST = Comparator.comparing(GuidePage::isVanished)
            .thenComparing(GuidePage::getId, Comparator.reverseOrder());

    /**
     * For each page, the page that has its path now: a live page is its own; a removed one is the live page that
     * has one of its paths now, else the removed one seen last with such a path, else itself.
     */
    private Map<Long, Long> current(long organisationId, Map<Long, List<GuideTranslation>> translations) {
        Map<Long, Long> current = new HashMap<>();
        Map<String, List<GuidePage>> removedByPath = new HashMap<>();
        translations.forEach((id, all) -> {
            current.put(id, id);
            if (all.get(0).getPage().isVanished()) {
                all.forEach(t -> removedByPath.computeIfAbsent(t.getPathHash(), k -> new ArrayList<>())
                        .add(t.getPage()));
            }
        });
        if (removedByPath.isEmpty()) {
            return current;
        }
        Map<Long, GuidePage> best = new HashMap<>();
        List<String> hashes = List.copyOf(removedByPath.keySet());
        for (int from = 0; from < hashes.size(); from += 500) {
            em.createQuery("select t from GuideTranslation t join fetch t.page where t.organisationId = :org "
                            + "and t.pathHash in :hashes", GuideTranslation.class)
                    .setParameter("org", organisationId)
                    .setParameter("hashes", hashes.subList(from, Math.min(hashes.size(), from + 500)))
                    .getResultList().forEach(t -> {
                        for (GuidePage removed : removedByPath.get(t.getPathHash())) {
                            GuidePage before = best.getOrDefault(removed.getId(), removed);
                            if (LIVE_THEN_NEWEST.compare(t.getPage(), before) < 0) {
                                best.put(removed.getId(), t.getPage());
                            }
                        }
                    });
        }
        best.forEach((removed, page) -> current.put(removed, page.getId()));
        return current;
    }

    private static ResolvedGuide resolve(GuidePage page, List<GuideTranslation> all, String asked,
            Map<String, Boolean> rtl) {
        Map<String, GuideTranslation> byLanguage = new HashMap<>();
        all.forEach(t -> byLanguage.put(t.getLanguage(), t));
        GuideTranslation chosen = asked == null ? null : byLanguage.get(asked);
        for (int i = 0; chosen == null && i < FALLBACK.size(); i++) {
            chosen = byLanguage.get(FALLBACK.get(i));
        }
        if (chosen == null) {
            chosen = all.stream().min(Comparator.comparingLong(GuideTranslation::getIntegreatId)).orElseThrow();
        }
        return new ResolvedGuide(page.getId(), chosen.getTitle(), url(chosen), chosen.getPath(),
                chosen.getLanguage(), dir(rtl, chosen.getLanguage()), !chosen.getLanguage().equals(asked),
                page.isVanished(), all.size());
    }

    /** a web address whatever was stored (rows stored before the import checked addresses may hold anything) */
    private static String url(GuideTranslation t) {
        return WebLinks.href(t.getUrl(), "https://integreat.app" + t.getPath());
    }

    private static String dir(Map<String, Boolean> rtl, String language) {
        return Boolean.TRUE.equals(rtl.get(language)) ? "rtl" : "ltr";
    }

    private Map<Long, List<GuideTranslation>> translations(Collection<Long> pageIds) {
        if (pageIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<GuideTranslation>> byPage = new LinkedHashMap<>();
        List<Long> ids = List.copyOf(new LinkedHashSet<>(pageIds));
        for (int from = 0; from < ids.size(); from += 500) {
            em.createQuery("select t from GuideTranslation t join fetch t.page where t.page.id in :ids "
                            + "order by t.page.id, t.language", GuideTranslation.class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 500))).getResultList()
                    .forEach(t -> byPage.computeIfAbsent(t.getPage().getId(), k -> new ArrayList<>()).add(t));
        }
        return byPage;
    }

    /** A language of the organisation's region, as Integreat lists it. */
    public record CatalogueLanguage(String code, String nativeName, boolean rightToLeft) {
    }

    public List<CatalogueLanguage> languages(Actor actor) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select code, native_name, right_to_left from guide_language "
                + "where organisation_id = ? order by code").setParameter(1, actor.organisationId()).getResultList();
        return rows.stream().map(r -> new CatalogueLanguage((String) r[0], (String) r[1], bool(r[2]))).toList();
    }

    private Map<String, Boolean> directions(long organisationId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select code, right_to_left from guide_language "
                + "where organisation_id = ?").setParameter(1, organisationId).getResultList();
        Map<String, Boolean> rtl = new HashMap<>();
        rows.forEach(r -> rtl.put((String) r[0], bool(r[1])));
        return rtl;
    }

    /** a boolean column as the driver gives it: Boolean (H2) or a number (MariaDB) */
    private static boolean bool(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }

    /** The page a path (or web address) means: of the pages with that path, a live one, else the one seen last. */
    private Optional<GuidePage> findByPath(long organisationId, String pathOrUrl) {
        for (String candidate : paths(pathOrUrl)) {
            Optional<GuidePage> found = em.createQuery("select t from GuideTranslation t join fetch t.page "
                            + "where t.organisationId = :org and t.pathHash = :hash", GuideTranslation.class)
                    .setParameter("org", organisationId).setParameter("hash", CatalogueWriter.pathHash(candidate))
                    .getResultList().stream().map(GuideTranslation::getPage).min(LIVE_THEN_NEWEST);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** A path as Integreat stores it ({@code /augsburg/de/willkommen/}) from what a coordinator pastes. */
    static List<String> paths(String pathOrUrl) {
        String p = pathOrUrl.strip().replaceFirst("^(?i)https?://[^/]+", "");
        int cut = p.indexOf('?') >= 0 ? p.indexOf('?') : p.indexOf('#');
        if (cut >= 0) {
            p = p.substring(0, cut);
        }
        if (p.matches(".*%[0-9A-Fa-f]{2}.*")) {
            try {
                p = URLDecoder.decode(p.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                // not percent-encoded after all: taken as it is
            }
        }
        if (!p.startsWith("/")) {
            p = "/" + p;
        }
        String withSlash = p.endsWith("/") ? p : p + "/";
        return List.of(withSlash, withSlash.substring(0, withSlash.length() - 1));
    }

    /** The links of the exercise or module that show this page: to it, or to a removed page whose path it has. */
    private List<GuideLink> links(Actor actor, Target target, long targetId, long pageId) {
        String column = target == Target.EXERCISE ? "exerciseId" : "moduleId";
        List<GuideLink> all = em.createQuery("select l from GuideLink l where l.organisationId = :org and l."
                        + column + " = :target", GuideLink.class)
                .setParameter("org", actor.organisationId()).setParameter("target", targetId).getResultList();
        if (all.isEmpty()) {
            return all;
        }
        Map<Long, Long> current = current(actor.organisationId(),
                translations(all.stream().map(l -> l.getPage().getId()).toList()));
        return all.stream().filter(l -> l.getPage().getId() == pageId
                || current.getOrDefault(l.getPage().getId(), 0L) == pageId).toList();
    }

    private String requireRegion(Actor actor, GuideLinkDraft draft) {
        String region = (String) em.createNativeQuery("select integreat_region from organisation where id = ?")
                .setParameter(1, actor.organisationId()).getSingleResult();
        if (!region.equals(draft.getRegion().strip())) {
            throw CampusException.invalid("error.guide.region", "region", draft.getRegion().strip(), region);
        }
        return region;
    }

    private Owner requireTarget(Actor actor, Target target, long targetId) {
        if (target == Target.EXERCISE) {
            Exercise exercise = courses.findExercise(actor, targetId);
            return new Owner(exercise.getTitle(), exercise.getModule().getCourse().getId());
        }
        CourseModule module = courses.findModule(actor, targetId);
        return new Owner(module.getTitle(), module.getCourse().getId());
    }
}
