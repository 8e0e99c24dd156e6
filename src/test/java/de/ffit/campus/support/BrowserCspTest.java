package de.ffit.campus.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The browser tests' check for Content-Security-Policy violations (issue 22): a page whose policy allows scripts
 * only with a nonce, with an inline script and an inline handler that lack it, is reported, and a browser that saw
 * it fails when closed; a page that keeps to its policy is not. Pages from {@code data:} addresses with the policy
 * in a meta element: no server needed.
 */
class BrowserCspTest {

    private static final String STRICT = "<meta http-equiv=\"Content-Security-Policy\" "
            + "content=\"script-src 'self' 'nonce-dGVzdHRlc3R0ZXN0dGVzdA=='\">";

    @BeforeAll
    static void chromium() {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/chromium")) && Files.isExecutable(Path.of("/usr/bin/chromedriver")),
                "Chromium and its driver");
    }

    private static String page(String html) {
        return "data:text/html;charset=utf-8," + URLEncoder.encode("<!DOCTYPE html><html><head>" + STRICT + "</head>"
                + "<body>" + html + "</body></html>", StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Test
    void anInlineScriptOrHandlerWithoutTheNonceIsAViolationAndFailsTheBrowserTest() {
        Browser browser = new Browser("de", 1280, 800);
        try {
            browser.driver().get(page("<script>document.title = 'inline';</script>"
                    + "<button id=\"b\" onclick=\"document.title = 'clicked'\">b</button>"));
            browser.driver().findElement(org.openqa.selenium.By.id("b")).click();
            List<String> violations = browser.cspViolations();
            assertTrue(violations.size() >= 2, violations::toString);
            assertTrue(violations.stream().allMatch(v -> v.contains("Content Security Policy")), violations::toString);
            assertEquals(List.of(), browser.cspViolations(), "read once");
            browser.driver().get(page("<script>document.title = 'again';</script>"));
        } catch (RuntimeException | AssertionError e) {
            browser.close();
            throw e;
        }
        AssertionError closing = assertThrows(AssertionError.class, browser::close);
        assertTrue(closing.getMessage().contains("Content Security Policy"), closing.getMessage());
    }

    @Test
    void aScriptWithTheNonceIsNone() {
        try (Browser browser = new Browser("de", 1280, 800)) {
            browser.driver().get(page("<script nonce=\"dGVzdHRlc3R0ZXN0dGVzdA==\">document.title = 'ok';</script>"));
            assertEquals("ok", browser.driver().getTitle());
            assertEquals(List.of(), browser.cspViolations());
        }
    }
}
