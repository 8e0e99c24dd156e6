package de.ffit.campus.guide.control;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a region's whole catalogue from Integreat, before anything is written: its languages, then its pages in
 * each language, kept as small rows (no page content), and groups the translations into pages through their
 * {@code available_languages}. Any failure (an unknown region, an HTTP error, a time-out, a cut-off answer) ends
 * the fetch with an {@link IntegreatException}, and the stored catalogue is not touched.
 */
public final class CatalogueFetch {

    static final int TITLE_LENGTH = 500;
    static final int EXCERPT_LENGTH = 1000;
    static final int PATH_LENGTH = 1000;

    /** One translation as read. {@code group} numbers the page it belongs to, from 0. */
    public record Row(String language, long integreatId, String url, String path, String title, String excerpt,
            LocalDateTime lastUpdated, int group) {
    }

    /** What an import writes: the region's languages and its translations, grouped into {@code pages} pages. */
    public record Fetched(String region, List<IntegreatApi.Language> languages, List<Row> rows, int pages) {
    }

    private CatalogueFetch() {
    }

    public static Fetched fetch(IntegreatApi api, String region) {
        List<IntegreatApi.Language> languages = distinct(api.languages(region));
        List<Read> read = new ArrayList<>();
        for (IntegreatApi.Language language : languages) {
            api.pages(region, language.apiCode(), page -> read.add(read(language.code(), page)));
        }
        return group(region, languages, read);
    }

    /** One language per normalised code: fa and prs are one here; the one Integreat writes as that code wins. */
    static List<IntegreatApi.Language> distinct(List<IntegreatApi.Language> all) {
        Map<String, IntegreatApi.Language> byCode = new LinkedHashMap<>();
        for (IntegreatApi.Language language : all) {
            IntegreatApi.Language before = byCode.get(language.code());
            if (before == null || (!before.apiCode().equals(before.code()) && language.apiCode().equals(language.code()))) {
                byCode.put(language.code(), language);
            }
        }
        return List.copyOf(byCode.values());
    }

    /** A translation as read, with the Integreat ids of its other translations. */
    public record Read(String language, long id, String url, String path, String title, String excerpt,
            LocalDateTime lastUpdated, long[] others) {
    }

    /** A page as read in one language ({@code language} normalised), kept small: no content. */
    static Read read(String language, IntegreatApi.Page page) {
        return new Read(language, page.id(), page.url(), page.path(), page.title(), page.excerpt(),
                utc(page.lastUpdated()), ids(page));
    }

    /** A page without {@code last_updated} (Integreat always sends one) counts as changed only by its text. */
    private static LocalDateTime utc(OffsetDateTime time) {
        return time == null ? LocalDateTime.of(1970, 1, 1, 0, 0)
                : time.atZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    private static long[] ids(IntegreatApi.Page page) {
        return page.availableLanguages().values().stream().mapToLong(IntegreatApi.Translation::id).toArray();
    }

    /** Unites translations that name each other in {@code available_languages}; one translation per language. */
    public static Fetched group(String region, List<IntegreatApi.Language> languages, List<Read> read) {
        Map<Long, Integer> index = new HashMap<>(read.size() * 2);
        for (int i = 0; i < read.size(); i++) {
            index.putIfAbsent(read.get(i).id(), i);
        }
        int[] parent = new int[read.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < read.size(); i++) {
            for (long other : read.get(i).others()) {
                Integer j = index.get(other);
                if (j != null) {
                    union(parent, i, j);
                }
            }
        }
        Map<Integer, Integer> groups = new HashMap<>();
        Map<String, Boolean> taken = new HashMap<>();
        List<Row> rows = new ArrayList<>(read.size());
        for (int i = 0; i < read.size(); i++) {
            Read r = read.get(i);
            if (index.get(r.id()) != i) {
                continue; // the same translation listed twice
            }
            int root = find(parent, i);
            int group = groups.computeIfAbsent(root, k -> groups.size());
            if (taken.putIfAbsent(group + "/" + r.language(), Boolean.TRUE) != null) {
                continue; // a second translation in one (normalised) language: the first one read stays
            }
            rows.add(new Row(r.language(), r.id(), cut(r.url(), PATH_LENGTH), cut(r.path(), PATH_LENGTH),
                    cut(r.title(), TITLE_LENGTH), cut(r.excerpt(), EXCERPT_LENGTH), r.lastUpdated(), group));
        }
        return new Fetched(region, languages, rows, groups.size());
    }

    private static int find(int[] parent, int i) {
        int root = i;
        while (parent[root] != root) {
            root = parent[root];
        }
        while (parent[i] != root) {
            int next = parent[i];
            parent[i] = root;
            i = next;
        }
        return root;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    private static String cut(String text, int length) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        return t.length() <= length ? t : t.substring(0, length - 1) + "…";
    }
}
