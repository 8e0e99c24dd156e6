package de.ffit.campus.guide.control;

import de.ffit.campus.platform.persistence.CampusDataSource;
import de.ffit.campus.platform.security.Secrets;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Writes a fetched catalogue over the organisation's stored one in one transaction, so that it is either all
 * there or not at all. Incremental: a translation is written only when it is new or Integreat changed it (its
 * {@code last_updated}, title, path or URL differ, or it moved to another page); a page that Integreat no longer
 * lists is kept and marked vanished, so that links to it stay and show as broken. Plain JDBC in batches: a
 * region has thousands of translations. Times are UTC {@link LocalDateTime}s, bound as they are (no time zone of
 * the JVM in between, which would shift an hour that daylight saving skips).
 */
@Stateless
public class CatalogueWriter {

    private static final int BATCH = 500;

    /** What changed, counted in pages; {@code pages}, {@code translations}, {@code languages} are the new totals. */
    public record Counts(int pages, int translations, int languages, int added, int changed, int unchanged,
            int vanished) {
    }

    private record Stored(long id, long pageId, String language, String url, String path, String title,
            String excerpt, LocalDateTime lastUpdated) {
    }

    @Resource(lookup = CampusDataSource.JNDI_NAME)
    DataSource dataSource;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Counts write(long organisationId, CatalogueFetch.Fetched fetched, LocalDateTime now) {
        try (Connection db = dataSource.getConnection()) {
            return write(db, organisationId, fetched, now);
        } catch (SQLException e) {
            throw new IllegalStateException("writing the guide catalogue failed: " + e.getMessage(), e);
        }
    }

    private Counts write(Connection db, long org, CatalogueFetch.Fetched fetched, LocalDateTime now)
            throws SQLException {
        Map<Long, Stored> stored = storedTranslations(db, org);
        Map<Long, Boolean> pagesVanished = storedPages(db, org);
        PageMatch pages = matchPages(db, org, fetched, stored, pagesVanished, now);
        deleteDropped(db, fetched, stored, pages);
        writeTranslations(db, org, fetched, stored, pages);
        int vanished = markVanished(db, pagesVanished, pages.claimed, now);
        replaceLanguages(db, org, fetched.languages());
        return pages.counts(fetched, vanished);
    }

    /**
     * Which stored page each fetched page (group) is, and whether it is new or changed: filled in by the steps of
     * {@link #write}, counted at the end.
     */
    private static final class PageMatch {
        final long[] pageOf;
        final boolean[] isNew;
        final boolean[] isChanged;
        final Set<Long> claimed = new HashSet<>();

        PageMatch(int groups) {
            pageOf = new long[groups];
            isNew = new boolean[groups];
            isChanged = new boolean[groups];
        }

        Counts counts(CatalogueFetch.Fetched fetched, int vanished) {
            int added = 0;
            int changed = 0;
            for (int g = 0; g < pageOf.length; g++) {
                if (isNew[g]) {
                    added++;
                } else if (isChanged[g]) {
                    changed++;
                }
            }
            return new Counts(pageOf.length, fetched.rows().size(), fetched.languages().size(), added, changed,
                    pageOf.length - added - changed, vanished);
        }
    }

    /** the organisation's stored translations by their Integreat id */
    private static Map<Long, Stored> storedTranslations(Connection db, long org) throws SQLException {
        Map<Long, Stored> stored = new HashMap<>();
        try (PreparedStatement q = db.prepareStatement("select id, page_id, integreat_id, language, url, path, title, "
                + "excerpt, last_updated from guide_translation where organisation_id = ?")) {
            q.setLong(1, org);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    stored.put(r.getLong(3), new Stored(r.getLong(1), r.getLong(2), r.getString(4), r.getString(5),
                            r.getString(6), r.getString(7), r.getString(8), r.getObject(9, LocalDateTime.class)));
                }
            }
        }
        return stored;
    }

    /** the organisation's stored pages: whether each is marked vanished */
    private static Map<Long, Boolean> storedPages(Connection db, long org) throws SQLException {
        Map<Long, Boolean> pagesVanished = new HashMap<>();
        try (PreparedStatement q = db.prepareStatement(
                "select id, vanished_at from guide_page where organisation_id = ?")) {
            q.setLong(1, org);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    pagesVanished.put(r.getLong(1), r.getObject(2, LocalDateTime.class) != null);
                }
            }
        }
        return pagesVanished;
    }

    /**
     * Which stored page each fetched page is: the one most of its stored translations are on (lowest id on a tie);
     * a page with none of them is inserted as new.
     */
    private static PageMatch matchPages(Connection db, long org, CatalogueFetch.Fetched fetched,
            Map<Long, Stored> stored, Map<Long, Boolean> pagesVanished, LocalDateTime now) throws SQLException {
        List<List<CatalogueFetch.Row>> groups = new ArrayList<>(fetched.pages());
        for (int i = 0; i < fetched.pages(); i++) {
            groups.add(new ArrayList<>(8));
        }
        fetched.rows().forEach(row -> groups.get(row.group()).add(row));
        PageMatch match = new PageMatch(groups.size());
        try (PreparedStatement insertPage = db.prepareStatement("insert into guide_page (organisation_id, region, "
                + "first_seen_at) values (?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            for (int g = 0; g < groups.size(); g++) {
                Map<Long, Integer> votes = new HashMap<>();
                for (CatalogueFetch.Row row : groups.get(g)) {
                    Stored s = stored.get(row.integreatId());
                    if (s != null && !match.claimed.contains(s.pageId())) {
                        votes.merge(s.pageId(), 1, Integer::sum);
                    }
                }
                Long page = votes.entrySet().stream()
                        .max((a, b) -> a.getValue().equals(b.getValue()) ? Long.compare(b.getKey(), a.getKey())
                                : Integer.compare(a.getValue(), b.getValue()))
                        .map(Map.Entry::getKey).orElse(null);
                if (page == null) {
                    insertPage.setLong(1, org);
                    insertPage.setString(2, fetched.region());
                    insertPage.setObject(3, now);
                    insertPage.executeUpdate();
                    try (ResultSet keys = insertPage.getGeneratedKeys()) {
                        keys.next();
                        page = keys.getLong(1);
                    }
                    match.isNew[g] = true;
                } else if (pagesVanished.getOrDefault(page, false)) {
                    match.isChanged[g] = true; // back again
                }
                match.pageOf[g] = page;
                match.claimed.add(page);
            }
        }
        return match;
    }

    /** translations Integreat dropped from a page it still lists go; those of a vanished page stay for its links */
    private static void deleteDropped(Connection db, CatalogueFetch.Fetched fetched, Map<Long, Stored> stored,
            PageMatch pages) throws SQLException {
        Set<Long> seenIds = new HashSet<>(fetched.rows().size() * 2);
        fetched.rows().forEach(row -> seenIds.add(row.integreatId()));
        List<Stored> dropped = stored.entrySet().stream()
                .filter(e -> !seenIds.contains(e.getKey()) && pages.claimed.contains(e.getValue().pageId()))
                .map(Map.Entry::getValue).toList();
        Map<Long, Integer> groupOfPage = new HashMap<>();
        for (int g = 0; g < pages.pageOf.length; g++) {
            groupOfPage.put(pages.pageOf[g], g);
        }
        try (PreparedStatement delete = db.prepareStatement("delete from guide_translation where id = ?")) {
            int n = 0;
            for (Stored s : dropped) {
                delete.setLong(1, s.id());
                delete.addBatch();
                pages.isChanged[groupOfPage.get(s.pageId())] = true;
                if (++n % BATCH == 0) {
                    delete.executeBatch();
                }
            }
            delete.executeBatch();
        }
    }

    /** new translations are inserted, changed or moved ones updated, unchanged ones left alone */
    private static void writeTranslations(Connection db, long org, CatalogueFetch.Fetched fetched,
            Map<Long, Stored> stored, PageMatch pages) throws SQLException {
        try (PreparedStatement update = db.prepareStatement("update guide_translation set page_id = ?, language = ?, "
                + "url = ?, path = ?, path_hash = ?, title = ?, excerpt = ?, last_updated = ? where id = ?");
                PreparedStatement insert = db.prepareStatement("insert into guide_translation (page_id, "
                        + "organisation_id, language, integreat_id, url, path, path_hash, title, excerpt, last_updated) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int updates = 0;
            int inserts = 0;
            for (CatalogueFetch.Row row : fetched.rows()) {
                long page = pages.pageOf[row.group()];
                Stored s = stored.get(row.integreatId());
                if (s == null) {
                    insert.setLong(1, page);
                    insert.setLong(2, org);
                    insert.setString(3, row.language());
                    insert.setLong(4, row.integreatId());
                    fill(insert, 5, row);
                    insert.addBatch();
                    pages.isChanged[row.group()] = true;
                    if (++inserts % BATCH == 0) {
                        insert.executeBatch();
                    }
                } else if (s.pageId() != page || !s.language().equals(row.language())
                        || !s.lastUpdated().equals(row.lastUpdated()) || !Objects.equals(s.title(), row.title())
                        || !Objects.equals(s.path(), row.path()) || !Objects.equals(s.url(), row.url())
                        || !Objects.equals(s.excerpt(), row.excerpt())) {
                    update.setLong(1, page);
                    update.setString(2, row.language());
                    fill(update, 3, row);
                    update.setLong(9, s.id());
                    update.addBatch();
                    pages.isChanged[row.group()] = true;
                    if (++updates % BATCH == 0) {
                        update.executeBatch();
                    }
                }
            }
            // moves between pages first (they free a page's language for a newcomer), then the new ones
            update.executeBatch();
            insert.executeBatch();
        }
    }

    /** stored pages seen again lose their vanished mark, those not seen get one; the number newly vanished */
    private static int markVanished(Connection db, Map<Long, Boolean> pagesVanished, Set<Long> claimedPages,
            LocalDateTime now) throws SQLException {
        int vanished = 0;
        try (PreparedStatement back = db.prepareStatement("update guide_page set vanished_at = null where id = ?");
                PreparedStatement gone = db.prepareStatement(
                        "update guide_page set vanished_at = ? where id = ?")) {
            for (Map.Entry<Long, Boolean> page : pagesVanished.entrySet()) {
                boolean seen = claimedPages.contains(page.getKey());
                if (seen && page.getValue()) {
                    back.setLong(1, page.getKey());
                    back.addBatch();
                } else if (!seen && !page.getValue()) {
                    gone.setObject(1, now);
                    gone.setLong(2, page.getKey());
                    gone.addBatch();
                    vanished++;
                }
            }
            back.executeBatch();
            gone.executeBatch();
        }
        return vanished;
    }

    /** the region's languages as fetched, in place of the stored ones */
    private static void replaceLanguages(Connection db, long org, List<IntegreatApi.Language> languages)
            throws SQLException {
        try (PreparedStatement delete = db.prepareStatement("delete from guide_language where organisation_id = ?")) {
            delete.setLong(1, org);
            delete.executeUpdate();
        }
        insertLanguages(db, org, languages);
    }

    /** True when the organisation's catalogue has its region's languages (an import has run). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean hasLanguages(long organisationId) {
        try (Connection db = dataSource.getConnection();
                PreparedStatement q = db.prepareStatement("select count(*) from guide_language where organisation_id = ?")) {
            q.setLong(1, organisationId);
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getInt(1) > 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the guide languages failed: " + e.getMessage(), e);
        }
    }

    /**
     * Adds one page (the fetched page of group 0, all its translations) to the catalogue, with the region's
     * languages when the catalogue has none yet; the page's id. A page the catalogue knows already by one of its
     * translations' Integreat ids (its address changed, or it was removed and is back) is that page, live again.
     * Committed on its own, so that the caller's link sees it.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long add(long organisationId, CatalogueFetch.Fetched fetched, LocalDateTime now) {
        try (Connection db = dataSource.getConnection()) {
            return add(db, organisationId, fetched, now);
        } catch (SQLException e) {
            throw new IllegalStateException("adding a page to the guide catalogue failed: " + e.getMessage(), e);
        }
    }

    private long add(Connection db, long org, CatalogueFetch.Fetched fetched, LocalDateTime now) throws SQLException {
        List<CatalogueFetch.Row> rows = fetched.rows().stream().filter(r -> r.group() == 0).toList();
        try (PreparedStatement q = db.prepareStatement("select page_id from guide_translation "
                + "where organisation_id = ? and integreat_id = ?");
                PreparedStatement back = db.prepareStatement("update guide_page set vanished_at = null where id = ?")) {
            for (CatalogueFetch.Row row : rows) {
                q.setLong(1, org);
                q.setLong(2, row.integreatId());
                try (ResultSet r = q.executeQuery()) {
                    if (r.next()) {
                        long page = r.getLong(1);
                        back.setLong(1, page);
                        back.executeUpdate();
                        return page;
                    }
                }
            }
        }
        long page;
        try (PreparedStatement insertPage = db.prepareStatement("insert into guide_page (organisation_id, region, "
                + "first_seen_at) values (?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insertPage.setLong(1, org);
            insertPage.setString(2, fetched.region());
            insertPage.setObject(3, now);
            insertPage.executeUpdate();
            try (ResultSet keys = insertPage.getGeneratedKeys()) {
                keys.next();
                page = keys.getLong(1);
            }
        }
        try (PreparedStatement insert = db.prepareStatement("insert into guide_translation (page_id, "
                + "organisation_id, language, integreat_id, url, path, path_hash, title, excerpt, last_updated) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (CatalogueFetch.Row row : rows) {
                insert.setLong(1, page);
                insert.setLong(2, org);
                insert.setString(3, row.language());
                insert.setLong(4, row.integreatId());
                fill(insert, 5, row);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        if (!fetched.languages().isEmpty()) {
            insertLanguages(db, org, fetched.languages());
        }
        return page;
    }

    private static void fill(PreparedStatement s, int from, CatalogueFetch.Row row) throws SQLException {
        s.setString(from, row.url());
        s.setString(from + 1, row.path());
        s.setString(from + 2, pathHash(row.path()));
        s.setString(from + 3, row.title());
        s.setString(from + 4, row.excerpt());
        s.setObject(from + 5, row.lastUpdated());
    }

    /** the index key of a path, as the catalogue looks it up */
    public static String pathHash(String path) {
        return Secrets.sha256(path);
    }

    /** the region's languages, as Integreat names them, for the organisation */
    private static void insertLanguages(Connection db, long org, List<IntegreatApi.Language> languages)
            throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("insert into guide_language (organisation_id, code, "
                + "api_code, bcp47_tag, native_name, right_to_left) values (?, ?, ?, ?, ?, ?)")) {
            for (IntegreatApi.Language language : languages) {
                insert.setLong(1, org);
                insert.setString(2, language.code());
                insert.setString(3, language.apiCode());
                insert.setString(4, language.bcp47Tag());
                insert.setString(5, language.nativeName());
                insert.setBoolean(6, language.rightToLeft());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
