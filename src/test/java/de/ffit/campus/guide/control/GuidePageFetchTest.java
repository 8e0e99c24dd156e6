package de.ffit.campus.guide.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Which language an address names, as Integreat's {@code page/?url=} needs it: the page is looked up in it. */
class GuidePageFetchTest {

    @Test
    void theLanguageIsTheSecondPartOfAPathOfTheRegion() {
        assertEquals("de", GuidePageFetch.language("augsburg", "/augsburg/de/willkommen/"));
        assertEquals("ar", GuidePageFetch.language("augsburg", "/augsburg/ar/أهلا-وسهلا/كلمات-مرور-آمنة/"));
        assertEquals("prs", GuidePageFetch.language("augsburg", "/augsburg/prs/خوش-آمدید"), "as Integreat writes it");
        assertEquals("de-si", GuidePageFetch.language("augsburg", "augsburg/de-si/willkommen"));
    }

    @Test
    void anAddressOfAnotherRegionOrWithoutAPageNamesNoLanguage() {
        assertNull(GuidePageFetch.language("augsburg", "/berlin/de/willkommen/"),
                "Integreat would find the slug in our region: refused before asking");
        assertNull(GuidePageFetch.language("augsburg", "/augsburg/de/"), "the region's start page is no guide");
        assertNull(GuidePageFetch.language("augsburg", "/augsburg/../admin/"));
        assertNull(GuidePageFetch.language("augsburg", "/"));
        assertNull(GuidePageFetch.language("augsburg", null));
    }
}
