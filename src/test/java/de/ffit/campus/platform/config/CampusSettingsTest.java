package de.ffit.campus.platform.config;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CampusSettingsTest {

    private static boolean local(String url) {
        CampusSettings settings = new CampusSettings();
        settings.publicUrl = url;
        return settings.isPublicUrlLocal();
    }

    @Test
    void aPublicAddressThatOnlyThisMachineReachesIsRecognised() {
        assertTrue(local("http://localhost:8080"), "the default");
        assertTrue(local("http://LOCALHOST"));
        assertTrue(local("http://127.0.0.1:8080/"));
        assertTrue(local("http://[::1]:8080"));
        assertTrue(local("not a url at all"));
        assertFalse(local("https://campus.tuerantuer.de"));
        assertFalse(local("http://192.168.1.20:8080"), "a school network is reachable by phones there");
    }
}
