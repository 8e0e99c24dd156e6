package de.ffit.campus.guide.control;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import de.ffit.campus.platform.web.WebLinks;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Integreat's public API v3, read-only: regions, a region's languages, and its pages in one language. Plain Java
 * (no container), so that the contract tests run it against a local server.
 * <ul>
 * <li>Only the configured base URL's host and the hosts allowed besides are asked; a redirect elsewhere is
 * refused.</li>
 * <li>Every request has a time-out; a time-out, a lost connection, 429 and 5xx are tried again with growing pauses
 * (Retry-After is honoured up to the longest pause), other errors are not.</li>
 * <li>Pages are read one at a time from the stream and handed on, so a region with thousands of pages never sits
 * in memory as a whole.</li>
 * </ul>
 */
public class IntegreatApi {

    /** region slugs and language codes as Integreat has them: nothing that could change the path */
    static final Pattern REGION = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");
    static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[a-zA-Z0-9]{2,8})?");
    static final int MAX_REDIRECTS = 3;

    /** A region: its slug ({@code path} in the API, e.g. {@code augsburg}) and name. */
    public record Region(long id, String slug, String name, boolean live) {
    }

    /**
     * A language of a region, with the direction Integreat gives for it: {@code code} normalised (see
     * {@link GuideLanguages}), {@code apiCode} as Integreat writes it in its paths.
     */
    public record Language(String code, String apiCode, String bcp47Tag, String nativeName, boolean rightToLeft) {
    }

    /** One translation of a page, as {@code available_languages} lists it. */
    public record Translation(long id, String url, String path) {
    }

    /** A page in one language, with the other languages it is available in (by normalised language code). */
    public record Page(long id, String url, String path, String title, String excerpt, OffsetDateTime lastUpdated,
            String parentPath, Map<String, Translation> availableLanguages) {
    }

    /** How hard to try. */
    public record Settings(Duration connectTimeout, Duration requestTimeout, int retries, Duration firstPause,
            Duration longestPause) {

        public static Settings defaults() {
            return new Settings(Duration.ofSeconds(5), Duration.ofSeconds(60), 3, Duration.ofMillis(500),
                    Duration.ofSeconds(8));
        }
    }

    private final URI base;
    private final Set<String> allowedHosts;
    private final Settings settings;
    private final HttpClient http;

    /**
     * @param base Integreat's base URL, e.g. {@code https://cms.integreat-app.de}; its host is always allowed
     * @param moreHosts hosts that may be asked besides (lower case)
     */
    public IntegreatApi(String base, Set<String> moreHosts, Settings settings) {
        URI uri;
        try {
            uri = URI.create(base.strip().replaceAll("/+$", "") + "/");
        } catch (IllegalArgumentException e) {
            throw new IntegreatException(IntegreatException.Kind.HOST_NOT_ALLOWED,
                    "FFIT_INTEGREAT_URL is not a URL: " + base);
        }
        if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
            throw new IntegreatException(IntegreatException.Kind.HOST_NOT_ALLOWED,
                    "FFIT_INTEGREAT_URL must be an http or https address: " + base);
        }
        this.base = uri;
        HashSet<String> hosts = new HashSet<>();
        moreHosts.forEach(h -> hosts.add(h.toLowerCase(Locale.ROOT)));
        hosts.add(uri.getHost().toLowerCase(Locale.ROOT));
        this.allowedHosts = Set.copyOf(hosts);
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public List<Region> regions() {
        List<Region> regions = new ArrayList<>();
        read("api/v3/regions/", "the list of regions", object -> regions.add(new Region(number(object, "id"),
                slug(text(object, "path")), text(object, "name"), object.getBoolean("live", true))));
        return regions;
    }

    public List<Language> languages(String region) {
        List<Language> languages = new ArrayList<>();
        read("api/v3/" + region(region) + "/languages/", "the languages of region “" + region + "”",
                object -> languages.add(new Language(GuideLanguages.normalise(text(object, "code")),
                        language(text(object, "code")), optionalText(object, "bcp47_tag"), text(object, "native_name"),
                        "RIGHT_TO_LEFT".equals(optionalText(object, "dir")))));
        return languages;
    }

    /** Hands each page of the region in the language to {@code each}, one after the other, as they are read. */
    public int pages(String region, String language, Consumer<Page> each) {
        int[] count = {0};
        read("api/v3/" + region(region) + "/" + language(language) + "/pages/",
                "the pages of region “" + region + "” in “" + language + "”", object -> {
                    each.accept(page(object));
                    count[0]++;
                });
        return count[0];
    }

    /** One page by its URL or path in any of its translations. */
    public Page page(String region, String language, String urlOrPath) {
        List<Page> found = new ArrayList<>();
        read("api/v3/" + region(region) + "/" + language(language) + "/page/?url="
                + URLEncoder.encode(urlOrPath, StandardCharsets.UTF_8), "the page “" + urlOrPath + "”",
                object -> found.add(page(object)));
        if (found.isEmpty()) {
            throw new IntegreatException(IntegreatException.Kind.NOT_FOUND, "Integreat has no page “" + urlOrPath + "”");
        }
        return found.get(0);
    }

    // ---- reading ------------------------------------------------------------------------------------------------

    /** GETs a path below the base and hands each object of the answer (an array, or a single object) on. */
    private void read(String path, String what, Consumer<JsonObject> each) {
        HttpResponse<InputStream> response = send(base.resolve(path), what);
        try (InputStream body = response.body(); JsonParser parser = Json.createParser(body)) {
            if (!parser.hasNext()) {
                throw malformed(what, "an empty answer", null);
            }
            JsonParser.Event first = parser.next();
            if (first == JsonParser.Event.START_OBJECT) {
                each.accept(parser.getObject());
            } else if (first == JsonParser.Event.START_ARRAY) {
                while (true) {
                    if (!parser.hasNext()) {
                        throw malformed(what, "the list ends too early", null);
                    }
                    JsonParser.Event event = parser.next();
                    if (event == JsonParser.Event.END_ARRAY) {
                        break;
                    }
                    if (event != JsonParser.Event.START_OBJECT) {
                        throw malformed(what, "an entry that is not an object", null);
                    }
                    each.accept(parser.getObject());
                }
            } else {
                throw malformed(what, "neither an object nor a list", null);
            }
        } catch (JsonParsingException | FieldProblem | NoSuchElementException e) {
            throw malformed(what, "not valid JSON (" + e.getMessage() + ")", e);
        } catch (JsonException e) {
            // the parser's wrapper of an I/O error while reading: the answer was cut off
            throw malformed(what, "cut off (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw malformed(what, "cut off (" + e.getMessage() + ")", e);
        }
    }

    private HttpResponse<InputStream> send(URI uri, String what) {
        URI target = uri;
        for (int redirects = 0; ; redirects++) {
            requireAllowed(target);
            HttpResponse<InputStream> response = sendWithRetries(target, what);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && response.headers().firstValue("Location").isPresent()) {
                close(response);
                if (redirects >= MAX_REDIRECTS) {
                    throw new IntegreatException(IntegreatException.Kind.HTTP, status,
                            "Integreat redirected too often for " + what, null);
                }
                target = target.resolve(response.headers().firstValue("Location").get());
                continue;
            }
            if (status == 404) {
                close(response);
                throw new IntegreatException(IntegreatException.Kind.NOT_FOUND, status,
                        "Integreat does not know " + what + " (404)", null);
            }
            if (status != 200) {
                close(response);
                throw new IntegreatException(IntegreatException.Kind.HTTP, status,
                        "Integreat answered " + status + " for " + what, null);
            }
            return response;
        }
    }

    private HttpResponse<InputStream> sendWithRetries(URI uri, String what) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(settings.requestTimeout())
                .header("Accept", "application/json").header("User-Agent", "ffIT-Campus").GET().build();
        for (int attempt = 0; ; attempt++) {
            boolean last = attempt >= settings.retries();
            Duration retryAfter = null;
            try {
                HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
                int status = response.statusCode();
                if ((status == 429 || status >= 500) && !last) {
                    retryAfter = retryAfter(response);
                    close(response);
                } else {
                    return response;
                }
            } catch (HttpTimeoutException e) {
                if (last) {
                    throw new IntegreatException(IntegreatException.Kind.TIMEOUT, 0, "Integreat did not answer in "
                            + settings.requestTimeout().toSeconds() + " s for " + what, e);
                }
            } catch (ConnectException e) {
                if (last) {
                    throw new IntegreatException(IntegreatException.Kind.UNREACHABLE, 0,
                            "Integreat cannot be reached at " + uri.getHost() + " ("
                                    + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()) + ")", e);
                }
            } catch (IOException e) {
                if (last) {
                    throw new IntegreatException(IntegreatException.Kind.UNREACHABLE, 0,
                            "The connection to Integreat failed for " + what + " (" + e + ")", e);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IntegreatException(IntegreatException.Kind.UNREACHABLE, 0, "interrupted", e);
            }
            pause(attempt, retryAfter);
        }
    }

    /** The pause before the next try: doubling from the first pause, a little random, never above the longest. */
    private void pause(int attempt, Duration retryAfter) {
        long longest = settings.longestPause().toMillis();
        long millis = retryAfter != null ? retryAfter.toMillis()
                : settings.firstPause().toMillis() * (1L << Math.min(attempt, 16));
        millis = Math.min(longest, millis);
        millis += ThreadLocalRandom.current().nextLong(Math.max(1, millis / 5));
        try {
            Thread.sleep(Math.min(longest, millis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IntegreatException(IntegreatException.Kind.UNREACHABLE, 0, "interrupted", e);
        }
    }

    private static Duration retryAfter(HttpResponse<?> response) {
        try {
            return response.headers().firstValue("Retry-After").map(v -> Duration.ofSeconds(Long.parseLong(v.strip())))
                    .orElse(null);
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    private void requireAllowed(URI uri) {
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        boolean web = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
        if (!web || !allowedHosts.contains(host)) {
            throw new IntegreatException(IntegreatException.Kind.HOST_NOT_ALLOWED,
                    "Not an allowed Integreat address: " + uri.getScheme() + "://" + host);
        }
    }

    private static void close(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException e) {
            // nothing to keep from an answer we do not read
        }
    }

    // ---- mapping ------------------------------------------------------------------------------------------------

    /**
     * A page's address as Integreat gives it, if it is one we may link to: https, or http when the configured
     * Integreat is itself on http (a test server); anything else ({@code javascript:}, {@code data:}, relative
     * junk) is dropped, and the page is linked by its path on integreat.app instead.
     */
    private String link(String url) {
        return WebLinks.webOnly(url, "http".equals(base.getScheme()));
    }

    private Page page(JsonObject o) {
        Map<String, Translation> languages = new LinkedHashMap<>();
        JsonValue available = o.get("available_languages");
        if (available instanceof JsonObject map) {
            map.forEach((code, value) -> {
                if (value instanceof JsonObject t) {
                    languages.put(GuideLanguages.normalise(code), new Translation(number(t, "id"), link(optionalText(t, "url")),
                            optionalText(t, "path")));
                }
            });
        } else if (available != null && available.getValueType() != JsonValue.ValueType.NULL
                && available.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new FieldProblem("“available_languages” is not an object");
        }
        String parent = o.get("parent") instanceof JsonObject p ? optionalText(p, "path") : null;
        return new Page(number(o, "id"), link(optionalText(o, "url")), text(o, "path"), text(o, "title"),
                optionalText(o, "excerpt"), time(o, "last_updated"), parent, languages);
    }

    private static long number(JsonObject o, String field) {
        if (!(o.get(field) instanceof JsonNumber n)) {
            throw new FieldProblem("“" + field + "” is missing or not a number");
        }
        return n.longValue();
    }

    private static String text(JsonObject o, String field) {
        String value = optionalText(o, field);
        if (value == null) {
            throw new FieldProblem("“" + field + "” is missing");
        }
        return value;
    }

    private static String optionalText(JsonObject o, String field) {
        return o.get(field) instanceof JsonString s ? s.getString() : null;
    }

    private static OffsetDateTime time(JsonObject o, String field) {
        String value = optionalText(o, field);
        try {
            return value == null ? null : OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new FieldProblem("“" + field + "” is not a time: " + value);
        }
    }

    private static String slug(String path) {
        return path.replaceAll("^/+|/+$", "");
    }

    private static String region(String region) {
        if (region == null || !REGION.matcher(region).matches()) {
            throw new IntegreatException(IntegreatException.Kind.NOT_FOUND, "Not a region name: " + region);
        }
        return region;
    }

    private static String language(String language) {
        if (language == null || !LANGUAGE.matcher(language).matches()) {
            throw new IntegreatException(IntegreatException.Kind.NOT_FOUND, "Not a language code: " + language);
        }
        return language;
    }

    /** a field of an answer that is missing or of the wrong kind */
    private static final class FieldProblem extends RuntimeException {

        private static final long serialVersionUID = 1L;

        FieldProblem(String message) {
            super(message, null, false, false);
        }
    }

    private static IntegreatException malformed(String what, String how, Throwable cause) {
        return new IntegreatException(IntegreatException.Kind.MALFORMED, 0,
                "Integreat's answer for " + what + " is " + how, cause);
    }
}
