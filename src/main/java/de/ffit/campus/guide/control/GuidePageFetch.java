package de.ffit.campus.guide.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One page asked from Integreat and added to the catalogue, for a coordinator who links a page the last import has
 * not seen (published since). API v3's {@code /api/v3/{region}/{language}/page/?url=} finds a page by the last slug
 * of its address among the translations in that language, so the language is the one the address names; the
 * page's other translations are asked the same way by their own addresses, so that the page joins the catalogue
 * in all its languages, as the next import will find it. A CDI bean, not an EJB, so that its caller hears
 * {@link IntegreatException} as it is, not wrapped.
 */
@ApplicationScoped
public class GuidePageFetch {

    @Inject
    IntegreatClient client;

    @Inject
    CatalogueWriter writer;

    @Inject
    Clock clock;

    /**
     * Asks Integreat for the page at this path (as {@link Guides#paths} makes it) of the region and adds it to the
     * organisation's catalogue; its catalogue id. Outside any transaction: nothing waits for Integreat holding
     * locks. Throws {@link IntegreatException} ({@code NOT_FOUND} when Integreat does not know the page).
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public long fetch(long organisationId, String region, String path) {
        String language = language(region, path);
        if (language == null) {
            throw new IntegreatException(IntegreatException.Kind.NOT_FOUND,
                    "“" + path + "” is not the address of a page of region “" + region + "”");
        }
        IntegreatApi api = client.api();
        IntegreatApi.Page page = api.page(region, language, path);
        List<CatalogueFetch.Read> read = new ArrayList<>();
        read.add(CatalogueFetch.read(GuideLanguages.normalise(language), page));
        for (Map.Entry<String, IntegreatApi.Translation> other : page.availableLanguages().entrySet()) {
            String otherLanguage = language(region, other.getValue().path());
            if (otherLanguage == null) {
                continue;
            }
            try {
                read.add(CatalogueFetch.read(other.getKey(), api.page(region, otherLanguage,
                        other.getValue().path())));
            } catch (IntegreatException e) {
                if (e.kind() != IntegreatException.Kind.NOT_FOUND) {
                    throw e;
                }
                // a translation listed but not public: the page joins without it
            }
        }
        List<IntegreatApi.Language> languages = writer.hasLanguages(organisationId) ? List.of()
                : CatalogueFetch.distinct(api.languages(region));
        return writer.add(organisationId, CatalogueFetch.group(region, languages, read),
                LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
    }

    /**
     * The language code of a page's path in the region ({@code /augsburg/ar/...} → {@code ar}), as Integreat
     * writes it; null when the path is not one of a page of that region.
     */
    static String language(String region, String path) {
        if (path == null) {
            return null;
        }
        String[] parts = path.replaceAll("^/+|/+$", "").split("/");
        if (parts.length < 3 || !parts[0].equals(region) || !IntegreatApi.LANGUAGE.matcher(parts[1]).matches()) {
            return null;
        }
        return parts[1];
    }
}
