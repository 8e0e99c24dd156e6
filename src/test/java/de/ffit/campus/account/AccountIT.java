package de.ffit.campus.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ffit.campus.TestDeployments;
import de.ffit.campus.support.Browser;
import de.ffit.campus.support.Fixture;
import de.ffit.campus.support.Http;
import de.ffit.campus.support.Http.As;
import de.ffit.campus.support.Http.Response;
import de.ffit.campus.support.PlainBrowser;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.http.Cookie;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Accounts and signing in, over the API (Basic auth, the credential cache, throttled guessing) and on the pages
 * (the sign-in page in the browser’s language, a new session id, a deactivated account signed out at once).
 */
@ExtendWith(ArquillianExtension.class)
class AccountIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestDeployments.application();
    }

    @ArquillianResource
    URL deployed;

    private String base;
    private Http http;
    private Fixture a;

    @BeforeEach
    void organisation() {
        // the adapter reports the machine's address; the app listens on loopback too
        base = "http://127.0.0.1:" + deployed.getPort() + "/ffit-campus";
        http = new Http(base);
        a = new Fixture(http, "A");
    }

    @Test
    void aBurstOfParallelRequestsWithTheRightPasswordIsNotTakenForGuessing() throws Exception {
        // a script's first twelve requests at once: the password is checked once, not counted twelve times
        String name = "burst-" + a.run;
        a.account(name, "TRAINER");
        As burst = Http.as(name, Fixture.PASSWORD);
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                answers.add(pool.submit(() -> http.get(burst, "/api/cohorts")));
            }
            for (Future<Response> answer : answers) {
                Response response = answer.get(60, TimeUnit.SECONDS);
                assertEquals(200, response.status(), response::toString);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void signInIsRequiredAndRepeatedWrongPasswordsAreThrottled() {
        Response anonymous = http.get(As.NOBODY, "/api/cohorts");
        assertEquals(401, anonymous.status());
        assertTrue(anonymous.header("WWW-Authenticate").startsWith("Basic"));

        String victim = ("v-" + a.run).toLowerCase();
        a.account(victim, "COORDINATOR");
        for (int i = 0; i < 5; i++) {
            assertEquals(401, http.get(Http.as(victim, "wrong-" + i), "/api/cohorts").status());
        }
        Response throttled = http.get(Http.as(victim, Fixture.PASSWORD), "/api/cohorts");
        assertEquals(429, throttled.status(), throttled::toString);
        assertNotNull(throttled.header("Retry-After"));
        assertEquals(200, http.get(a.coordinator, "/api/cohorts").status(), "other accounts are not affected");
    }

    @Test
    void aChangedPasswordTakesEffectAtOnceDespiteTheCredentialCache() {
        String user = ("p-" + a.run).toLowerCase();
        long id = a.account(user, "COORDINATOR");
        As old = Http.as(user, Fixture.PASSWORD);
        assertEquals(200, http.get(old, "/api/cohorts").status());
        JsonObject account = http.get(Fixture.ADMIN, "/api/accounts/" + id).json();
        Response changed = http.put(Fixture.ADMIN, "/api/accounts/" + id, "{\"organisationId\":" + a.organisationId
                + ",\"username\":\"" + user + "\",\"displayName\":\"P\",\"role\":\"COORDINATOR\",\"active\":true,"
                + "\"password\":\"Ein-neues-Passwort-1\",\"version\":" + account.getJsonNumber("version") + "}");
        assertEquals(200, changed.status(), changed::toString);
        assertFalse(changed.body().contains("Passwort"), "the password never comes back");
        assertEquals(401, http.get(old, "/api/cohorts").status());
        assertEquals(200, http.get(Http.as(user, "Ein-neues-Passwort-1"), "/api/cohorts").status());
    }

    private WebClient client(String acceptLanguage) {
        return PlainBrowser.speaking(acceptLanguage);
    }

    private HtmlPage signIn(WebClient client, String path, Http.As who) throws Exception {
        HtmlPage login = client.getPage(base + path);
        login.<org.htmlunit.html.HtmlInput>getHtmlElementById("signIn:username").setValue(who.user());
        login.<org.htmlunit.html.HtmlInput>getHtmlElementById("signIn:password").setValue(who.password());
        return login.<org.htmlunit.html.HtmlSubmitInput>getHtmlElementById("signIn:submit").click();
    }

    @Test
    void theSignInPageSpeaksTheBrowsersLanguageRightToLeftForArabic() throws Exception {
        try (WebClient german = client("de-DE,de;q=0.9,en;q=0.5")) {
            HtmlPage page = german.getPage(base + "/login.xhtml");
            assertEquals("de", page.getDocumentElement().getAttribute("lang"));
            assertEquals("ltr", page.getDocumentElement().getAttribute("dir"));
            assertEquals("Anmelden", page.getElementsByTagName("h1").get(0).getTextContent().strip());
        }
        try (WebClient arabic = client("ar-SY,ar;q=0.9")) {
            HtmlPage page = arabic.getPage(base + "/login.xhtml");
            assertEquals("ar", page.getDocumentElement().getAttribute("lang"));
            assertEquals("rtl", page.getDocumentElement().getAttribute("dir"));
            String heading = page.getElementsByTagName("h1").get(0).getTextContent().strip();
            assertTrue(heading.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC),
                    heading);
        }
        try (WebClient unknown = client("ja")) {
            HtmlPage page = unknown.getPage(base + "/login.xhtml");
            assertEquals("de", page.getDocumentElement().getAttribute("lang"), "the configured default");
        }
    }

    @Test
    void aProtectedPageLeadsToSignInAndBackWithANewSessionId() throws Exception {
        try (WebClient client = client("de")) {
            HtmlPage login = client.getPage(base + "/cohorts/index.xhtml");
            assertTrue(login.getUrl().toString().contains("/login.xhtml?next="), login.getUrl().toString());
            Cookie before = client.getCookieManager().getCookie("JSESSIONID");
            assertNotNull(before, "the sign-in page has a session for its form");
            login.<org.htmlunit.html.HtmlInput>getHtmlElementById("signIn:username").setValue(a.coordinatorName);
            login.<org.htmlunit.html.HtmlInput>getHtmlElementById("signIn:password").setValue(Fixture.PASSWORD);
            HtmlPage cohorts = login.<org.htmlunit.html.HtmlSubmitInput>getHtmlElementById("signIn:submit").click();
            assertTrue(cohorts.getUrl().getPath().endsWith("/cohorts/index.xhtml"), cohorts.getUrl().toString());
            Cookie after = client.getCookieManager().getCookie("JSESSIONID");
            assertNotEquals(before.getValue(), after.getValue(), "session fixation: the id must change");
            assertTrue(after.isHttpOnly());
        }
    }

    @Test
    void aDeactivatedAccountIsSignedOutAtItsNextClick() throws Exception {
        String user = ("d-" + a.run).toLowerCase();
        long id = a.account(user, "COORDINATOR");
        try (WebClient client = client("de")) {
            HtmlPage home = signIn(client, "/login.xhtml", Http.as(user, Fixture.PASSWORD));
            assertTrue(home.getUrl().getPath().endsWith("/index.xhtml"), home.getUrl().toString());
            var account = http.get(Fixture.ADMIN, "/api/accounts/" + id).json();
            var deactivated = http.put(Fixture.ADMIN, "/api/accounts/" + id, "{\"organisationId\":"
                    + a.organisationId + ",\"username\":\"" + user + "\",\"displayName\":\"D\","
                    + "\"role\":\"COORDINATOR\",\"active\":false,\"version\":" + account.getJsonNumber("version")
                    + "}");
            assertEquals(200, deactivated.status(), deactivated::toString);
            HtmlPage next = client.getPage(base + "/learners/index.xhtml");
            assertTrue(next.getUrl().toString().contains("/login.xhtml"), next.getUrl().toString());
        }
    }

    @Test
    void aWrongPasswordIsToldPlainlyAndTheSessionCookieIsProtected() throws Exception {
        try (WebClient client = client("de")) {
            HtmlPage failed = signIn(client, "/login.xhtml", Http.as(a.coordinatorName, "falsch-falsch"));
            assertTrue(failed.asNormalizedText().contains("Benutzername oder Passwort ist nicht richtig."),
                    failed.asNormalizedText());
            assertEquals(a.coordinatorName, failed.<org.htmlunit.html.HtmlInput>getHtmlElementById("signIn:username")
                    .getValue(), "what the user typed stays");
        }
        HttpResponse<String> page = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base + "/login.xhtml")).build(), HttpResponse.BodyHandlers.ofString());
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID"))
                .findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
        assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElse(""));
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
    }

    private void signIn(Browser browser, Http.As who) {
        browser.signIn(base, who);
    }

}
