package de.ffit.campus.guide.control;

import java.util.List;

/** A page found in the catalogue: its title in the asked language (or the fallback) and all its translations. */
public record CatalogueHit(long pageId, String region, boolean vanished, ResolvedGuide shown,
        List<Translation> translations) {

    public record Translation(String lang, String title, String path, String url, String dir) {
    }
}
