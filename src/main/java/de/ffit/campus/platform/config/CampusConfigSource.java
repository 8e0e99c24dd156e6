package de.ffit.campus.platform.config;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The one place that turns the operator's {@code FFIT_*} environment variables (or system properties of the
 * same name, as tests pass them) into the {@code ffit.*} settings the application reads, with the defaults.
 * It also derives what the operator should not have to say: which JDBC driver the URL needs, and whether
 * the app runs in demo mode (no database configured) or production mode.
 */
public class CampusConfigSource implements ConfigSource {

    /** Above microprofile-config.properties (100), below plain system properties (400) and the environment (300). */
    static final int ORDINAL = 250;

    private final Map<String, String> values;

    public CampusConfigSource() {
        this(name -> {
            String fromProperty = System.getProperty(name);
            return fromProperty != null ? fromProperty : System.getenv(name);
        });
    }

    CampusConfigSource(UnaryOperator<String> outside) {
        this.values = Collections.unmodifiableMap(derive(outside));
    }

    static Map<String, String> derive(UnaryOperator<String> outside) {
        Map<String, String> v = new LinkedHashMap<>();
        String dbUrl = blankToNull(outside.apply("FFIT_DB_URL"));
        boolean production = dbUrl != null;
        String dataDir = orDefault(outside.apply("FFIT_DATA_DIR"), "./data");
        v.put("ffit.mode", production ? "production" : "demo");
        v.put("ffit.data.dir", dataDir);
        if (production) {
            v.put("ffit.db.url", dbUrl);
            v.put("ffit.db.user", orDefault(outside.apply("FFIT_DB_USER"), "ffit"));
            v.put("ffit.db.password", orDefault(outside.apply("FFIT_DB_PASSWORD"), ""));
        } else {
            v.put("ffit.db.url", h2Url(Path.of(dataDir)));
            // the embedded file is only reachable by this process; the credentials are not a secret
            v.put("ffit.db.user", "ffit");
            v.put("ffit.db.password", "ffit");
        }
        v.put("ffit.db.className", dataSourceClass(v.get("ffit.db.url")));
        v.put("ffit.admin.password", orDefault(outside.apply("FFIT_ADMIN_PASSWORD"), ""));
        v.put("ffit.demo.password", orDefault(outside.apply("FFIT_DEMO_PASSWORD"), "demo"));
        v.put("ffit.public.url", stripSlash(orDefault(outside.apply("FFIT_PUBLIC_URL"), "http://localhost:8080")));
        v.put("ffit.integreat.url", stripSlash(orDefault(outside.apply("FFIT_INTEGREAT_URL"), "https://cms.integreat-app.de")));
        // hosts the Integreat client may ask besides FFIT_INTEGREAT_URL's own (comma-separated; none by default)
        v.put("ffit.integreat.allowed.hosts", orDefault(outside.apply("FFIT_INTEGREAT_ALLOWED_HOSTS"), ""));
        // when the nightly guide import runs (campus time zone), or "off"
        v.put("ffit.integreat.import.at", orDefault(outside.apply("FFIT_INTEGREAT_IMPORT_AT"), "03:30"));
        v.put("ffit.default.locale", orDefault(outside.apply("FFIT_DEFAULT_LOCALE"), "de"));
        v.put("ffit.time.zone", orDefault(outside.apply("FFIT_TIME_ZONE"), "Europe/Berlin"));
        v.put("ffit.kiosk.idle.seconds", orDefault(outside.apply("FFIT_KIOSK_IDLE_SECONDS"), "60"));
        v.put("ffit.organisation.name", orDefault(outside.apply("FFIT_ORGANISATION_NAME"), "ffIT Campus"));
        // a bearer token for GET /metrics from elsewhere than this machine (none: loopback only)
        v.put("ffit.metrics.token", orDefault(outside.apply("FFIT_METRICS_TOKEN"), ""));
        // Strict-Transport-Security: "auto" (when FFIT_PUBLIC_URL is https), "off", or max-age in seconds
        v.put("ffit.hsts", orDefault(outside.apply("FFIT_HSTS"), "auto"));
        // load balancers whose X-Forwarded-For is believed (addresses or networks like 10.0.0.0/8, comma-separated)
        v.put("ffit.trusted.proxies", orDefault(outside.apply("FFIT_TRUSTED_PROXIES"), ""));
        // learners are erased this many months after their last cohort finished, or "off"
        v.put("ffit.retention.months", orDefault(outside.apply("FFIT_RETENTION_MONTHS"), "24"));
        v.put("ffit.organisation.region", orDefault(outside.apply("FFIT_INTEGREAT_REGION"), "augsburg"));
        // the largest JSON (or CSV) body an /api request may send, in bytes or with KB/MB; larger ones answer 413 unread
        v.put("ffit.max.json.body", orDefault(outside.apply("FFIT_MAX_JSON_BODY"), "1MB"));
        return v;
    }

    /**
     * The embedded H2 file database. MODE=MariaDB and lower-case identifiers let the same migrations and the same
     * SQL from EclipseLink run on both databases; IGNORECASE makes text comparisons behave like MariaDB's
     * case-insensitive collation (so "ffIT Basis" and "FFIT basis" are the same course name on both).
     */
    public static String h2Url(Path dataDir) {
        String file = dataDir.toAbsolutePath().normalize().resolve("ffit").toString().replace('\\', '/');
        return "jdbc:h2:file:" + file + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;IGNORECASE=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }

    static String dataSourceClass(String url) {
        if (url.startsWith("jdbc:h2:")) {
            return "org.h2.jdbcx.JdbcDataSource";
        }
        if (url.startsWith("jdbc:mariadb:") || url.startsWith("jdbc:mysql:")) {
            return "org.mariadb.jdbc.MariaDbDataSource";
        }
        throw new IllegalArgumentException("FFIT_DB_URL must start with jdbc:mariadb: (or jdbc:h2:), got: " + url);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String orDefault(String s, String fallback) {
        String v = blankToNull(s);
        return v == null ? fallback : v;
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    @Override
    public Set<String> getPropertyNames() {
        return values.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return values.get(propertyName);
    }

    @Override
    public String getName() {
        return "ffIT Campus environment";
    }

    @Override
    public int getOrdinal() {
        return ORDINAL;
    }
}
