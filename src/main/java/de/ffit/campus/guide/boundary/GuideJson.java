package de.ffit.campus.guide.boundary;

import de.ffit.campus.guide.control.CatalogueHit;
import de.ffit.campus.guide.control.CatalogueStatus;
import de.ffit.campus.guide.control.Guides;
import de.ffit.campus.guide.control.ResolvedGuide;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** The JSON shapes of the guide API. Times are UTC instants ({@code 2026-12-01T03:30:00Z}). */
public final class GuideJson {

    private GuideJson() {
    }

    /** A linked guide in one language: DESIGN's {@code {title, url, lang, dir}}, plus which page and its state. */
    public record Guide(long pageId, String title, String url, String path, String lang, String dir,
            boolean fallback, boolean broken) {

        static Guide of(ResolvedGuide g) {
            return new Guide(g.pageId(), g.title(), g.url(), g.path(), g.lang(), g.dir(), g.fallback(), g.broken());
        }
    }

    public record Hit(long pageId, String region, boolean vanished, String title, String lang, String dir,
            List<CatalogueHit.Translation> translations) {

        static Hit of(CatalogueHit h) {
            return new Hit(h.pageId(), h.region(), h.vanished(), h.shown().title(), h.shown().lang(), h.shown().dir(),
                    h.translations());
        }
    }

    public record Failure(String kind, Integer status, String message, String detail, String at) {
    }

    public record ImportState(String region, String state, String startedAt, String startedBy, String finishedAt,
            String lastSuccessAt, int pages, int translations, int languages, int added, int changed,
            int unchanged, int vanished, Failure error, int brokenLinks) {
    }

    /** A link to a page Integreat no longer lists: the guide as last known, where it hangs, since when. */
    public record BrokenLink(long pageId, String title, String lang, String dir, String target, long targetId,
            String targetTitle, long courseId, String courseTitle, String since) {

        static BrokenLink of(Guides.BrokenLink b) {
            return new BrokenLink(b.guide().pageId(), b.guide().title(), b.guide().lang(), b.guide().dir(),
                    b.target().name(), b.targetId(), b.targetTitle(), b.courseId(), b.courseTitle(),
                    instant(b.since()));
        }
    }

    static ImportState of(CatalogueStatus s, String errorMessage, int brokenLinks) {
        Failure error = s.error() == null ? null : new Failure(s.error().kind(), s.error().status(), errorMessage,
                s.error().detail(), instant(s.error().at()));
        return new ImportState(s.region(), s.state().name(), instant(s.startedAt()), s.startedBy(),
                instant(s.finishedAt()), instant(s.lastSuccessAt()), s.pages(), s.translations(), s.languages(),
                s.added(), s.changed(), s.unchanged(), s.vanished(), error, brokenLinks);
    }

    private static String instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC).toString();
    }
}
