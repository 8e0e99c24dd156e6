package de.ffit.campus.platform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class CampusSettingsTest {

    private static CampusSettings with(String publicUrl, String hsts) {
        CampusSettings settings = new CampusSettings();
        settings.publicUrl = publicUrl;
        settings.hsts = hsts;
        return settings;
    }

    @Test
    void strictTransportSecurityFollowsThePublicAddressUnlessTheOperatorSaysOtherwise() {
        assertEquals(OptionalLong.of(31_536_000), with("https://campus.example.org", "auto").hstsMaxAge());
        assertEquals(OptionalLong.empty(), with("http://localhost:8080", "auto").hstsMaxAge());
        assertEquals(OptionalLong.empty(), with("https://campus.example.org", "off").hstsMaxAge());
        assertEquals(OptionalLong.of(300), with("http://campus.example.org", "300").hstsMaxAge());
        assertThrows(IllegalArgumentException.class, () -> with("https://x.org", "a year").hstsMaxAge());
    }

    @Test
    void theLargestApiBodyIsAMegabyteUnlessTheOperatorSaysOtherwise() {
        CampusSettings settings = new CampusSettings();
        settings.maxJsonBody = "1MB";
        assertEquals(1_048_576, settings.maxJsonBody());
        assertEquals(524_288, CampusSettings.bytes("FFIT_MAX_JSON_BODY", "512KB"));
        assertEquals(2_097_152, CampusSettings.bytes("FFIT_MAX_JSON_BODY", "2m"));
        assertEquals(300_000, CampusSettings.bytes("FFIT_MAX_JSON_BODY", "300000"));
        assertThrows(IllegalArgumentException.class, () -> CampusSettings.bytes("FFIT_MAX_JSON_BODY", "lots"));
        assertThrows(IllegalArgumentException.class, () -> CampusSettings.bytes("FFIT_MAX_JSON_BODY", "100"));
        assertEquals("1MB", ConfigLookup.environment(Map.of()).get("ffit.max.json.body"));
        assertEquals("4MB", ConfigLookup.environment(Map.of("FFIT_MAX_JSON_BODY", "4MB")).get("ffit.max.json.body"));
    }
}
