package de.ffit.campus.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ffit.campus.TestDeployments;
import de.ffit.campus.support.Axe;
import de.ffit.campus.support.Browser;
import de.ffit.campus.support.FakeIntegreat;
import de.ffit.campus.support.Fixture;
import de.ffit.campus.support.Http;
import de.ffit.campus.support.Http.As;
import de.ffit.campus.support.PlainBrowser;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSubmitInput;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Integreat guides end to end on MariaDB: the application imports a region from a stand-in Integreat in this JVM
 * ({@link FakeIntegreat}, FFIT_INTEGREAT_URL in arquillian.xml), a coordinator searches and links through the API,
 * guides resolve per language with the fallback, a re-import sees changed and vanished pages, a failed import
 * leaves the catalogue as it was, and the pages show the guides (trainer, kiosk with QR code).
 *
 * <p>The region of each test (its own name) has German, English, Arabic (right to left), Dari as Integreat writes
 * it ({@code prs}, read as {@code fa}) and Ukrainian, and four pages:
 * <pre>
 *   welcome     de en ar prs uk   "Willkommen"
 *   passwords   de en ar          "Sichere Passwörter", child of welcome
 *   english     en                "Only in English"
 *   bus         de                "Busfahrplan", child of welcome
 * </pre>
 */
@ExtendWith(ArquillianExtension.class)
class GuideIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestDeployments.application();
    }

    @ArquillianResource
    URL deployed;

    private String base;
    private Http http;
    private Fixture a;
    private FakeIntegreat.Region region;
    private long exercise;
    private long module;

    @BeforeEach
    void aRegionAndAnOrganisationInIt() {
        base = "http://127.0.0.1:" + deployed.getPort() + "/ffit-campus";
        http = new Http(base);
        String slug = "gt-" + UUID.randomUUID().toString().substring(0, 8);
        region = FakeIntegreat.shared().region(slug)
                .language("de", "Deutsch", false).language("en", "English", false)
                .language("ar", "العربية", true).language("prs", "دری", true)
                .language("uk", "Українська", false)
                .page("welcome", null, "2026-03-03T10:15:00+01:00",
                        "de", "willkommen", "Willkommen", "en", "welcome", "Welcome",
                        "ar", "أهلا-وسهلا", "أهلاً وسهلاً", "prs", "خوش-آمدید", "خوش آمدید",
                        "uk", "laskavo-prosymo", "Ласкаво просимо")
                .page("passwords", "welcome", "2026-04-11T10:00:00+02:00",
                        "de", "sichere-passwoerter", "Sichere Passwörter", "en", "safe-passwords", "Safe passwords",
                        "ar", "كلمات-مرور-آمنة", "كلمات مرور آمنة")
                .page("english", null, "2026-05-01T09:00:00Z", "en", "only-english", "Only in English")
                .page("bus", "welcome", "2026-05-02T09:00:00Z", "de", "busfahrplan", "Busfahrplan");
        a = new Fixture(http, "G", slug);
        module = Fixture.created(http.post(a.coordinator, "/api/courses/" + a.courseId + "/modules",
                "{\"title\":\"Sicher im Netz\"}"));
        exercise = Fixture.created(http.post(a.coordinator, "/api/modules/" + module + "/exercises",
                "{\"title\":\"Sichere Passwörter erstellen\",\"mandatory\":true,\"competences\":[\"4.1\"]}"));
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    /** Starts an import and waits until it is no longer running; the finished state. */
    private JsonObject importNow(As who) throws InterruptedException {
        Http.Response started = http.post(who, "/api/guide-catalogue/import", "");
        assertEquals(202, started.status(), started::toString);
        for (int i = 0; i < 300; i++) {
            JsonObject state = http.get(who, "/api/guide-catalogue/import").json();
            if (!state.getString("state").equals("RUNNING")) {
                return state;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the import did not finish in 30 s");
    }

    private JsonArray guides(String lang) {
        Http.Response response = http.get(a.trainer, "/api/exercises/" + exercise + "/guides?lang=" + lang);
        assertEquals(200, response.status(), response::toString);
        return response.array();
    }

    private Http.Response link(String path) {
        return http.post(a.coordinator, "/api/exercises/" + exercise + "/guides",
                "{\"region\":" + Http.str(region(a)) + ",\"path\":" + Http.str(path) + "}");
    }

    private String region(Fixture org) {
        return http.get(Fixture.ADMIN, "/api/organisations/" + org.organisationId).json().getString("integreatRegion");
    }

    private static String titleOf(JsonArray guides, int i) {
        return guides.getJsonObject(i).getString("title");
    }

    // ---- tests ----------------------------------------------------------------------------------------------

    @Test
    void theRegionIsImportedLinkedByAnyTranslationsPathAndResolvedInEachLanguageWithFallback() throws Exception {
        assertEquals("NEVER", http.get(a.coordinator, "/api/guide-catalogue/import").json().getString("state"));
        JsonObject state = importNow(a.coordinator);
        assertEquals("IDLE", state.getString("state"), state::toString);
        assertEquals(4, state.getInt("pages"));
        assertEquals(5, state.getInt("languages"), "de, en, ar, fa (Dari), uk");
        assertEquals(10, state.getInt("translations"));
        assertEquals(4, state.getInt("added"));
        assertNotNull(state.getString("lastSuccessAt"));
        assertFalse(state.containsKey("error"), state::toString);

        // search: a title in any language, case-insensitive; the hit shows the asked language
        JsonArray hits = http.get(a.coordinator, "/api/guide-catalogue?q=" + URLEncoder.encode("كلمات",
                StandardCharsets.UTF_8) + "&lang=de").array();
        assertEquals(1, hits.size(), hits::toString);
        assertEquals("Sichere Passwörter", hits.getJsonObject(0).getString("title"));
        assertEquals(3, hits.getJsonObject(0).getJsonArray("translations").size());
        assertEquals(1, http.get(a.coordinator, "/api/guide-catalogue?q=PASSW").array().size());
        assertEquals(4, http.get(a.coordinator, "/api/guide-catalogue").array().size());

        // linked by the path of its Arabic translation (raw UTF-8), then by the web address of the Dari one
        Http.Response linked = link(region.path("passwords", "ar"));
        assertEquals(201, linked.status(), linked::toString);
        assertEquals(200, link(region.path("passwords", "de")).status(), "the same page again: nothing new");
        assertEquals(201, link(region.url("welcome", "prs")).status());
        assertEquals(201, link(region.path("english", "en")).status());

        JsonArray ar = guides("ar");
        assertEquals(3, ar.size(), ar::toString);
        assertEquals("كلمات مرور آمنة", titleOf(ar, 0));
        assertEquals("rtl", ar.getJsonObject(0).getString("dir"), "Integreat's dir for Arabic");
        assertEquals("ar", ar.getJsonObject(0).getString("lang"));
        assertEquals(region.url("passwords", "ar"), ar.getJsonObject(0).getString("url"));
        assertEquals("أهلاً وسهلاً", titleOf(ar, 1));
        assertEquals("Only in English", titleOf(ar, 2), "no Arabic, no German: English");
        assertEquals("en", ar.getJsonObject(2).getString("lang"));

        // Dari and Farsi are one language: fa, prs, pes and fa-AF all find the prs translation
        for (String dari : List.of("fa", "prs", "pes", "fa-AF")) {
            JsonArray fa = guides(dari);
            assertEquals("Sichere Passwörter", titleOf(fa, 0), dari + ": no Persian, so German");
            assertEquals("ltr", fa.getJsonObject(0).getString("dir"));
            assertTrue(fa.getJsonObject(0).getBoolean("fallback"));
            assertEquals("خوش آمدید", titleOf(fa, 1), dari);
            assertEquals("rtl", fa.getJsonObject(1).getString("dir"), dari);
            assertEquals("fa", fa.getJsonObject(1).getString("lang"));
        }
        JsonArray uk = guides("uk");
        assertEquals(List.of("Sichere Passwörter", "Ласкаво просимо", "Only in English"),
                uk.stream().map(g -> g.asJsonObject().getString("title")).toList());
        assertEquals("Sichere Passwörter", titleOf(guides("ckb"), 0), "a language the region lacks: German");

        // a module links the same way; unlinking by path or by page
        Http.Response onModule = http.post(a.coordinator, "/api/modules/" + module + "/guides",
                "{\"region\":" + Http.str(region(a)) + ",\"path\":" + Http.str(region.path("bus", "de")) + "}");
        assertEquals(201, onModule.status(), onModule::toString);
        assertEquals("Busfahrplan", http.get(a.trainer, "/api/modules/" + module + "/guides?lang=ar").array()
                .getJsonObject(0).getString("title"));
        assertEquals(204, http.delete(a.coordinator, "/api/exercises/" + exercise + "/guides?region="
                + region(a) + "&path=" + URLEncoder.encode(region.path("english", "en"), StandardCharsets.UTF_8))
                .status());
        long welcome = ar.getJsonObject(1).getJsonNumber("pageId").longValue();
        assertEquals(204, http.delete(a.coordinator, "/api/exercises/" + exercise + "/guides/" + welcome).status());
        assertEquals(404, http.delete(a.coordinator, "/api/exercises/" + exercise + "/guides/" + welcome).status());
        assertEquals(List.of("كلمات مرور آمنة"), guides("ar").stream().map(g -> g.asJsonObject()
                .getString("title")).toList());
    }

    @Test
    void badLinksAreRefusedWithAClearMessageAndOtherOrganisationsSeeNothing() throws Exception {
        importNow(a.coordinator);
        Http.Response otherRegion = http.post(a.coordinator.in("de"), "/api/exercises/" + exercise + "/guides",
                "{\"region\":\"berlin\",\"path\":" + Http.str(region.path("welcome", "de")) + "}");
        assertEquals(400, otherRegion.status());
        assertTrue(otherRegion.json().getString("detail").contains("nicht die Integreat-Region"), otherRegion::toString);
        Http.Response unknown = http.post(a.coordinator.in("ar"), "/api/exercises/" + exercise + "/guides",
                "{\"region\":" + Http.str(region(a)) + ",\"path\":\"/" + region(a) + "/de/gibt-es-nicht/\"}");
        assertEquals(400, unknown.status());
        assertTrue(unknown.json().getString("detail").contains("لا يعرف Integreat صفحة"), unknown::toString);
        Http.Response blank = http.post(a.coordinator, "/api/exercises/" + exercise + "/guides",
                "{\"region\":\"\",\"path\":\"\"}");
        assertEquals(400, blank.status());
        assertEquals(2, blank.json().getJsonArray("errors").size(), blank::toString);
        assertEquals(400, http.post(a.coordinator, "/api/exercises/" + exercise + "/guides", "{\"region\":").status());
        assertEquals(List.of(), guides("de").getValuesAs(JsonObject.class), "nothing linked by any of this");
        // trainers read guides but do not link them
        assertEquals(201, link(region.path("welcome", "de")).status());
        assertEquals(404, http.post(a.trainer, "/api/exercises/" + exercise + "/guides",
                "{\"region\":" + Http.str(region(a)) + ",\"path\":" + Http.str(region.path("bus", "de")) + "}")
                .status());
        assertEquals(1, guides("de").size());

        // another organisation: not its exercise, not its catalogue, not its import
        Fixture b = new Fixture(http, "H", region(a));
        assertEquals(404, http.get(b.coordinator, "/api/exercises/" + exercise + "/guides").status());
        assertEquals(404, http.post(b.coordinator, "/api/exercises/" + exercise + "/guides",
                "{\"region\":" + Http.str(region(a)) + ",\"path\":" + Http.str(region.path("bus", "de")) + "}")
                .status());
        assertEquals(0, http.get(b.coordinator, "/api/guide-catalogue?q=Will").array().size());
        assertEquals("NEVER", http.get(b.coordinator, "/api/guide-catalogue/import").json().getString("state"));
        assertEquals(404, http.post(b.trainer, "/api/guide-catalogue/import", "").status(), "coordinators import");
    }

    @Test
    void aReimportWritesOnlyWhatChangedAndKeepsLinksToVanishedPagesMarkedBroken() throws Exception {
        importNow(a.coordinator);
        assertEquals(201, link(region.path("passwords", "de")).status());
        assertEquals(201, link(region.path("bus", "de")).status());

        JsonObject again = importNow(a.coordinator);
        assertEquals(0, again.getInt("added"));
        assertEquals(0, again.getInt("changed"));
        assertEquals(4, again.getInt("unchanged"), again::toString);

        region.retitle("passwords", "ar", "كلمات مرور قوية", "2026-11-20T08:00:00+01:00")
                .removeTranslation("welcome", "uk").remove("bus");
        JsonObject changed = importNow(a.coordinator);
        assertEquals("IDLE", changed.getString("state"), changed::toString);
        assertEquals(2, changed.getInt("changed"), "passwords retitled, welcome lost a language");
        assertEquals(1, changed.getInt("unchanged"));
        assertEquals(1, changed.getInt("vanished"));
        assertEquals(3, changed.getInt("pages"));

        JsonArray ar = guides("ar");
        assertEquals("كلمات مرور قوية", titleOf(ar, 0), "the new title");
        assertFalse(ar.getJsonObject(0).getBoolean("broken"));
        assertEquals("Busfahrplan", titleOf(ar, 1), "the link stays, with the last known title");
        assertTrue(ar.getJsonObject(1).getBoolean("broken"), ar::toString);
        assertTrue(http.get(a.coordinator, "/api/guide-catalogue?q=" + URLEncoder.encode("Ласкаво",
                StandardCharsets.UTF_8)).array().isEmpty(), "the Ukrainian translation is gone from the catalogue");
        JsonArray vanished = http.get(a.coordinator, "/api/guide-catalogue?q=Busfahr").array();
        assertTrue(vanished.getJsonObject(0).getBoolean("vanished"));

        // the coordinator is told on the catalogue page, in German
        try (WebClient office = PlainBrowser.speaking("de")) {
            HtmlPage page = signIn(office, "/courses/guides.xhtml", a.coordinatorName);
            String text = page.asNormalizedText();
            assertTrue(text.contains("Verknüpfungen zu Leitfäden, die in Integreat verschwunden sind: 1"), text);
            assertTrue(text.matches("(?s).*Busfahrplan\\s*→\\s*ffIT Basis: Sichere Passwörter erstellen.*"), text);
            assertTrue(text.contains("3 Seiten in 5 Sprachen (8 Übersetzungen)"), text);
        }

        // published again with the same ids: the link works again
        region.restore("bus");
        JsonObject back = importNow(a.coordinator);
        assertEquals(0, back.getInt("vanished"));
        assertEquals(1, back.getInt("changed"), back::toString);
        assertFalse(guides("ar").getJsonObject(1).getBoolean("broken"));
    }

    @Test
    void aFailedImportSaysWhyInTheUsersLanguageAndLeavesTheCatalogueAsItWas() throws Exception {
        JsonObject good = importNow(a.coordinator);
        assertEquals(201, link(region.path("passwords", "de")).status());
        record Case(FakeIntegreat.Trouble trouble, String kind, String message) {
        }
        for (Case c : List.of(
                new Case(FakeIntegreat.Trouble.SERVER_ERROR, "HTTP", "Integreat hat mit einem Fehler geantwortet (HTTP 500)"),
                new Case(FakeIntegreat.Trouble.CUT_OFF, "MALFORMED", "nicht gelesen werden"),
                new Case(FakeIntegreat.Trouble.NOT_JSON, "MALFORMED", "nicht gelesen werden"),
                new Case(FakeIntegreat.Trouble.EMPTY, "MALFORMED", "nicht gelesen werden"))) {
            region.trouble(c.trouble()).retitle("passwords", "ar", "عنوان جديد " + c.trouble(),
                    "2026-11-2" + c.trouble().ordinal() + "T08:00:00Z");
            JsonObject failed = importNow(a.coordinator.in("de"));
            assertEquals("FAILED", failed.getString("state"), failed::toString);
            JsonObject error = failed.getJsonObject("error");
            assertEquals(c.kind(), error.getString("kind"), c.trouble() + ": " + error);
            assertTrue(error.getString("message").contains(c.message()), c.trouble() + ": " + error);
            assertTrue(error.getString("message").contains("Der gespeicherte Katalog bleibt erhalten"));
            assertEquals(good.getString("lastSuccessAt"), failed.getString("lastSuccessAt"));
            assertEquals(4, failed.getInt("pages"));
            // nothing of the half-read answer was written: the old title, the link as before
            assertEquals("كلمات مرور آمنة", titleOf(guides("ar"), 0), c.trouble().toString());
            assertEquals(4, http.get(a.coordinator, "/api/guide-catalogue").array().size());
        }
        region.trouble(FakeIntegreat.Trouble.NONE);
        JsonObject recovered = importNow(a.coordinator);
        assertEquals("IDLE", recovered.getString("state"));
        assertTrue(recovered.containsKey("error"), "the last error stays visible, with its time");
        assertTrue(titleOf(guides("ar"), 0).startsWith("عنوان جديد"));

        // a region Integreat does not know
        Fixture lost = new Fixture(http, "L", "no-such-region-" + a.run.toLowerCase());
        JsonObject nowhere = importNow(lost.coordinator.in("en"));
        assertEquals("FAILED", nowhere.getString("state"));
        assertEquals("NOT_FOUND", nowhere.getJsonObject("error").getString("kind"));
        assertTrue(nowhere.getJsonObject("error").getString("message").contains("Integreat does not know the region"),
                nowhere::toString);
    }

    private static List<String> titles(JsonArray guides) {
        return guides.stream().map(g -> g.asJsonObject().getString("title")).toList();
    }

    @Test
    void aRemovedPageAndALivePageAtTheSamePathGiveTheLivePage() throws Exception {
        importNow(a.coordinator);
        String path = region.path("bus", "de");
        assertEquals(201, link(path).status());
        // Integreat: the page is removed, and later another one (new ids) is published at the same path
        region.remove("bus").page("bus-new", "welcome", "2026-11-30T09:00:00Z",
                "de", "busfahrplan", "Busfahrplan 2027", "ar", "جدول-الحافلات", "جدول الحافلات");
        assertEquals(path, region.path("bus-new", "de"));
        JsonObject state = importNow(a.coordinator);
        assertEquals(1, state.getInt("added"), state::toString);
        assertEquals(1, state.getInt("vanished"), state::toString);

        // resolving the path gives the live page
        JsonArray hits = http.get(a.coordinator, "/api/guide-catalogue?lang=de&q="
                + URLEncoder.encode(path, StandardCharsets.UTF_8)).array();
        assertEquals(1, hits.size(), hits::toString);
        assertEquals("Busfahrplan 2027", hits.getJsonObject(0).getString("title"));
        assertFalse(hits.getJsonObject(0).getBoolean("vanished"));
        // the link made before shows the live page, not a broken guide
        JsonArray de = guides("de");
        assertEquals(List.of("Busfahrplan 2027"), titles(de));
        assertFalse(de.getJsonObject(0).getBoolean("broken"), de::toString);
        assertEquals(List.of("جدول الحافلات"), titles(guides("ar")));
        assertEquals(0, http.get(a.coordinator, "/api/guide-catalogue/broken-links").array().size());
        // linking the path again gives the live page, and the learner still sees one guide
        Http.Response again = link(path);
        assertEquals("Busfahrplan 2027", again.json().getString("title"), again::toString);
        assertFalse(again.json().getBoolean("broken"));
        assertEquals(List.of("جدول الحافلات"), titles(guides("ar")));

        // when the live page goes too, the guide shows as broken
        region.remove("bus-new");
        importNow(a.coordinator);
        JsonArray gone = guides("de");
        assertEquals(1, gone.size(), gone::toString);
        assertTrue(gone.getJsonObject(0).getBoolean("broken"), gone::toString);
        // unlinking by the path removes what it shows
        assertEquals(204, http.delete(a.coordinator, "/api/exercises/" + exercise + "/guides?region=" + region(a)
                + "&path=" + URLEncoder.encode(path, StandardCharsets.UTF_8)).status());
        assertEquals(List.of(), titles(guides("de")));

        // the first page is published again (same ids) before the next import: linking its path asks Integreat,
        // and the page is live again
        region.restore("bus");
        Http.Response back = link(path);
        assertEquals(201, back.status(), back::toString);
        assertEquals("Busfahrplan", back.json().getString("title"));
        assertFalse(back.json().getBoolean("broken"), back::toString);
        assertFalse(guides("de").getJsonObject(0).getBoolean("broken"));
    }

    @Test
    void aPageNotInTheCatalogueYetIsFetchedFromIntegreatWhenLinked() throws Exception {
        importNow(a.coordinator);
        // published after the last import
        region.page("new", "welcome", "2026-12-01T08:00:00+01:00", "de", "neu-hier", "Neu hier",
                "ar", "جديد-هنا", "جديد هنا", "prs", "تازه-وارد", "تازه وارد");
        Http.Response linked = link(region.url("new", "ar"));
        assertEquals(201, linked.status(), linked::toString);
        JsonArray ar = guides("ar");
        assertEquals(List.of("جديد هنا"), titles(ar));
        assertEquals("rtl", ar.getJsonObject(0).getString("dir"));
        assertEquals(region.url("new", "ar"), ar.getJsonObject(0).getString("url"));
        assertEquals(List.of("Neu hier"), titles(guides("uk")), "no Ukrainian: German");
        assertEquals(List.of("تازه وارد"), titles(guides("fa")), "Dari, as Integreat writes it (prs)");
        JsonArray hits = http.get(a.coordinator, "/api/guide-catalogue?q=Neu%20hier").array();
        assertEquals(1, hits.size(), "now in the catalogue");
        assertEquals(3, hits.getJsonObject(0).getJsonArray("translations").size(), hits::toString);

        // a page in the catalogue is not asked for
        int asked = region.singlePageRequests();
        assertEquals(201, link(region.path("welcome", "de")).status());
        assertEquals(asked, region.singlePageRequests());

        // the next import finds the same page, not a second one
        JsonObject next = importNow(a.coordinator);
        assertEquals(5, next.getInt("pages"), next::toString);
        assertEquals(0, next.getInt("added"), next::toString);

        // a page Integreat does not know: a clear message in the user's language, nothing linked
        Http.Response unknown = http.post(a.coordinator.in("de"), "/api/exercises/" + exercise + "/guides",
                "{\"region\":" + Http.str(region(a)) + ",\"path\":\"/" + region(a) + "/de/gibt-es-nicht/\"}");
        assertEquals(400, unknown.status(), unknown::toString);
        assertTrue(unknown.header("Content-Type").startsWith("application/problem+json"), unknown::toString);
        assertTrue(unknown.json().getString("detail").contains("Integreat kennt keine Seite"), unknown::toString);
        assertEquals(2, guides("de").size());

        // an organisation of the same region that never imported: the page comes with the region's languages
        Fixture b = new Fixture(http, "N", region(a));
        long bModule = Fixture.created(http.post(b.coordinator, "/api/courses/" + b.courseId + "/modules",
                "{\"title\":\"Ankommen\"}"));
        Http.Response first = http.post(b.coordinator, "/api/modules/" + bModule + "/guides?lang=ar",
                "{\"region\":" + Http.str(region(a)) + ",\"path\":" + Http.str(region.path("passwords", "de")) + "}");
        assertEquals(201, first.status(), first::toString);
        assertEquals("كلمات مرور آمنة", first.json().getString("title"));
        assertEquals("rtl", first.json().getString("dir"), "the region's languages were read too");
    }

    @Test
    void linkingAndUnlinkingAreAuditedAndCoordinatorsSeeWhichLinksAnImportBroke() throws Exception {
        importNow(a.coordinator);
        assertEquals(201, link(region.path("passwords", "de")).status());
        assertEquals(201, http.post(a.coordinator, "/api/modules/" + module + "/guides",
                "{\"region\":" + Http.str(region(a)) + ",\"path\":" + Http.str(region.path("bus", "de")) + "}")
                .status());
        assertEquals(204, http.delete(a.coordinator, "/api/exercises/" + exercise + "/guides?region=" + region(a)
                + "&path=" + URLEncoder.encode(region.path("passwords", "ar"), StandardCharsets.UTF_8)).status());

        JsonArray events = http.get(Fixture.ADMIN, "/api/audit?organisationId=" + a.organisationId
                + "&type=GuideLink").array();
        assertEquals(List.of("REMOVED", "CREATED", "CREATED"), events.stream()
                .map(e -> e.asJsonObject().getString("action")).toList(), events::toString);
        JsonObject removed = events.getJsonObject(0);
        assertEquals(a.coordinatorName, removed.getString("actor"));
        assertTrue(removed.getString("before").contains("Sichere Passwörter erstellen"), removed::toString);
        assertTrue(removed.getString("before").contains(region.path("passwords", "de")), removed::toString);
        assertTrue(events.getJsonObject(1).getString("after").contains("Sicher im Netz"), events::toString);
        assertTrue(events.getJsonObject(1).getString("after").contains("Busfahrplan"), events::toString);

        // an import no longer finds the module's guide: coordinators see which link broke, and where it hangs
        region.remove("bus");
        JsonObject state = importNow(a.coordinator);
        assertEquals(1, state.getInt("brokenLinks"), state::toString);
        JsonArray broken = http.get(a.coordinator, "/api/guide-catalogue/broken-links?lang=de").array();
        assertEquals(1, broken.size(), broken::toString);
        JsonObject bus = broken.getJsonObject(0);
        assertEquals("Busfahrplan", bus.getString("title"));
        assertEquals("MODULE", bus.getString("target"));
        assertEquals(module, bus.getJsonNumber("targetId").longValue());
        assertEquals("Sicher im Netz", bus.getString("targetTitle"));
        assertEquals(state.getString("finishedAt"), bus.getString("since"), "broken by this import");
        assertEquals(404, http.get(a.trainer, "/api/guide-catalogue/broken-links").status(), "coordinators only");
        try (WebClient office = PlainBrowser.speaking("de")) {
            HtmlPage page = signIn(office, "/courses/guides.xhtml", a.coordinatorName);
            String text = page.asNormalizedText();
            assertTrue(text.contains("Verknüpfungen zu Leitfäden, die in Integreat verschwunden sind: 1"), text);
            assertTrue(text.matches("(?s).*Busfahrplan\\s*→\\s*ffIT Basis: Sicher im Netz.*"), text);
            assertTrue(text.contains("verschwunden beim Import vom"), text);
        }
    }

    @Test
    void inTheBrowserCoordinatorsSeeTheBrokenLinksAndFetchANewPageInGermanAndArabic() throws Exception {
        importNow(a.coordinator);
        assertEquals(201, http.post(a.coordinator, "/api/modules/" + module + "/guides", "{\"region\":"
                + Http.str(region(a)) + ",\"path\":" + Http.str(region.path("bus", "de")) + "}").status());
        region.remove("bus");
        importNow(a.coordinator);
        // published since: one page for each language's run
        region.page("new-de", null, "2026-12-01T08:00:00Z", "de", "neu-hier", "Neu hier", "en", "new-here", "New here")
                .page("new-ar", null, "2026-12-01T08:00:00Z", "de", "erste-schritte", "Erste Schritte",
                        "ar", "الخطوات-الأولى", "الخطوات الأولى");
        record Run(String lang, String since, String address, String linkedTitle, String owner) {
        }
        for (Run run : List.of(
                new Run("de", "verschwunden beim Import vom", region.url("new-de", "de"), "Neu hier",
                        "//li[contains(@class,'exercise')][.//strong[.='Sichere Passwörter erstellen']]"
                                + "//div[@class='row-actions']/button[2]"),
                new Run("ar", "اختفت في الاستيراد بتاريخ", region.url("new-ar", "ar"), "الخطوات الأولى",
                        "//section[.//h2[contains(.,'Sicher im Netz')]]//div[@class='module-guides']/button"))) {
            try (Browser browser = new Browser(run.lang(), 1280, 800)) {
                org.openqa.selenium.WebDriver driver = browser.driver();
                browser.signIn(base, a.coordinator);
                driver.get(base + "/courses/guides.xhtml");
                String since = driver.findElement(org.openqa.selenium.By.cssSelector(".guide-broken .broken-since"))
                        .getText();
                assertTrue(since.contains(run.since()), since);
                assertEquals(List.of(), Axe.violations(driver), "guides.xhtml in " + run.lang());
                browser.script("document.querySelector('.guide-broken').scrollIntoView()");
                browser.screenshot("guides-broken-" + run.lang());

                driver.get(base + "/courses/plan.xhtml?id=" + a.courseId);
                driver.findElement(org.openqa.selenium.By.xpath(run.owner())).click();
                org.openqa.selenium.WebElement q = browser.waiting().until(org.openqa.selenium.support.ui
                        .ExpectedConditions.visibilityOfElementLocated(org.openqa.selenium.By.id("guidesForm:q")));
                q.sendKeys(run.address());
                assertEquals("ltr", browser.script("return getComputedStyle(arguments[0]).direction", q),
                        "a web address reads left to right, also in the Arabic dialog");
                org.openqa.selenium.WebElement fetch = browser.waiting().until(org.openqa.selenium.support.ui
                        .ExpectedConditions.elementToBeClickable(org.openqa.selenium.By.id("guidesForm:fetchAndLink")));
                assertEquals(List.of(), Axe.violations(driver), "the guides dialog in " + run.lang());
                browser.screenshot("guides-fetch-" + run.lang());
                fetch.click();
                browser.waiting().until(org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(
                        org.openqa.selenium.By.cssSelector("#guidesForm .guide-list"), run.linkedTitle()));
                assertEquals(List.of(), Axe.violations(driver), "the dialog after linking in " + run.lang());
                browser.screenshot("guides-fetched-" + run.lang());
            }
        }
        assertEquals(List.of("Neu hier"), titles(guides("de")));
        assertEquals(List.of("Busfahrplan", "الخطوات الأولى"),
                titles(http.get(a.trainer, "/api/modules/" + module + "/guides?lang=ar").array()));
    }

    @Test
    void trainersAndTheKioskShowTheGuidesInTheLearnersLanguageWithAQrCode() throws Exception {
        importNow(a.coordinator);
        assertEquals(201, link(region.path("passwords", "de")).status());
        assertEquals(201, http.post(a.coordinator, "/api/modules/" + module + "/guides", "{\"region\":"
                + Http.str(region(a)) + ",\"path\":" + Http.str(region.path("welcome", "en")) + "}").status());
        long cohort = a.cohortStartedWeeksAgo("Guides " + a.run, 1, 4);
        long amina = a.learner("Amina Haddad", "أمينة حداد", "ar");
        long olena = a.learner("Olena Kovalenko", null, "uk");
        a.enrol(cohort, amina);
        a.enrol(cohort, olena);

        // the trainer's exercise tab lists the course's guides in the trainer's language
        try (WebClient office = PlainBrowser.speaking("de")) {
            HtmlPage tab = signIn(office, "/cohorts/exercises.xhtml?id=" + cohort, "t-" + a.run.toLowerCase());
            assertTrue(tab.asNormalizedText().contains("Integreat-Leitfäden zu diesem Kurs"), tab.asNormalizedText());
            assertNotNull(tab.getFirstByXPath("//ul[@class='guide-links']//a[@href='"
                    + region.url("passwords", "de") + "' and .='Sichere Passwörter']"), tab.asXml());
        }

        // the kiosk: Arabic for Amina (right to left), Ukrainian wanted for Olena, so German, each with a QR code
        Http.Response kiosk = http.post(a.coordinator, "/api/kiosks",
                "{\"name\":" + Http.str("Tablet " + a.run) + ",\"locationId\":" + a.locationId + "}");
        String setupCode = kiosk.json().getString("setupCode");
        try (WebClient device = PlainBrowser.speaking("en")) {
            HtmlPage setup = device.getPage(base + "/kiosk");
            setup.<HtmlInput>getHtmlElementById("setupCode").setValue(setupCode);
            setup.<HtmlSubmitInput>getHtmlElementById("set-up").click();
            HtmlPage mine = kioskSignIn(device, amina);
            List<String> titles = mine.getByXPath("//*[contains(@class,'kiosk-guide-title')]").stream()
                    .map(e -> ((org.htmlunit.html.DomElement) e).getTextContent().strip()).toList();
            assertEquals(List.of("أهلاً وسهلاً", "كلمات مرور آمنة"), titles, "the module's guide, then the exercise's");
            org.htmlunit.html.DomElement title = mine.getFirstByXPath(
                    "//li[@id='exercise-" + exercise + "']//*[contains(@class,'kiosk-guide-title')]");
            assertEquals("كلمات مرور آمنة", title.getTextContent().strip());
            assertEquals("rtl", title.getAttribute("dir"));
            assertNotNull(mine.getFirstByXPath("//li[contains(@class,'kiosk-guide')]//*[local-name()='svg']"),
                    "a QR code next to it");
            signOutOfKiosk(mine);
            HtmlPage hers = kioskSignIn(device, olena);
            org.htmlunit.html.DomElement german = hers.getFirstByXPath(
                    "//li[@id='exercise-" + exercise + "']//*[contains(@class,'kiosk-guide-title')]");
            assertEquals("Sichere Passwörter", german.getTextContent().strip(), "no Ukrainian: German");
            assertTrue(hers.asNormalizedText().contains("Ласкаво просимо"), "the module's guide in Ukrainian");
        }
    }

    private HtmlPage kioskSignIn(WebClient device, long learner) throws Exception {
        Http.Response pin = http.put(a.coordinator, "/api/learners/" + learner + "/pin", "{}");
        String code = http.get(a.coordinator, "/api/learners/" + learner).json().getString("code");
        HtmlPage first = device.getPage(base + "/kiosk/");
        first.<HtmlInput>getHtmlElementById("code").setValue(code);
        HtmlPage pinPage = first.<HtmlSubmitInput>getHtmlElementById("next").click();
        pinPage.<HtmlInput>getHtmlElementById("pin").setValue(pin.json().getString("pin"));
        HtmlPage mine = pinPage.<HtmlSubmitInput>getHtmlElementById("sign-in").click();
        assertTrue(mine.getUrl().getPath().endsWith("/kiosk/me.xhtml"), mine.asNormalizedText());
        return mine;
    }

    private static void signOutOfKiosk(HtmlPage page) throws Exception {
        org.htmlunit.html.HtmlForm form = (org.htmlunit.html.HtmlForm) page.getElementById("kiosk-sign-out");
        form.<org.htmlunit.html.HtmlButton>getFirstByXPath(".//button").click();
    }

    /** Opens a page of the office, through the sign-in page it leads to. */
    private HtmlPage signIn(WebClient client, String path, String username) throws Exception {
        HtmlPage login = client.getPage(base + path);
        login.<HtmlInput>getHtmlElementById("signIn:username").setValue(username);
        login.<HtmlInput>getHtmlElementById("signIn:password").setValue(Fixture.PASSWORD);
        HtmlPage page = login.<HtmlSubmitInput>getHtmlElementById("signIn:submit").click();
        assertTrue(page.getUrl().toString().contains(path), page.getUrl() + "\n" + page.asNormalizedText());
        return page;
    }

    // ---- issue 22: input ----------------------------------------------------------------------------------

    @Test
    void linksFromIntegreatThatAreNotWebAddressesAreNeitherStoredNorShown() throws Exception {
        region.giveUrl("passwords", "de", "javascript:alert(document.cookie)")
                .giveUrl("passwords", "ar", "data:text/html,<script>alert(1)</script>")
                .giveUrl("welcome", "en", "/relative/junk");
        importNow(a.coordinator);
        assertEquals(201, link(region.path("passwords", "de")).status());
        assertEquals(201, link(region.path("welcome", "en")).status());
        // published after the import, fetched when linked
        region.page("fresh", "welcome", "2026-12-01T08:00:00+01:00", "de", "frisch", "Frisch")
                .giveUrl("fresh", "de", "JavaScript:alert(2)");
        assertEquals(201, link(region.path("fresh", "de")).status());

        List<String> shown = new ArrayList<>();
        for (String lang : List.of("de", "ar", "en")) {
            guides(lang).forEach(g -> shown.add(((JsonObject) g).getString("url")));
        }
        http.get(a.coordinator, "/api/guide-catalogue?q=").array().forEach(hit -> ((JsonObject) hit)
                .getJsonArray("translations").forEach(t -> shown.add(((JsonObject) t).getString("url", ""))));
        assertTrue(shown.size() > 6, shown::toString);
        for (String url : shown) {
            assertTrue(url.isEmpty() || url.startsWith("https://") || url.startsWith("http://127.0.0.1:"),
                    "only web addresses: " + shown);
        }
        assertTrue(shown.contains("https://integreat.app" + region.path("passwords", "de")), shown::toString);

        // and no page shows one
        for (String page : List.of("/courses/plan.xhtml?id=" + a.courseId, "/courses/guides.xhtml")) {
            try (WebClient office = PlainBrowser.speaking("de")) {
                HtmlPage shownPage = signIn(office, page, a.coordinatorName);
                List<String> hrefs = shownPage.getAnchors().stream().map(x -> x.getHrefAttribute()).toList();
                assertTrue(hrefs.stream().noneMatch(h -> h.strip().toLowerCase(java.util.Locale.ROOT)
                        .matches("(javascript|data):.*")), page + ": " + hrefs);
            }
        }
    }
}
