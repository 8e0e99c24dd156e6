package de.ffit.campus.platform.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * What MicroProfile Config does not find by itself. The defaults live in {@code
 * META-INF/microprofile-config.properties}, and MicroProfile Config finds a setting's environment variable on its
 * own ({@code ffit.public.url} as {@code FFIT_PUBLIC_URL}). This source adds the rest:
 * <ul>
 * <li>{@code -D} system properties spelled like the environment variables ({@code -DFFIT_PUBLIC_URL=…}, as the
 * README promises and the tests pass them), with the same mapping: MicroProfile Config's own system-property
 * source only knows {@code -Dffit.public.url};</li>
 * <li>{@code FFIT_INTEGREAT_REGION}, the operator's name for {@code ffit.organisation.region};</li>
 * <li>what the operator should not have to say: whether the app runs in demo mode (no database configured) or
 * production mode, the embedded database's address and credentials in demo mode, and which JDBC driver the
 * URL needs.</li>
 * </ul>
 */
public class CampusConfigSource implements ConfigSource {

    /** Above microprofile-config.properties (100), below plain system properties (400) and the environment (300). */
    static final int ORDINAL = 250;

    /** Where MicroProfile Config reads the defaults from, and so does {@link #derive} for the data directory's. */
    static final String DEFAULTS = "META-INF/microprofile-config.properties";

    private final UnaryOperator<String> systemProperties;

    private final Map<String, String> derived;

    public CampusConfigSource() {
        this(System::getProperty, System::getenv);
    }

    CampusConfigSource(UnaryOperator<String> systemProperties, UnaryOperator<String> environment) {
        this.systemProperties = systemProperties;
        this.derived = Collections.unmodifiableMap(derive(name -> {
            String fromProperty = systemProperties.apply(name);
            return fromProperty != null ? fromProperty : environment.apply(name);
        }, defaults()));
    }

    /**
     * The settings that follow from others: {@code outside} gives the operator's {@code FFIT_*} variables (system
     * property, else environment), {@code defaults} the contents of microprofile-config.properties.
     */
    static Map<String, String> derive(UnaryOperator<String> outside, Properties defaults) {
        Map<String, String> v = new LinkedHashMap<>();
        String dbUrl = blankToNull(outside.apply("FFIT_DB_URL"));
        boolean production = dbUrl != null;
        v.put("ffit.mode", production ? "production" : "demo");
        if (production) {
            v.put("ffit.db.url", dbUrl);
        } else {
            String dataDir = orDefault(outside.apply("FFIT_DATA_DIR"), defaults.getProperty("ffit.data.dir"));
            v.put("ffit.db.url", h2Url(Path.of(dataDir)));
            // the embedded file is only reachable by this process; the credentials are not a secret
            v.put("ffit.db.user", "ffit");
            v.put("ffit.db.password", "ffit");
        }
        v.put("ffit.db.className", dataSourceClass(v.get("ffit.db.url")));
        String region = blankToNull(outside.apply("FFIT_INTEGREAT_REGION"));
        if (region != null) {
            v.put("ffit.organisation.region", region);
        }
        return v;
    }

    /** The defaults as MicroProfile Config reads them: this application's microprofile-config.properties. */
    static Properties defaults() {
        try {
            ClassLoader loader = CampusConfigSource.class.getClassLoader();
            Enumeration<URL> files = loader.getResources(DEFAULTS);
            while (files.hasMoreElements()) {
                Properties file = new Properties();
                try (InputStream in = files.nextElement().openStream()) {
                    file.load(in);
                }
                // a library may bring a file of the same name; ours is the one with the data directory
                if (file.getProperty("ffit.data.dir") != null) {
                    return file;
                }
            }
            throw new IllegalStateException(DEFAULTS + " with the ffit.* defaults is missing");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The environment variable's name of a setting, by MicroProfile Config's own mapping rule. */
    static String environmentName(String setting) {
        return setting.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
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

    @Override
    public Set<String> getPropertyNames() {
        return derived.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        String value = derived.get(propertyName);
        if (value == null && propertyName.startsWith("ffit.")) {
            // blank counts as unset, so that the default applies
            value = blankToNull(systemProperties.apply(environmentName(propertyName)));
        }
        return value;
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
