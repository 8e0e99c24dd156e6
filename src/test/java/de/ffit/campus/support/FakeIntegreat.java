package de.ffit.campus.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A stand-in for Integreat's public API v3, in the test JVM on 127.0.0.1: regions made by the test, with languages
 * and pages it can change, remove or break between two imports. Answers are shaped like the real ones (see
 * {@code src/test/resources/integreat/}): raw UTF-8 slugs in {@code path} and {@code url}, {@code available_languages}
 * as an object, {@code dir} per language, a root page's parent as {@code {"id": 0, "url": null, "path": null}}.
 * The application under test reaches it through {@code FFIT_INTEGREAT_URL} (see arquillian.xml).
 */
public final class FakeIntegreat {

    /** What the pages of a region answer instead of the pages. */
    public enum Trouble {
        NONE,
        /** HTTP 500 for the region's last language, every time (the client's retries do not help) */
        SERVER_ERROR,
        /** the last language's list cut off in the middle */
        CUT_OFF,
        /** an HTML error page with status 200 for the last language */
        NOT_JSON,
        /** every language answers an empty list */
        EMPTY
    }

    private static FakeIntegreat shared;

    private final HttpServer server;
    private final Map<String, Region> regions = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong(50_000);

    private FakeIntegreat(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "fake-integreat");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/api/v3/", this::answer);
        server.start();
    }

    /** The one stand-in of the test JVM, on the port the application was told ({@code it.integreat.port}). */
    public static synchronized FakeIntegreat shared() {
        if (shared == null) {
            try {
                shared = new FakeIntegreat(Integer.getInteger("it.integreat.port", 18391));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    /** A new region of this name (the test's own). */
    public Region region(String slug) {
        Region region = new Region(slug);
        regions.put(slug, region);
        return region;
    }

    /** One language of a region as its languages endpoint lists it. */
    private record Language(String code, String bcp47, String nativeName, boolean rightToLeft) {
    }

    private static final class Translation {
        final long id;
        final String slug;
        volatile String title;
        volatile String lastUpdated;
        /** what Integreat gives as this translation's {@code url} instead of its real address, if not null */
        volatile String url;

        Translation(long id, String slug, String title, String lastUpdated) {
            this.id = id;
            this.slug = slug;
            this.title = title;
            this.lastUpdated = lastUpdated;
        }
    }

    private static final class Page {
        final String parent;
        final Map<String, Translation> translations = new LinkedHashMap<>();

        Page(String parent) {
            this.parent = parent;
        }
    }

    /** A region the test shapes: languages, then pages by a key of the test's choosing. */
    public final class Region {

        private final String slug;
        private final List<Language> languages = new ArrayList<>();
        private final Map<String, Page> pages = new LinkedHashMap<>();
        private final Map<String, Page> removed = new LinkedHashMap<>();
        private volatile Trouble trouble = Trouble.NONE;
        private final java.util.concurrent.atomic.AtomicInteger singlePageRequests =
                new java.util.concurrent.atomic.AtomicInteger();

        private Region(String slug) {
            this.slug = slug;
        }

        public synchronized Region language(String code, String nativeName, boolean rightToLeft) {
            languages.add(new Language(code, code + "-XX", nativeName, rightToLeft));
            return this;
        }

        /** A page under {@code parent} (a key, or null), in languages given as code, slug, title, code, slug, … */
        public synchronized Region page(String key, String parent, String lastUpdated, String... codeSlugTitle) {
            Page page = new Page(parent);
            for (int i = 0; i < codeSlugTitle.length; i += 3) {
                page.translations.put(codeSlugTitle[i], new Translation(ids.incrementAndGet(), codeSlugTitle[i + 1],
                        codeSlugTitle[i + 2], lastUpdated));
            }
            pages.put(key, page);
            return this;
        }

        /** Integreat changed a translation: a new title and a new {@code last_updated}. */
        public synchronized Region retitle(String key, String code, String title, String lastUpdated) {
            Translation t = pages.get(key).translations.get(code);
            t.title = title;
            t.lastUpdated = lastUpdated;
            return this;
        }

        /** Integreat (a compromised CMS, say) gives this as the translation's {@code url}, wherever it is listed. */
        public synchronized Region giveUrl(String key, String code, String url) {
            pages.get(key).translations.get(code).url = url;
            return this;
        }

        /** The page is gone from Integreat (deleted or unpublished), with all its translations. */
        public synchronized Region remove(String key) {
            removed.put(key, pages.remove(key));
            return this;
        }

        /** The page is published again, with the same ids. */
        public synchronized Region restore(String key) {
            pages.put(key, removed.remove(key));
            return this;
        }

        /** One translation is gone; the page stays in its other languages. */
        public synchronized Region removeTranslation(String key, String code) {
            pages.get(key).translations.remove(code);
            return this;
        }

        public Region trouble(Trouble what) {
            this.trouble = what;
            return this;
        }

        /** The path of a translation as Integreat gives it, e.g. {@code /region/ar/parent-slug/slug/}. */
        public synchronized String path(String key, String code) {
            Page page = pages.containsKey(key) ? pages.get(key) : removed.get(key);
            String parent = "";
            if (page.parent != null && pages.get(page.parent).translations.containsKey(code)) {
                parent = pages.get(page.parent).translations.get(code).slug + "/";
            }
            return "/" + slug + "/" + code + "/" + parent + page.translations.get(code).slug + "/";
        }

        public synchronized String url(String key, String code) {
            Page page = pages.containsKey(key) ? pages.get(key) : removed.get(key);
            if (page.translations.get(code).url != null) {
                return page.translations.get(code).url;
            }
            String path = path(key, code);
            return "https://integreat.app" + path.substring(0, path.length() - 1);
        }

        private synchronized String languagesJson() {
            JsonArrayBuilder list = Json.createArrayBuilder();
            int id = 1;
            for (Language l : languages) {
                list.add(Json.createObjectBuilder().add("id", id++).add("code", l.code()).add("bcp47_tag", l.bcp47())
                        .add("native_name", l.nativeName()).add("dir", l.rightToLeft() ? "RIGHT_TO_LEFT"
                                : "LEFT_TO_RIGHT"));
            }
            return list.build().toString();
        }

        private synchronized String pagesJson(String code) {
            JsonArrayBuilder list = Json.createArrayBuilder();
            int order = 0;
            for (Map.Entry<String, Page> entry : pages.entrySet()) {
                if (entry.getValue().translations.containsKey(code)) {
                    list.add(pageJson(entry.getKey(), code, order++));
                }
            }
            return list.build().toString();
        }

        /**
         * What {@code /api/v3/{region}/{code}/page/?url=} answers, as integreat-cms does: the last slug of the
         * address, looked up among the live pages' translations in that language (the region part of the address is
         * not looked at); null when none has it (Integreat answers 404).
         */
        private synchronized String singlePageJson(String code, String url) {
            singlePageRequests.incrementAndGet();
            String trimmed = url.replaceAll("^/+|/+$", "");
            String slug = trimmed.substring(trimmed.lastIndexOf('/') + 1);
            for (Map.Entry<String, Page> entry : pages.entrySet()) {
                Translation t = entry.getValue().translations.get(code);
                if (t != null && t.slug.equals(slug)) {
                    return pageJson(entry.getKey(), code, 0).toString();
                }
            }
            return null;
        }

        /** How often the application asked for one page ({@code page/?url=}). */
        public int singlePageRequests() {
            return singlePageRequests.get();
        }

        private jakarta.json.JsonObject pageJson(String key, String code, int order) {
            Page page = pages.get(key);
            Translation t = page.translations.get(code);
            JsonObjectBuilder available = Json.createObjectBuilder();
            page.translations.forEach((other, o) -> {
                if (!other.equals(code)) {
                    available.add(other, Json.createObjectBuilder().add("id", o.id)
                            .add("url", url(key, other)).add("path", path(key, other)));
                }
            });
            JsonObjectBuilder parent = Json.createObjectBuilder();
            Translation up = page.parent == null ? null : pages.get(page.parent).translations.get(code);
            if (up == null) {
                parent.add("id", 0).addNull("url").addNull("path");
            } else {
                parent.add("id", up.id).add("url", url(page.parent, code)).add("path", path(page.parent, code));
            }
            return Json.createObjectBuilder().add("id", t.id).add("url", url(key, code))
                    .add("path", path(key, code)).add("title", t.title)
                    .add("modified_gmt", t.lastUpdated).add("last_updated", t.lastUpdated)
                    .add("excerpt", "Kurz: " + t.title).add("content", "<p>" + t.title + "</p>".repeat(20))
                    .add("parent", parent).add("order", order).add("available_languages", available)
                    .addNull("thumbnail").add("hash", Long.toHexString(t.id)).addNull("organization").build();
        }

        private synchronized String lastLanguage() {
            return languages.get(languages.size() - 1).code();
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            // /api/v3/regions/, /api/v3/{region}/languages/, /api/v3/{region}/{lang}/pages/, .../{lang}/page/?url=
            String[] parts = exchange.getRequestURI().getPath().split("/");
            if (parts.length == 4 && parts[3].equals("regions")) {
                JsonArrayBuilder list = Json.createArrayBuilder();
                regions.keySet().forEach(r -> list.add(Json.createObjectBuilder().add("id", r.hashCode())
                        .add("name", r).add("path", "/" + r + "/").add("live", true)));
                send(exchange, 200, list.build().toString());
                return;
            }
            Region region = parts.length > 3 ? regions.get(parts[3]) : null;
            if (region == null) {
                send(exchange, 404, "{\"detail\": \"Not found.\"}");
            } else if (parts.length == 5 && parts[4].equals("languages")) {
                send(exchange, 200, region.languagesJson());
            } else if (parts.length == 6 && parts[5].equals("page")) {
                String query = exchange.getRequestURI().getRawQuery();
                String url = query == null || !query.startsWith("url=") ? null
                        : java.net.URLDecoder.decode(query.substring(4), StandardCharsets.UTF_8);
                String page = url == null ? null : region.singlePageJson(parts[4], url);
                if (url == null) {
                    send(exchange, 400, "{\"error\": \"Either the id or the url parameter is required.\"}");
                } else if (page == null) {
                    send(exchange, 404, "{\"error\": \"No matching page translation found for url.\"}");
                } else {
                    send(exchange, 200, page);
                }
            } else if (parts.length == 6 && parts[5].equals("pages")) {
                String code = parts[4];
                boolean last = code.equals(region.lastLanguage());
                switch (region.trouble) {
                    case SERVER_ERROR -> send(exchange, last ? 500 : 200, last ? "Internal Server Error"
                            : region.pagesJson(code));
                    case NOT_JSON -> send(exchange, 200, last ? "<html><body>Bad Gateway</body></html>"
                            : region.pagesJson(code));
                    case CUT_OFF -> {
                        String json = region.pagesJson(code);
                        send(exchange, 200, last ? json.substring(0, json.length() / 2) : json);
                    }
                    case EMPTY -> send(exchange, 200, "[]");
                    default -> send(exchange, 200, region.pagesJson(code));
                }
            } else {
                send(exchange, 404, "{\"detail\": \"Not found.\"}");
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
