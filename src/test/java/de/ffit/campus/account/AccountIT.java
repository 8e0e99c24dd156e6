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
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Accounts and signing in, over the API (Basic auth, the credential cache, throttled guessing) and on the pages
 * (the sign-in page in the browser’s language, a new session id, a deactivated account, the accounts page).
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

    /**
     * What a refused form shows, read from the page: each field message with its field's label and where it sits,
     * the summary's links, the page's notices and all the text of the main area.
     */
    private static final String READ_MESSAGES = """
            var out = {fields: [], links: [], notices: '', main: document.getElementById('main').innerText};
            document.querySelectorAll('.field .ui-message').forEach(function (m) {
              var text = m.innerText.trim();
              if (!text || !m.getClientRects().length) { return; }
              var field = m.closest('.field');
              var label = field ? field.querySelector('label') : null;
              var input = null;
              ['.ui-selectonemenu', '.ui-selectmanycheckbox', '.ui-selectcheckboxmenu', '.ui-password', '.ui-datepicker',
               '.ui-chkbox', 'select', 'textarea', 'input:not([type=hidden])'].forEach(function (selector) {
                input = input || (field ? field.querySelector(selector) : null);
              });
              var icon = m.querySelector('.ui-message-error-icon');
              var detail = m.querySelector('.ui-message-error-detail') || m;
              var ir = icon ? icon.getBoundingClientRect() : null, dr = detail.getBoundingClientRect();
              var covered = ir !== null && ir.width > 0 && ir.right > dr.left && ir.left < dr.right
                  && ir.bottom > dr.top && ir.top < dr.bottom;
              var below = input ? Math.round(m.getBoundingClientRect().top - input.getBoundingClientRect().bottom) : -999;
              out.fields.push({label: label ? label.innerText.replace('*', '').trim() : '', message: text,
                  below: below, covered: covered});
            });
            document.querySelectorAll('.form-errors a').forEach(function (a) { out.links.push(a.innerText.trim()); });
            document.querySelectorAll('.ui-messages').forEach(function (n) { out.notices += n.innerText + ' '; });
            return out;""";

    @SuppressWarnings("unchecked")
    private List<String> refusalProblems(Browser browser, String where) {
        java.util.Map<String, Object> read = (java.util.Map<String, Object>) browser.script(READ_MESSAGES);
        List<java.util.Map<String, Object>> fields = (List<java.util.Map<String, Object>>) read.get("fields");
        List<String> links = (List<String>) read.get("links");
        List<String> problems = new java.util.ArrayList<>();
        if (fields.isEmpty()) {
            problems.add(where + ": no field message at all");
        }
        java.util.regex.Matcher clientId = java.util.regex.Pattern.compile("[A-Za-z]\\w*:[A-Za-z]\\w*:")
                .matcher((String) read.get("main"));
        if (clientId.find()) {
            problems.add(where + ": a client id in «" + clientId.group() + "»");
        }
        List<String> labels = new java.util.ArrayList<>();
        for (var field : fields) {
            String label = (String) field.get("label");
            String message = (String) field.get("message");
            labels.add(label);
            if (label.isEmpty() || !message.contains(label)) {
                problems.add(where + ": «" + message + "» does not name its field «" + label + "»");
            }
            long below = ((Number) field.get("below")).longValue();
            if (below < -2 || below > 60) {
                problems.add(where + ": «" + message + "» is " + below + " px from its field");
            }
            if (Boolean.TRUE.equals(field.get("covered"))) {
                problems.add(where + ": the icon covers «" + message + "»");
            }
            String notices = (String) read.get("notices");
            String summary = String.join(" ", links);
            if (notices.contains(message) || summary.contains(message)) {
                problems.add(where + ": «" + message + "» appears a second time at the top");
            }
        }
        if (!new java.util.HashSet<>(links).equals(new java.util.HashSet<>(labels))) {
            problems.add(where + ": the summary links " + links + ", the fields with messages are " + labels);
        }
        return problems;
    }

    @Test
    void aRefusedSaveOnTheAccountsPageKeepsEveryTypedValueThePasswordIncluded() {
        for (String language : List.of("de", "ar")) {
            try (Browser browser = new Browser(language, 1280, 900)) {
                WebDriver driver = browser.driver();
                signIn(browser, Fixture.ADMIN);
                driver.get(base + "/admin/accounts.xhtml?lang=" + language);
                driver.findElement(By.id("accounts:add")).click();
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("form:username")));
                driver.findElement(By.id("form:username")).sendKeys("neu" + language + a.run.toLowerCase());
                driver.findElement(By.id("form:password")).sendKeys("Ein-langes-Passwort-42");
                driver.findElement(By.id("form:save")).click();
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                        "#form .field .ui-message-error-detail")));
                assertEquals(List.of(), refusalProblems(browser, "accounts [" + language + "]"));
                assertEquals("neu" + language + a.run.toLowerCase(),
                        driver.findElement(By.id("form:username")).getAttribute("value"));
                assertEquals("Ein-langes-Passwort-42", driver.findElement(By.id("form:password")).getAttribute("value"),
                        "the password typed before the refused save");
                browser.screenshot("refused-account-" + language);
            }
        }
    }
}
