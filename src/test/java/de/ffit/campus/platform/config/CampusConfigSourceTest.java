package de.ffit.campus.platform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CampusConfigSourceTest {

    private static ConfigLookup with(Map<String, String> environment) {
        return ConfigLookup.environment(environment);
    }

    @Test
    void withoutDatabaseItRunsInDemoModeOnAnH2FileUnderTheDataDirectory() {
        ConfigLookup config = with(Map.of("FFIT_DATA_DIR", "/var/lib/ffit"));
        assertEquals("demo", config.get("ffit.mode"));
        assertTrue(config.get("ffit.db.url").startsWith("jdbc:h2:file:/var/lib/ffit/ffit;MODE=MariaDB"),
                config.get("ffit.db.url"));
        assertEquals("org.h2.jdbcx.JdbcDataSource", config.get("ffit.db.className"));
        assertEquals("ffit", config.get("ffit.db.user"));
        assertEquals("ffit", config.get("ffit.db.password"));
        assertTrue(config.settings().isDemo());
    }

    @Test
    void theDefaultDataDirectoryIsDataBesideTheWorkingDirectory() {
        String url = with(Map.of()).get("ffit.db.url");
        assertTrue(url.contains("/data/ffit;"), url);
        assertTrue(url.startsWith("jdbc:h2:file:" + Path.of("data").toAbsolutePath()), url);
    }

    @Test
    void aMariaDbUrlMeansProductionModeWithTheMariaDbDriverAndTheGivenCredentials() {
        ConfigLookup config = with(Map.of("FFIT_DB_URL", "jdbc:mariadb://db:3306/ffit",
                "FFIT_DB_USER", "campus", "FFIT_DB_PASSWORD", "s3cret"));
        assertEquals("production", config.get("ffit.mode"));
        assertEquals("jdbc:mariadb://db:3306/ffit", config.get("ffit.db.url"));
        assertEquals("org.mariadb.jdbc.MariaDbDataSource", config.get("ffit.db.className"));
        assertEquals("campus", config.get("ffit.db.user"));
        assertEquals("s3cret", config.get("ffit.db.password"));
        assertTrue(!config.settings().isDemo());
    }

    @Test
    void inProductionTheDatabaseUserIsFfitAndThePasswordEmptyUnlessSaid() {
        ConfigLookup config = with(Map.of("FFIT_DB_URL", "jdbc:mariadb://db:3306/ffit"));
        assertEquals("ffit", config.get("ffit.db.user"));
        assertNull(config.get("ffit.db.password"), "an empty password is no value in MicroProfile Config");
    }

    @Test
    void anUnknownDatabaseIsRefusedWithTheVariableNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> with(Map.of("FFIT_DB_URL", "jdbc:postgresql://db/ffit")));
        assertTrue(e.getMessage().contains("FFIT_DB_URL"), e.getMessage());
    }

    @Test
    void blankValuesCountAsUnsetAndDefaultsApply() {
        ConfigLookup config = with(Map.of("FFIT_DB_URL", "  ", "FFIT_DEMO_PASSWORD", "",
                "FFIT_PUBLIC_URL", "https://campus.example.org/"));
        CampusSettings settings = config.settings();
        assertEquals("demo", config.get("ffit.mode"));
        assertEquals("demo", settings.demoPassword());
        assertEquals("https://campus.example.org", settings.publicUrl());
        assertEquals("https://cms.integreat-app.de", settings.integreatUrl());
        assertEquals(Set.of(), settings.integreatAllowedHosts(), "only the base URL's host");
    }

    @Test
    void integreatsAddressAndMoreAllowedHostsComeFromTheEnvironment() {
        CampusSettings settings = with(Map.of("FFIT_INTEGREAT_URL", "http://127.0.0.1:8099/",
                "FFIT_INTEGREAT_ALLOWED_HOSTS", "cms-test.integreat-app.de")).settings();
        assertEquals("http://127.0.0.1:8099", settings.integreatUrl());
        assertEquals(Set.of("cms-test.integreat-app.de"), settings.integreatAllowedHosts());
    }

    @Test
    void systemPropertiesSpelledLikeTheVariablesCountAsTheTestsPassThem() {
        // as src/test/resources/arquillian.xml starts the application
        ConfigLookup config = ConfigLookup.of(Map.of("FFIT_DB_URL", "jdbc:mariadb://127.0.0.1:3306/ffit_it",
                "FFIT_DB_USER", "ffit_it", "FFIT_PUBLIC_URL", "http://campus.example.org",
                "FFIT_KIOSK_IDLE_SECONDS", "12", "FFIT_INTEGREAT_IMPORT_AT", "off", "FFIT_MAX_JSON_BODY", " 4MB "),
                Map.of());
        assertEquals("production", config.get("ffit.mode"));
        assertEquals("ffit_it", config.get("ffit.db.user"));
        CampusSettings settings = config.settings();
        assertEquals("http://campus.example.org", settings.publicUrl());
        assertEquals(12, settings.kioskIdleSeconds());
        assertTrue(settings.integreatImportAt().isEmpty());
        assertEquals(4 * 1024 * 1024, settings.maxJsonBody());
    }

    @Test
    void theEnvironmentWinsOverASystemPropertySpelledLikeItAsBefore() {
        ConfigLookup config = ConfigLookup.of(Map.of("FFIT_TIME_ZONE", "Europe/Kyiv"),
                Map.of("FFIT_TIME_ZONE", "Europe/Istanbul"));
        assertEquals("Europe/Istanbul", config.get("ffit.time.zone"));
    }

    @Test
    void theFirstOrganisationsRegionIsFfitIntegreatRegion() {
        assertEquals("augsburg", with(Map.of()).settings().firstOrganisationRegion());
        assertEquals("koeln", with(Map.of("FFIT_INTEGREAT_REGION", "koeln")).settings().firstOrganisationRegion());
        assertEquals("muenchen", ConfigLookup.of(Map.of("FFIT_INTEGREAT_REGION", "muenchen"), Map.of())
                .settings().firstOrganisationRegion());
    }

    @Test
    void withNothingSetEverySettingHasTheReadmesDefault() {
        CampusSettings settings = with(Map.of()).settings();
        assertTrue(settings.isDemo());
        assertEquals("demo", settings.demoPassword());
        assertTrue(settings.adminPassword().isEmpty());
        assertEquals("http://localhost:8080", settings.publicUrl());
        assertEquals("03:30", settings.integreatImportAt().orElseThrow().toString());
        assertEquals("de", settings.defaultLocale().toLanguageTag());
        assertEquals("Europe/Berlin", settings.zone().getId());
        assertEquals(60, settings.kioskIdleSeconds());
        assertEquals("ffIT Campus", settings.firstOrganisationName());
        assertTrue(settings.metricsToken().isEmpty());
        assertTrue(settings.hstsMaxAge().isEmpty(), "auto, and the default address is http");
        assertEquals(24, settings.retentionMonths().orElseThrow());
        assertEquals(java.util.List.of(), settings.trustedProxies());
        assertEquals(1024 * 1024, settings.maxJsonBody());
    }

    /** README's "Configuration" table is the contract; microprofile-config.properties holds its defaults. */
    @Test
    void theReadmesSettingsTableAndTheDefaultsFileAgree() throws IOException {
        Map<String, String> readme = new TreeMap<>();
        Pattern row = Pattern.compile("^\\| (`FFIT_[^|]+) \\| ([^|]+) \\|");
        for (String line : Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8)) {
            Matcher m = row.matcher(line);
            if (m.find()) {
                String[] names = m.group(1).split(", ");
                String[] defaults = m.group(2).strip().split(", ");
                for (int i = 0; i < names.length; i++) {
                    String value = names.length == defaults.length ? defaults[i] : defaults[0];
                    readme.put(names[i].replace("`", ""), value.startsWith("`") ? value.replace("`", "") : "");
                }
            }
        }
        // derived from whether it is set, and read under the operator's name
        assertEquals("", readme.remove("FFIT_DB_URL"));
        readme.put("FFIT_ORGANISATION_REGION", readme.remove("FFIT_INTEGREAT_REGION"));

        Properties file = CampusConfigSource.defaults();
        Map<String, String> defaults = new TreeMap<>();
        // ours only: the file also holds settings of the platform's MicroProfile services (mp.openapi.*)
        Set<String> ours = new TreeSet<>();
        for (String name : file.stringPropertyNames()) {
            if (name.startsWith("ffit.")) {
                ours.add(name);
                defaults.put(CampusConfigSource.environmentName(name), file.getProperty(name));
            }
        }
        assertTrue(readme.size() >= 15, "the table was read: " + readme);
        assertEquals(readme, defaults);
        assertEquals(ours.size(), defaults.size(), "one name per variable");
    }
}
