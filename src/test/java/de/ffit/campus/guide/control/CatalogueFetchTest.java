package de.ffit.campus.guide.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ffit.campus.platform.i18n.Messages;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** How read translations become pages, and how a pasted address becomes the path the catalogue looks up. */
class CatalogueFetchTest {

    private static final LocalDateTime T = LocalDateTime.of(2026, 3, 3, 9, 15);

    private static CatalogueFetch.Read read(String language, long id, long... others) {
        return new CatalogueFetch.Read(language, id, "https://integreat.app/r/" + language + "/p" + id,
                "/r/" + language + "/p" + id + "/", "Title " + id, null, T, others);
    }

    private static Map<Long, Integer> groupOf(CatalogueFetch.Fetched fetched) {
        return fetched.rows().stream().collect(Collectors.toMap(CatalogueFetch.Row::integreatId,
                CatalogueFetch.Row::group));
    }

    @Test
    void translationsThatNameEachOtherAreOnePageEvenWhenOnlyOneSideDoes() {
        // 1 (de) and 2 (ar) name each other; 3 (en) names only 1; 4 (de) stands alone; 5 names an id not read
        CatalogueFetch.Fetched fetched = CatalogueFetch.group("r", List.of(), List.of(read("de", 1, 2, 3),
                read("ar", 2, 1), read("en", 3), read("de", 4), read("en", 5, 99)));
        Map<Long, Integer> group = groupOf(fetched);
        assertEquals(3, fetched.pages());
        assertEquals(group.get(1L), group.get(2L));
        assertEquals(group.get(1L), group.get(3L));
        assertNotEquals(group.get(1L), group.get(4L));
        assertNotEquals(group.get(4L), group.get(5L));
        assertEquals(5, fetched.rows().size());
    }

    @Test
    void onePageKeepsOneTranslationPerLanguageAndATranslationListedTwiceCountsOnce() {
        // Integreat with both fa and prs: both are fa here; the one read first stays
        CatalogueFetch.Fetched fetched = CatalogueFetch.group("r", List.of(), List.of(read("de", 1, 2, 3),
                read("fa", 2, 1, 3), read("fa", 3, 1, 2), read("de", 1, 2, 3)));
        assertEquals(1, fetched.pages());
        assertEquals(List.of(1L, 2L), fetched.rows().stream().map(CatalogueFetch.Row::integreatId).toList());
    }

    @Test
    void longTitlesAreCutToWhatTheCatalogueStores() {
        CatalogueFetch.Read longOne = new CatalogueFetch.Read("de", 1, null, "/r/de/p/", "x".repeat(600),
                "y".repeat(2000), T, new long[0]);
        CatalogueFetch.Row row = CatalogueFetch.group("r", List.of(), List.of(longOne)).rows().get(0);
        assertEquals(CatalogueFetch.TITLE_LENGTH, row.title().length());
        assertTrue(row.title().endsWith("…"));
        assertEquals(CatalogueFetch.EXCERPT_LENGTH, row.excerpt().length());
    }

    @Test
    void aPastedAddressBecomesThePathIntegreatGives() {
        assertEquals("/augsburg/ar/أهلا-وسهلا/", Guides.paths("https://integreat.app/augsburg/ar/أهلا-وسهلا").get(0));
        assertEquals("/augsburg/ar/أهلا-وسهلا/", Guides.paths(
                "https://integreat.app/augsburg/ar/%D8%A3%D9%87%D9%84%D8%A7-%D9%88%D8%B3%D9%87%D9%84%D8%A7?x=1").get(0));
        assertEquals("/augsburg/de/willkommen/", Guides.paths(" /augsburg/de/willkommen/ ").get(0));
        assertEquals("/augsburg/de/willkommen/", Guides.paths("augsburg/de/willkommen#oben").get(0));
        assertEquals("/augsburg/de/c++/", Guides.paths("/augsburg/de/c++/").get(0), "a plus is not a space");
        assertEquals("/augsburg/de/willkommen", Guides.paths("/augsburg/de/willkommen/").get(1), "and without");
    }

    @Test
    void everyWayAnImportFailsHasAMessageInEveryLanguage() {
        List<String> kinds = new java.util.ArrayList<>(java.util.Arrays.stream(IntegreatException.Kind.values())
                .map(Enum::name).toList());
        kinds.add("ERROR");
        for (String language : List.of("de", "en", "ar", "fa")) {
            for (String kind : kinds) {
                CatalogueStatus status = new CatalogueStatus("augsburg", CatalogueStatus.State.FAILED, T, T, null,
                        "c", 0, 0, 0, 0, 0, 0, 0, new CatalogueStatus.Failure(kind, 503, "detail", T));
                String message = status.errorMessage(Locale.forLanguageTag(language));
                assertTrue(!message.startsWith("guide.error.") && !message.contains("{"), language + " " + kind
                        + ": " + message);
                assertEquals(Messages.text(Locale.forLanguageTag(language), "guide.error." + kind, "augsburg",
                        "503"), message);
            }
        }
    }
}
