package de.ffit.campus.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The settings the features read, typed. The defaults are in META-INF/microprofile-config.properties (stated
 * nowhere else); the operator's {@code FFIT_*} variables reach them through MicroProfile Config's own
 * environment-variable mapping, and through {@link CampusConfigSource} for what that does not cover.
 */
@ApplicationScoped
@Named("settings")
public class CampusSettings {

    @Inject
    @ConfigProperty(name = "ffit.mode")
    String mode;

    @Inject
    @ConfigProperty(name = "ffit.demo.password")
    String demoPassword;

    @Inject
    @ConfigProperty(name = "ffit.admin.password")
    Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = "ffit.public.url")
    String publicUrl;

    @Inject
    @ConfigProperty(name = "ffit.integreat.url")
    String integreatUrl;

    @Inject
    @ConfigProperty(name = "ffit.integreat.allowed.hosts")
    Optional<String> integreatAllowedHosts;

    @Inject
    @ConfigProperty(name = "ffit.integreat.import.at")
    String integreatImportAt;

    @Inject
    @ConfigProperty(name = "ffit.default.locale")
    String defaultLocale;

    @Inject
    @ConfigProperty(name = "ffit.time.zone")
    String timeZone;

    @Inject
    @ConfigProperty(name = "ffit.kiosk.idle.seconds")
    int kioskIdleSeconds;

    @Inject
    @ConfigProperty(name = "ffit.organisation.name")
    String firstOrganisationName;

    @Inject
    @ConfigProperty(name = "ffit.organisation.region")
    String firstOrganisationRegion;

    @Inject
    @ConfigProperty(name = "ffit.metrics.token")
    Optional<String> metricsToken;

    @Inject
    @ConfigProperty(name = "ffit.hsts")
    String hsts;

    @Inject
    @ConfigProperty(name = "ffit.retention.months")
    String retentionMonths;

    @Inject
    @ConfigProperty(name = "ffit.trusted.proxies")
    Optional<String> trustedProxies;

    @Inject
    @ConfigProperty(name = "ffit.max.json.body")
    String maxJsonBody;

    @Inject
    @ConfigProperty(name = "ffit.data.dir")
    String dataDir;

    @Inject
    @ConfigProperty(name = "ffit.pin.key.file")
    Optional<String> pinKeyFile;

    @Inject
    @ConfigProperty(name = "ffit.signing.key.file")
    Optional<String> signingKeyFile;

    public boolean isDemo() {
        return !"production".equals(mode);
    }

    public String demoPassword() {
        return demoPassword;
    }

    public Optional<String> adminPassword() {
        return adminPassword.filter(p -> !p.isBlank());
    }

    /** {@code FFIT_DATA_DIR}: the embedded database's directory, and where demo mode keeps its key files */
    public Path dataDir() {
        return Path.of(dataDir.strip());
    }

    /** {@code FFIT_PIN_KEY_FILE}, if the operator named one (required in production mode) */
    public Optional<String> pinKeyFile() {
        return pinKeyFile.map(String::strip).filter(f -> !f.isEmpty());
    }

    /** {@code FFIT_SIGNING_KEY_FILE}: the master key of the organisations' credential signing keys */
    public Optional<String> signingKeyFile() {
        return signingKeyFile.map(String::strip).filter(f -> !f.isEmpty());
    }

    /** The public base address, without a trailing slash (pages and QR codes append their paths). */
    public String publicUrl() {
        return withoutTrailingSlash(publicUrl);
    }

    /** Whether the public address is still one only this machine can reach (the default, or a loopback host). */
    public boolean isPublicUrlLocal() {
        try {
            String host = URI.create(publicUrl.strip()).getHost();
            return host == null || host.equalsIgnoreCase("localhost") || host.startsWith("127.")
                    || host.equals("[::1]") || host.equals("0.0.0.0");
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    /** Seconds without a touch after which the kiosk signs the learner out (at least 5). */
    public int kioskIdleSeconds() {
        return Math.max(5, kioskIdleSeconds);
    }

    public String integreatUrl() {
        return withoutTrailingSlash(integreatUrl);
    }

    private static String withoutTrailingSlash(String url) {
        String v = url.strip();
        return v.endsWith("/") ? v.substring(0, v.length() - 1) : v;
    }

    /**
     * When the nightly import of the guide catalogues runs, in the campus time zone, or empty when it is switched
     * off ({@code FFIT_INTEGREAT_IMPORT_AT=off}).
     */
    public Optional<LocalTime> integreatImportAt() {
        String at = integreatImportAt.strip();
        if (at.equalsIgnoreCase("off") || at.equalsIgnoreCase("never")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalTime.parse(at));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("FFIT_INTEGREAT_IMPORT_AT must be a time like 03:30, or off: " + at, e);
        }
    }

    /** Hosts the Integreat client may ask besides the base URL's own, lower case. */
    public Set<String> integreatAllowedHosts() {
        // an empty value counts as none in MicroProfile Config, hence Optional
        return Arrays.stream(integreatAllowedHosts.orElse("").split(",")).map(String::strip)
                .filter(h -> !h.isEmpty()).map(h -> h.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    public Locale defaultLocale() {
        return Locale.forLanguageTag(defaultLocale);
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public String firstOrganisationName() {
        return firstOrganisationName;
    }

    public String firstOrganisationRegion() {
        return firstOrganisationRegion;
    }

    /** The bearer token that opens {@code /metrics} to other machines (a scraper), if one is set. */
    public Optional<String> metricsToken() {
        return metricsToken.map(String::strip).filter(t -> !t.isEmpty());
    }

    /**
     * The max-age of Strict-Transport-Security in seconds, or empty for none: {@code FFIT_HSTS=off}, a number of
     * seconds, or {@code auto} (a year when the public address is https, the usual set-up behind a TLS proxy).
     */
    public OptionalLong hstsMaxAge() {
        String v = hsts.strip().toLowerCase(Locale.ROOT);
        if (v.equals("off") || v.equals("0")) {
            return OptionalLong.empty();
        }
        if (v.equals("auto")) {
            return publicUrl.strip().toLowerCase(Locale.ROOT).startsWith("https://")
                    ? OptionalLong.of(31_536_000) : OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(v));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("FFIT_HSTS must be auto, off or a number of seconds: " + hsts, e);
        }
    }

    /**
     * After how many months past the end of their last cohort learners are erased automatically, or empty when
     * {@code FFIT_RETENTION_MONTHS=off}.
     */
    public OptionalInt retentionMonths() {
        String v = retentionMonths.strip().toLowerCase(Locale.ROOT);
        if (v.equals("off") || v.equals("never")) {
            return OptionalInt.empty();
        }
        try {
            int months = Integer.parseInt(v);
            if (months < 1) {
                throw new IllegalArgumentException("FFIT_RETENTION_MONTHS must be at least 1, or off: " + v);
            }
            return OptionalInt.of(months);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("FFIT_RETENTION_MONTHS must be a number of months, or off: " + v, e);
        }
    }

    /** The load balancers in front of the app whose {@code X-Forwarded-For} counts ({@code FFIT_TRUSTED_PROXIES}). */
    public List<String> trustedProxies() {
        return Arrays.stream(trustedProxies.orElse("").split(",")).map(String::strip)
                .filter(p -> !p.isEmpty()).toList();
    }

    /** The largest body an {@code /api} request may send ({@code FFIT_MAX_JSON_BODY}), in bytes. */
    public long maxJsonBody() {
        return bytes("FFIT_MAX_JSON_BODY", maxJsonBody);
    }

    /** {@code 1048576}, {@code 512KB}, {@code 1MB} (binary units, as operators mean them): at least 1 KB */
    static long bytes(String name, String value) {
        String v = value.strip().toUpperCase(Locale.ROOT).replace(" ", "");
        long unit = 1;
        if (v.endsWith("KB") || v.endsWith("K")) {
            unit = 1024;
        } else if (v.endsWith("MB") || v.endsWith("M")) {
            unit = 1024 * 1024;
        }
        String number = v.replaceAll("[KMB]+$", "");
        try {
            long bytes = Math.multiplyExact(Long.parseLong(number), unit);
            if (bytes < 1024) {
                throw new IllegalArgumentException(name + " must be at least 1KB: " + value);
            }
            return bytes;
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException(name + " must be a number of bytes, or like 512KB or 2MB: " + value, e);
        }
    }
}
