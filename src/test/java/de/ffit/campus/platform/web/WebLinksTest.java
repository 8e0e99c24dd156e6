package de.ffit.campus.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class WebLinksTest {

    @Test
    void onlyAbsoluteWebAddressesWithAHostAreLinks() {
        String arabic = "https://integreat.app/augsburg/ar/أهلا-وسهلا";
        assertEquals(arabic, WebLinks.webOnly(arabic, false), "raw UTF-8 slugs as Integreat sends them");
        assertEquals("HTTPS://integreat.app/x", WebLinks.webOnly("HTTPS://integreat.app/x", false));
        assertNull(WebLinks.webOnly("http://integreat.app/x", false), "http only for a test server on http");
        assertEquals("http://127.0.0.1:18391/x", WebLinks.webOnly("http://127.0.0.1:18391/x", true));
        for (String bad : List.of("javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)",
                "data:text/html,<script>alert(1)</script>", "vbscript:x", "/relative/junk", "//evil.example/x",
                "https:/no-host", "https://", "file:///etc/passwd", "https://a.example/\u0000x",
                "java\tscript:alert(1)", "https://a.example/ x", "mailto:a@b.example", "")) {
            assertNull(WebLinks.webOnly(bad, true), bad);
        }
        assertNull(WebLinks.webOnly(null, true));
    }

    @Test
    void anHrefFallsBackForAnythingElse() {
        assertEquals("https://integreat.app/a/de/b", WebLinks.href("javascript:alert(1)", "https://integreat.app/a/de/b"));
        assertEquals("http://x.example/", WebLinks.href("http://x.example/", "#"));
    }
}
