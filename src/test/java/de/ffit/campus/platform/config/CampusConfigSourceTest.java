package de.ffit.campus.platform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CampusConfigSourceTest {

    private static CampusConfigSource with(Map<String, String> environment) {
        return new CampusConfigSource(environment::get);
    }

    @Test
    void withoutDatabaseItRunsInDemoModeOnAnH2FileUnderTheDataDirectory() {
        CampusConfigSource config = with(Map.of("FFIT_DATA_DIR", "/var/lib/ffit"));
        assertEquals("demo", config.getValue("ffit.mode"));
        assertTrue(config.getValue("ffit.db.url").startsWith("jdbc:h2:file:/var/lib/ffit/ffit;MODE=MariaDB"),
                config.getValue("ffit.db.url"));
        assertEquals("org.h2.jdbcx.JdbcDataSource", config.getValue("ffit.db.className"));
    }

    @Test
    void theDefaultDataDirectoryIsDataBesideTheWorkingDirectory() {
        String url = with(Map.of()).getValue("ffit.db.url");
        assertTrue(url.contains("/data/ffit;"), url);
    }

    @Test
    void aMariaDbUrlMeansProductionModeWithTheMariaDbDriverAndTheGivenCredentials() {
        CampusConfigSource config = with(Map.of("FFIT_DB_URL", "jdbc:mariadb://db:3306/ffit",
                "FFIT_DB_USER", "campus", "FFIT_DB_PASSWORD", "s3cret"));
        assertEquals("production", config.getValue("ffit.mode"));
        assertEquals("jdbc:mariadb://db:3306/ffit", config.getValue("ffit.db.url"));
        assertEquals("org.mariadb.jdbc.MariaDbDataSource", config.getValue("ffit.db.className"));
        assertEquals("campus", config.getValue("ffit.db.user"));
        assertEquals("s3cret", config.getValue("ffit.db.password"));
    }

    @Test
    void anUnknownDatabaseIsRefusedWithTheVariableNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> with(Map.of("FFIT_DB_URL", "jdbc:postgresql://db/ffit")));
        assertTrue(e.getMessage().contains("FFIT_DB_URL"), e.getMessage());
    }

    @Test
    void blankValuesCountAsUnsetAndDefaultsApply() {
        CampusConfigSource config = with(Map.of("FFIT_DB_URL", "  ", "FFIT_DEMO_PASSWORD", "",
                "FFIT_PUBLIC_URL", "https://campus.example.org/"));
        assertEquals("demo", config.getValue("ffit.mode"));
        assertEquals("demo", config.getValue("ffit.demo.password"));
        assertEquals("https://campus.example.org", config.getValue("ffit.public.url"));
        assertEquals("https://cms.integreat-app.de", config.getValue("ffit.integreat.url"));
        assertEquals("", config.getValue("ffit.integreat.allowed.hosts"), "only the base URL's host");
    }

    @Test
    void integreatsAddressAndMoreAllowedHostsComeFromTheEnvironment() {
        CampusConfigSource config = with(Map.of("FFIT_INTEGREAT_URL", "http://127.0.0.1:8099/",
                "FFIT_INTEGREAT_ALLOWED_HOSTS", "cms-test.integreat-app.de"));
        assertEquals("http://127.0.0.1:8099", config.getValue("ffit.integreat.url"));
        assertEquals("cms-test.integreat-app.de", config.getValue("ffit.integreat.allowed.hosts"));
    }
}
