package de.ffit.campus.guide.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Integreat client against a local server in this JVM that answers like Integreat's API v3 (fixtures under
 * src/test/resources/integreat), and against each way it can fail: unknown region, HTTP errors (tried again),
 * time-outs, malformed and cut-off JSON, redirects to another host.
 */
class IntegreatApiTest {

    private HttpServer server;
    private String base;
    /** path → what the server does for it */
    private final Map<String, Handler> routes = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();

    interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            String key = exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
            Handler handler = routes.get(key);
            try (exchange) {
                if (handler == null) {
                    send(exchange, 404, "{\"detail\":\"Not found.\"}");
                } else {
                    handler.handle(exchange);
                }
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        routes.put("/api/v3/regions/", fixture("regions.json"));
        routes.put("/api/v3/augsburg/languages/", fixture("augsburg-languages.json"));
        routes.put("/api/v3/augsburg/de/pages/", fixture("augsburg-de-pages.json"));
        routes.put("/api/v3/augsburg/ar/pages/", fixture("augsburg-ar-pages.json"));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private IntegreatApi api() {
        return new IntegreatApi(base, Set.of(), new IntegreatApi.Settings(Duration.ofSeconds(2),
                Duration.ofMillis(800), 2, Duration.ofMillis(20), Duration.ofMillis(100)));
    }

    private static Handler fixture(String name) {
        return exchange -> {
            try (InputStream in = IntegreatApiTest.class.getResourceAsStream("/integreat/" + name)) {
                send(exchange, 200, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        };
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Test
    void readsRegionsLanguagesWithTheirDirectionAndPagesWithRawArabicSlugs() {
        IntegreatApi api = api();
        List<IntegreatApi.Region> regions = api.regions();
        assertEquals(List.of("augsburg", "testhausen"), regions.stream().map(IntegreatApi.Region::slug).toList());
        assertFalse(regions.get(1).live());

        List<IntegreatApi.Language> languages = api.languages("augsburg");
        assertEquals(List.of("de", "en", "ar", "fa", "fa", "ckb", "uk"),
                languages.stream().map(IntegreatApi.Language::code).toList(), "prs (Dari) is read as fa");
        assertEquals(List.of(false, false, true, true, true, true, false),
                languages.stream().map(IntegreatApi.Language::rightToLeft).toList(), "as the API says, per language");
        assertEquals("العربية", languages.get(2).nativeName());

        List<IntegreatApi.Page> german = new ArrayList<>();
        assertEquals(3, api.pages("augsburg", "de", german::add));
        IntegreatApi.Page welcome = german.get(0);
        assertEquals(101, welcome.id());
        assertEquals("/augsburg/de/willkommen/", welcome.path());
        assertEquals(OffsetDateTime.parse("2026-03-02T10:15:00.123456+01:00"), welcome.lastUpdated());
        assertNull(welcome.parentPath(), "a top page's parent has no path");
        assertEquals(Set.of("en", "ar", "fa"), welcome.availableLanguages().keySet());
        assertEquals("/augsburg/ar/أهلا-وسهلا/", welcome.availableLanguages().get("ar").path());
        assertEquals("/augsburg/de/willkommen/", german.get(1).parentPath());
        assertTrue(german.get(2).availableLanguages().isEmpty());

        List<IntegreatApi.Page> arabic = new ArrayList<>();
        api.pages("augsburg", "ar", arabic::add);
        assertEquals("كلمات مرور آمنة", arabic.get(1).title());
        assertEquals("https://integreat.app/augsburg/ar/أهلا-وسهلا/كلمات-مرور-آمنة", arabic.get(1).url());
    }

    @Test
    void aPageIsFoundByTheUrlOfAnyTranslationEvenWithArabicLetters() {
        String path = "/augsburg/ar/أهلا-وسهلا/";
        routes.put("/api/v3/augsburg/ar/page/?url=" + java.net.URLEncoder.encode(path, StandardCharsets.UTF_8),
                exchange -> send(exchange, 200, "{\"id\": 301, \"url\": \"https://integreat.app" + path.replaceAll("/$", "")
                        + "\", \"path\": \"" + path + "\", \"title\": \"أهلاً وسهلاً\", \"excerpt\": \"\", "
                        + "\"last_updated\": \"2026-03-03T10:15:00+01:00\", \"parent\": {\"id\": 0, \"url\": null, "
                        + "\"path\": null}, \"available_languages\": {\"de\": {\"id\": 101, \"url\": \"u\", "
                        + "\"path\": \"/augsburg/de/willkommen/\"}}}"));
        IntegreatApi.Page page = api().page("augsburg", "ar", path);
        assertEquals(301, page.id());
        assertEquals("/augsburg/de/willkommen/", page.availableLanguages().get("de").path());
    }

    @Test
    void anUnknownRegionIsNotFoundWithoutRetrying() {
        IntegreatException e = assertThrows(IntegreatException.class, () -> api().languages("nowhere"));
        assertEquals(IntegreatException.Kind.NOT_FOUND, e.kind());
        assertEquals(404, e.status());
        assertTrue(e.getMessage().contains("nowhere"), e.getMessage());
        assertEquals(1, requests.get(), "a 404 is an answer, not a hiccup");
        assertEquals(IntegreatException.Kind.NOT_FOUND,
                assertThrows(IntegreatException.class, () -> api().languages("../admin")).kind(),
                "a name that could change the path is refused before asking");
        assertEquals(1, requests.get());
    }

    @Test
    void serverErrorsAreTriedAgainAndAPersistentOneIsReportedWithItsStatus() {
        AtomicInteger calls = new AtomicInteger();
        Handler regions = fixture("regions.json");
        routes.put("/api/v3/regions/", exchange -> {
            if (calls.incrementAndGet() <= 2) {
                send(exchange, 503, "{\"detail\":\"busy\"}");
            } else {
                regions.handle(exchange);
            }
        });
        assertEquals(2, api().regions().size(), "the third try answers");
        assertEquals(3, calls.get());

        routes.put("/api/v3/augsburg/languages/", exchange -> send(exchange, 500, "oops"));
        requests.set(0);
        IntegreatException e = assertThrows(IntegreatException.class, () -> api().languages("augsburg"));
        assertEquals(IntegreatException.Kind.HTTP, e.kind());
        assertEquals(500, e.status());
        assertEquals(3, requests.get(), "the first try and two more");
        assertTrue(e.getMessage().contains("500"), e.getMessage());
    }

    @Test
    void anAnswerThatTakesTooLongIsATimeOut() {
        routes.put("/api/v3/regions/", exchange -> {
            try {
                Thread.sleep(2_000);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
            send(exchange, 200, "[]");
        });
        long start = System.nanoTime();
        IntegreatException e = assertThrows(IntegreatException.class, () -> api().regions());
        assertEquals(IntegreatException.Kind.TIMEOUT, e.kind());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 4_500, "three tries of 0.8 s and pauses");
    }

    @Test
    void malformedAndCutOffJsonAreReportedAsSuch() {
        routes.put("/api/v3/augsburg/de/pages/", exchange -> send(exchange, 200, "[{\"id\": 1, \"path\": "));
        IntegreatException cut = assertThrows(IntegreatException.class, () -> api().pages("augsburg", "de", p -> { }));
        assertEquals(IntegreatException.Kind.MALFORMED, cut.kind());

        routes.put("/api/v3/augsburg/de/pages/", exchange -> send(exchange, 200, "<html>Wartung</html>"));
        assertEquals(IntegreatException.Kind.MALFORMED,
                assertThrows(IntegreatException.class, () -> api().pages("augsburg", "de", p -> { })).kind());

        routes.put("/api/v3/augsburg/de/pages/", exchange -> send(exchange, 200,
                "[{\"id\": 1, \"url\": \"u\", \"title\": \"no path\"}]"));
        IntegreatException missing = assertThrows(IntegreatException.class,
                () -> api().pages("augsburg", "de", p -> { }));
        assertEquals(IntegreatException.Kind.MALFORMED, missing.kind());
        assertTrue(missing.getMessage().contains("path"), missing.getMessage());

        // the body ends before the length the server announced: the connection breaks mid-answer
        routes.put("/api/v3/augsburg/de/pages/", exchange -> {
            byte[] half = "[{\"id\": 101, \"url\": \"u\", \"path\": \"/a/\", \"title\": \"A\"}, {\"id\":"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, half.length * 4L);
            exchange.getResponseBody().write(half);
            exchange.getResponseBody().flush();
            exchange.close();
        });
        List<IntegreatApi.Page> read = new ArrayList<>();
        IntegreatException broken = assertThrows(IntegreatException.class,
                () -> api().pages("augsburg", "de", read::add));
        assertEquals(IntegreatException.Kind.MALFORMED, broken.kind(), broken.getMessage());
        assertEquals(1, read.size(), "what came before the break was read; the caller decides what to keep");
    }

    @Test
    void aRedirectToAnotherHostIsRefused() {
        routes.put("/api/v3/regions/", exchange -> {
            exchange.getResponseHeaders().set("Location", "http://evil.example/api/v3/regions/");
            exchange.sendResponseHeaders(302, -1);
        });
        IntegreatException e = assertThrows(IntegreatException.class, () -> api().regions());
        assertEquals(IntegreatException.Kind.HOST_NOT_ALLOWED, e.kind());
        assertTrue(e.getMessage().contains("evil.example"), e.getMessage());

        routes.put("/api/v3/regions/", exchange -> {
            exchange.getResponseHeaders().set("Location", "/api/v3/regions-moved/");
            exchange.sendResponseHeaders(301, -1);
        });
        routes.put("/api/v3/regions-moved/", fixture("regions.json"));
        assertEquals(2, api().regions().size(), "a redirect on the same host is followed");
    }

    @Test
    void nothingAnswersAtAllIsUnreachable() {
        server.stop(0);
        IntegreatException e = assertThrows(IntegreatException.class, () -> api().regions());
        assertEquals(IntegreatException.Kind.UNREACHABLE, e.kind(), e.getMessage());
    }

    @Test
    void languageCodesAreNormalised() {
        assertEquals("fa", GuideLanguages.normalise("fa-AF"));
        assertEquals("fa", GuideLanguages.normalise("prs"));
        assertEquals("fa", GuideLanguages.normalise("pes"));
        assertEquals("kmr", GuideLanguages.normalise("ku"));
        assertEquals("kmr", GuideLanguages.normalise("KMR"));
        assertEquals("ckb", GuideLanguages.normalise("ckb"), "Sorani is not Kurmanji");
        assertEquals("de", GuideLanguages.normalise("de_DE"));
    }

    @Test
    void addressesThatAreNotWebAddressesAreDroppedAsTheyArrive() {
        routes.put("/api/v3/augsburg/de/pages/", exchange -> send(exchange, 200, "[{\"id\": 7, "
                + "\"url\": \"javascript:alert(document.cookie)\", \"path\": \"/augsburg/de/x/\", \"title\": \"X\", "
                + "\"excerpt\": \"\", \"last_updated\": \"2026-03-03T10:15:00+01:00\", \"parent\": null, "
                + "\"available_languages\": {\"ar\": {\"id\": 8, \"url\": \"data:text/html,x\", \"path\": \"/augsburg/ar/x/\"}, "
                + "\"en\": {\"id\": 9, \"url\": \"http://127.0.0.1/augsburg/en/x\", \"path\": \"/augsburg/en/x/\"}}}]"));
        List<IntegreatApi.Page> pages = new ArrayList<>();
        api().pages("augsburg", "de", pages::add);
        assertNull(pages.get(0).url(), "javascript: is not kept");
        assertNull(pages.get(0).availableLanguages().get("ar").url(), "data: is not kept");
        assertEquals("http://127.0.0.1/augsburg/en/x", pages.get(0).availableLanguages().get("en").url(),
                "http, since this Integreat is a test server on http");
    }
}
