package de.ffit.campus.platform.config;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * A setting looked up the way MicroProfile Config (Payara's, checked against its classes) does it, for unit tests
 * without a server: the sources by ordinal, system properties (400) by their exact name, environment variables
 * (300) by the name, then with every character but letters and digits as {@code _}, then that in upper case,
 * {@link CampusConfigSource} (250), microprofile-config.properties (100); an empty value counts as unset and the
 * next source is asked.
 */
final class ConfigLookup {

    private final Map<String, String> systemProperties;
    private final Map<String, String> environment;
    private final CampusConfigSource campus;
    private final Properties defaults = CampusConfigSource.defaults();

    private ConfigLookup(Map<String, String> systemProperties, Map<String, String> environment) {
        this.systemProperties = systemProperties;
        this.environment = environment;
        this.campus = new CampusConfigSource(systemProperties::get, environment::get);
    }

    static ConfigLookup environment(Map<String, String> environment) {
        return new ConfigLookup(Map.of(), environment);
    }

    static ConfigLookup of(Map<String, String> systemProperties, Map<String, String> environment) {
        return new ConfigLookup(systemProperties, environment);
    }

    /** The value, or null when no source has one. */
    String get(String name) {
        String mapped = name.replaceAll("[^A-Za-z0-9]", "_");
        for (String value : new String[] {systemProperties.get(name), environment.get(name), environment.get(mapped),
                environment.get(mapped.toUpperCase(Locale.ROOT)), campus.getValue(name),
                defaults.getProperty(name)}) {
            if (value != null && !value.isEmpty()) {
                return value;
            }
        }
        return null;
    }

    /** The typed settings as CDI would inject them from these sources. */
    CampusSettings settings() {
        CampusSettings s = new CampusSettings();
        s.mode = get("ffit.mode");
        s.demoPassword = get("ffit.demo.password");
        s.adminPassword = Optional.ofNullable(get("ffit.admin.password"));
        s.publicUrl = get("ffit.public.url");
        s.integreatUrl = get("ffit.integreat.url");
        s.integreatAllowedHosts = Optional.ofNullable(get("ffit.integreat.allowed.hosts"));
        s.integreatImportAt = get("ffit.integreat.import.at");
        s.defaultLocale = get("ffit.default.locale");
        s.timeZone = get("ffit.time.zone");
        s.kioskIdleSeconds = Integer.parseInt(get("ffit.kiosk.idle.seconds"));
        s.firstOrganisationName = get("ffit.organisation.name");
        s.firstOrganisationRegion = get("ffit.organisation.region");
        s.metricsToken = Optional.ofNullable(get("ffit.metrics.token"));
        s.hsts = get("ffit.hsts");
        s.retentionMonths = get("ffit.retention.months");
        s.trustedProxies = Optional.ofNullable(get("ffit.trusted.proxies"));
        s.maxJsonBody = get("ffit.max.json.body");
        return s;
    }
}
