package de.ffit.campus.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ffit.campus.TestDeployments;
import de.ffit.campus.support.Fixture;
import de.ffit.campus.support.Http;
import de.ffit.campus.support.Http.As;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.htmlunit.BrowserVersion;
import org.htmlunit.Page;
import org.htmlunit.WebClient;
import org.htmlunit.util.NameValuePair;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSubmitInput;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may do what: every page and every REST endpoint of the application, asked by everyone there is (nobody
 * signed in, the trainer of a cohort, its coordinator, the coordinator of another organisation, an admin of another
 * organisation), against a table of what each may do. The pages are read from {@code webapp/}, the endpoints from
 * the JAX-RS classes, so a new page or endpoint without a line in the table fails the test.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestDeployments.application();
    }

    @ArquillianResource
    URL deployed;

    private Http http;
    private String base;
    private Fixture a;
    private Fixture b;
    private final Map<String, String> ids = new LinkedHashMap<>();

    /** who asks; ANON signs in as nobody */
    enum Who { ANON, TRAINER, COORDINATOR, OTHER_ORG, ADMIN }

    @BeforeEach
    void world() {
        base = "http://127.0.0.1:" + deployed.getPort() + "/ffit-campus";
        http = new Http(base);
        a = new Fixture(http, "S");
        b = new Fixture(http, "O");
        long module = Fixture.created(http.post(a.coordinator, "/api/courses/" + a.courseId + "/modules",
                "{\"title\":\"Sicher im Netz\"}"));
        long exercise = Fixture.created(http.post(a.coordinator, "/api/modules/" + module + "/exercises",
                "{\"title\":\"Passwörter\",\"mandatory\":true,\"competences\":[\"4.1\"]}"));
        long cohort = a.cohortStartedWeeksAgo("Matrix " + a.run, 2, 4);
        long learner = a.learner("Mira Matrix", null, "uk");
        long enrollment = a.enrol(cohort, learner);
        long lesson = http.get(a.coordinator, "/api/cohorts/" + cohort + "/lessons").array().getJsonObject(0)
                .getJsonNumber("id").longValue();
        Http.Response certificate = http.post(a.coordinator, "/api/enrollments/" + enrollment + "/certificate",
                "{\"overrideReason\":\"Matrix\"}");
        assertEquals(201, certificate.status(), certificate::toString);
        long kiosk = Fixture.created(http.post(a.coordinator, "/api/kiosks",
                "{\"name\":\"Tablet Matrix\",\"locationId\":" + a.locationId + "}"));
        ids.put("accounts", "" + a.trainerId);
        ids.put("organisations", "" + a.organisationId);
        ids.put("cohorts", "" + cohort);
        ids.put("lessons", "" + lesson);
        ids.put("learners", "" + learner);
        ids.put("enrollments", "" + enrollment);
        ids.put("courses", "" + a.courseId);
        ids.put("modules", "" + module);
        ids.put("exercises", "" + exercise);
        ids.put("locations", "" + a.locationId);
        ids.put("kiosks", "" + kiosk);
        ids.put("serial", certificate.json().getString("serial"));
        ids.put("code", certificate.json().getString("verificationCode"));
        ids.put("exerciseId", "" + exercise);
        ids.put("pageId", "1");
        ids.put("lang", "ar");
    }

    // ---------------------------------------------------------------------------------------------------- the API

    /**
     * Who may call each endpoint: T trainer of the cohort, C its coordinator, O coordinator of another
     * organisation, A admin of another organisation, N nobody signed in. Everyone else gets 404 (401 for nobody).
     * A write that the table allows is sent with an empty body and must not be refused for who sent it (it may be
     * for what it says); one it denies is sent with a valid body; {@code !} marks writes that would change data even so (they are covered by
     * the feature ITs, e.g. CohortIT, GuideIT, KioskIT): their allowed side is not sent, their denied side is.
     */
    private static final Map<String, String> API = new TreeMap<>(Map.ofEntries(
            Map.entry("GET /attendance-device/lessons", "TCOA"),
            Map.entry("POST /attendance-device/lessons/{id}/saves", "TC"),
            Map.entry("GET /accounts", "A"), Map.entry("GET /accounts/{id}", "A"), Map.entry("POST /accounts", "A"),
            Map.entry("PUT /accounts/{id}", "A"),
            Map.entry("GET /audit", "A"),
            Map.entry("GET /organisations", "A"), Map.entry("GET /organisations/{id}", "A"),
            Map.entry("POST /organisations", "A"), Map.entry("PUT /organisations/{id}", "A"),
            Map.entry("POST /organisations/{id}/signing-keys", "A!"),
            Map.entry("POST /privacy/retention", "A!"),
            Map.entry("GET /certificates/{serial}", "TC"), Map.entry("GET /certificates/{serial}.pdf", "TC"),
            Map.entry("POST /certificates/{serial}/reissue", "C"), Map.entry("POST /certificates/{serial}/revoke", "C"),
            Map.entry("GET /cohorts", "TCOA"), Map.entry("POST /cohorts", "COA"),
            Map.entry("GET /cohorts/{id}", "TC"), Map.entry("PUT /cohorts/{id}", "C"),
            Map.entry("GET /cohorts/{id}/certificates", "TC"), Map.entry("GET /cohorts/{id}/enrollments", "TC"),
            Map.entry("POST /cohorts/{id}/enrollments", "C"), Map.entry("GET /cohorts/{id}/learner-cards", "C"),
            Map.entry("GET /cohorts/{id}/lessons", "TC"), Map.entry("POST /cohorts/{id}/lessons", "C"),
            Map.entry("POST /cohorts/{id}/schedule", "C"), Map.entry("GET /cohorts/{id}/progress", "TC"),
            Map.entry("POST /cohorts/{id}/finish", "C!"),
            Map.entry("POST /cohorts/{id}/exercises/{exerciseId}/present", "TC!"),
            Map.entry("GET /cohorts/{id}/export/attendance.csv", "TC"),
            Map.entry("GET /cohorts/{id}/export/learners.csv", "TC"),
            Map.entry("GET /cohorts/{id}/export/progress.csv", "TC"),
            Map.entry("GET /competences", "TCOA"),
            Map.entry("GET /courses", "TCOA"), Map.entry("POST /courses", "COA"), Map.entry("GET /courses/{id}", "TC"),
            Map.entry("PUT /courses/{id}", "C"), Map.entry("DELETE /courses/{id}", "C!"),
            Map.entry("POST /courses/{id}/modules", "C"),
            Map.entry("GET /courses/{id}/texts", "C"), Map.entry("GET /courses/{id}/texts/{lang}.csv", "C"),
            Map.entry("PUT /courses/{id}/texts/{lang}.csv", "C!"), Map.entry("POST /courses/{id}/texts/{lang}.csv", "C!"),
            Map.entry("GET /modules/{id}", "TC"), Map.entry("PUT /modules/{id}", "C"),
            Map.entry("DELETE /modules/{id}", "C!"), Map.entry("POST /modules/{id}/exercises", "C"),
            Map.entry("GET /modules/{id}/guides", "TC"), Map.entry("POST /modules/{id}/guides", "C"),
            Map.entry("DELETE /modules/{id}/guides", "C!"), Map.entry("DELETE /modules/{id}/guides/{pageId}", "C!"),
            Map.entry("GET /exercises/{id}", "TC"), Map.entry("PUT /exercises/{id}", "C"),
            Map.entry("DELETE /exercises/{id}", "C!"),
            Map.entry("GET /exercises/{id}/guides", "TC"), Map.entry("POST /exercises/{id}/guides", "C"),
            Map.entry("DELETE /exercises/{id}/guides", "C!"), Map.entry("DELETE /exercises/{id}/guides/{pageId}", "C!"),
            Map.entry("GET /enrollments/{id}", "TC"), Map.entry("GET /enrollments/{id}/progress", "TC"),
            Map.entry("POST /enrollments/{id}/certificate", "C"), Map.entry("POST /enrollments/{id}/withdraw", "C!"),
            Map.entry("PUT /enrollments/{id}/exercises/{exerciseId}", "TC"),
            Map.entry("POST /enrollments/{id}/exercises/{exerciseId}/confirm", "TC!"),
            Map.entry("POST /enrollments/{id}/exercises/{exerciseId}/reject", "TC!"),
            Map.entry("POST /enrollments/{id}/exercises/{exerciseId}/report", "TC!"),
            Map.entry("GET /guide-catalogue", "TCOA"), Map.entry("GET /guide-catalogue/import", "TCOA"),
            Map.entry("POST /guide-catalogue/import", "COA!"), Map.entry("GET /guide-catalogue/broken-links", "COA"),
            Map.entry("GET /kiosks", "COA"), Map.entry("POST /kiosks", "COA"), Map.entry("GET /kiosks/{id}", "C"),
            Map.entry("POST /kiosks/{id}/setup-code", "C!"), Map.entry("DELETE /kiosks/{id}", "C!"),
            Map.entry("GET /learners", "COA"), Map.entry("POST /learners", "COA"), Map.entry("GET /learners/{id}", "C"),
            Map.entry("PUT /learners/{id}", "C"), Map.entry("GET /learners/{id}/card", "C"),
            // a locked card: the trainers of the learner's cohorts open it too (issue 20)
            Map.entry("GET /learners/{id}/pin", "TC"), Map.entry("PUT /learners/{id}/pin", "TC!"),
            Map.entry("DELETE /learners/{id}/pin/lock", "TC!"),
            Map.entry("GET /learners/{id}/personal-data", "C"), Map.entry("DELETE /learners/{id}/personal-data", "C!"),
            Map.entry("GET /lessons/{id}", "TC"), Map.entry("PUT /lessons/{id}", "C"),
            Map.entry("DELETE /lessons/{id}", "C!"),
            Map.entry("GET /lessons/{id}/attendance", "TC"), Map.entry("PUT /lessons/{id}/attendance", "TC"),
            Map.entry("GET /lessons/{id}/attendance/history", "TC"), Map.entry("PUT /lessons/{id}/state", "TC"),
            Map.entry("GET /locations", "TCOA"), Map.entry("POST /locations", "COA"),
            Map.entry("GET /locations/{id}", "TC"), Map.entry("PUT /locations/{id}", "C"),
            Map.entry("DELETE /locations/{id}", "C!"),
            Map.entry("GET /reports/impact", "COA"), Map.entry("GET /reports/impact.csv", "COA"),
            Map.entry("GET /reports/impact.pdf", "COA"),
            Map.entry("GET /verify/{code}", "NTCOA"), Map.entry("POST /verify", "NTCOA"),
            Map.entry("GET /verify/{code}/credential", "NTCOA"), Map.entry("POST /verify/credential", "NTCOA")));

    /**
     * Bodies that pass validation, for the writes: a caller who may not write must be refused for who they are,
     * not for an empty body (which the boundary checks first). Where the table allows the write, the empty body is
     * sent instead, and must be refused for what it says.
     */
    private String validBody(String endpoint) {
        String today = de.ffit.campus.support.CampusToday.today().toString();
        String schedule = "{\"from\":\"" + today + "\",\"to\":\"" + today + "\",\"days\":[\"MONDAY\"],"
                + "\"start\":\"09:30:00\",\"end\":\"12:00:00\"}";
        return switch (endpoint) {
            case "POST /cohorts/{id}/enrollments" -> "{\"learnerId\":" + ids.get("learners") + "}";
            case "POST /cohorts/{id}/lessons" -> "{\"date\":\"" + today + "\",\"start\":\"18:00:00\",\"end\":\"19:00:00\"}";
            case "PUT /lessons/{id}" -> "{\"date\":\"" + today + "\",\"start\":\"18:00:00\",\"end\":\"19:00:00\","
                    + "\"version\":0}";
            case "POST /cohorts/{id}/schedule" -> schedule;
            case "PUT /cohorts/{id}" -> "{\"name\":\"Übernommen\",\"courseId\":" + a.courseId + ",\"locationId\":"
                    + a.locationId + ",\"trainerIds\":[],\"version\":0}";
            case "POST /courses/{id}/modules", "PUT /modules/{id}" -> "{\"title\":\"Übernommen\",\"version\":0}";
            case "POST /modules/{id}/exercises", "PUT /exercises/{id}" -> "{\"title\":\"Übernommen\",\"mandatory\":true,"
                    + "\"competences\":[\"4.1\"],\"version\":0}";
            case "PUT /courses/{id}" -> "{\"title\":\"Übernommen\",\"minAttendancePercent\":75,"
                    + "\"minExercisePercent\":60,\"version\":0}";
            case "PUT /learners/{id}" -> "{\"name\":\"Übernommen\",\"preferredLanguage\":\"de\",\"version\":0}";
            case "PUT /locations/{id}" -> "{\"name\":\"Übernommen\",\"kind\":\"CLASSROOM\",\"version\":0}";
            case "PUT /lessons/{id}/state" -> "{\"state\":\"CANCELLED\"}";
            case "PUT /lessons/{id}/attendance" -> "{\"records\":[]}";
            case "POST /attendance-device/lessons/{id}/saves" -> "{\"key\":\"security-0123456789abcdef\","
                    + "\"changes\":[]}";
            case "PUT /enrollments/{id}/exercises/{exerciseId}" -> "{\"done\":true}";
            case "POST /cohorts/{id}/exercises/{exerciseId}/present" -> "{\"lessonId\":" + ids.get("lessons") + "}";
            case "POST /exercises/{id}/guides", "POST /modules/{id}/guides" -> "{\"region\":\"augsburg\",\"path\":"
                    + "\"/augsburg/de/x/\"}";
            default -> "{}";
        };
    }

    /** what some endpoints need beside the path: the report's period, the unlinked guide, a fresh If-Match */
    private static String query(String endpoint) {
        if (endpoint.startsWith("GET /reports/impact")) {
            return "?from=2026-01-01&to=2026-12-31";
        }
        if (endpoint.matches("DELETE /(exercises|modules)/\\{id\\}/guides")) {
            return "?region=augsburg&path=%2Faugsburg%2Fde%2Fx%2F";
        }
        return "";
    }

    @Test
    void everyEndpointAnswersEachCallerAsTheTableSays() throws Exception {
        Set<String> endpoints = endpoints();
        Set<String> unlisted = new TreeSet<>(endpoints);
        unlisted.removeAll(API.keySet());
        Set<String> gone = new TreeSet<>(API.keySet());
        gone.removeAll(endpoints);
        assertEquals(Set.of(), unlisted, "endpoints without a line in the table");
        assertEquals(Set.of(), gone, "lines in the table without an endpoint");
        List<String> wrong = new ArrayList<>();
        for (String endpoint : endpoints) {
            String rule = API.get(endpoint);
            boolean sideEffects = rule.endsWith("!");
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String path = "/api" + fill(endpoint.substring(endpoint.indexOf(' ') + 1)) + query(endpoint);
            for (Who who : Who.values()) {
                boolean allowed = rule.indexOf(letter(who)) >= 0;
                if (allowed && sideEffects) {
                    continue;
                }
                String body = method.equals("GET") || method.equals("DELETE") ? null
                        : allowed ? "{}" : validBody(endpoint);
                As caller = as(who).withHeader("Accept", "*/*").withHeader("If-Match", "*");
                if (endpoint.endsWith(".csv") && body != null) {
                    // a translator's sheet comes as CSV; refused for who sends it, not for its type
                    caller = caller.withHeader("Content-Type", "text/csv");
                }
                int status = http.send(caller, method, path, body).status();
                // an allowed write with an empty body: refused for what it says (400, 409, 412, 428) or, where an
                // empty body means "nothing to change", done (200); never refused for who sent it
                boolean ok = allowed ? method.equals("GET") ? status == 200
                        : status < 500 && !Set.of(401, 403, 404, 405).contains(status)
                        : status == (who == Who.ANON ? 401 : 404);
                if (!ok) {
                    wrong.add(method + " " + path + " as " + who + ": " + status + " (" + (allowed ? "allowed" : "denied")
                            + ")");
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    private static char letter(Who who) {
        return switch (who) {
            case ANON -> 'N';
            case TRAINER -> 'T';
            case COORDINATOR -> 'C';
            case OTHER_ORG -> 'O';
            case ADMIN -> 'A';
        };
    }

    private As as(Who who) {
        return switch (who) {
            case ANON -> As.NOBODY;
            case TRAINER -> a.trainer;
            case COORDINATOR -> a.coordinator;
            case OTHER_ORG -> b.coordinator;
            case ADMIN -> Fixture.ADMIN;
        };
    }

    /** a path template with the ids of organisation A's records */
    private String fill(String template) {
        StringBuilder path = new StringBuilder();
        String resource = null;
        for (String part : template.substring(1).split("/")) {
            String filled = part;
            if (part.startsWith("{")) {
                String name = part.substring(1, part.indexOf('}'));
                String key = name.equals("id") ? resource : name;
                filled = ids.get(key) + part.substring(part.indexOf('}') + 1);
                assertTrue(ids.containsKey(key), "no id for " + part + " in " + template);
            } else {
                resource = part;
            }
            path.append('/').append(filled);
        }
        return path.toString();
    }

    /** "METHOD /path" of every resource method the application has, read from its classes */
    private static Set<String> endpoints() throws IOException {
        Set<String> endpoints = new TreeSet<>();
        java.nio.file.Path classes = Paths.get("target", "classes");
        try (Stream<java.nio.file.Path> files = Files.walk(classes.resolve("de/ffit/campus"))) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type;
                try {
                    type = Class.forName(name, false, SecurityIT.class.getClassLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    continue;
                }
                Path root = type.getAnnotation(Path.class);
                if (root == null || java.lang.reflect.Modifier.isAbstract(type.getModifiers())) {
                    continue;
                }
                for (Method m : type.getMethods()) {
                    String verb = m.isAnnotationPresent(GET.class) ? "GET" : m.isAnnotationPresent(POST.class) ? "POST"
                            : m.isAnnotationPresent(PUT.class) ? "PUT" : m.isAnnotationPresent(DELETE.class) ? "DELETE"
                            : null;
                    if (verb == null) {
                        continue;
                    }
                    Path sub = m.getAnnotation(Path.class);
                    String path = "/" + root.value() + (sub == null ? "" : "/" + sub.value());
                    endpoints.add(verb + " " + withoutPatterns(path).replaceAll("/+", "/"));
                }
            }
        }
        return endpoints;
    }

    /** {serial: FFIT-[0-9]{4}-[0-9]{6}} becomes {serial}: the braces of the pattern nest */
    static String withoutPatterns(String path) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            out.append(c);
            if (c != '{') {
                continue;
            }
            int depth = 1;
            boolean inPattern = false;
            for (i++; i < path.length() && depth > 0; i++) {
                char d = path.charAt(i);
                depth += d == '{' ? 1 : d == '}' ? -1 : 0;
                inPattern |= d == ':';
                if (!inPattern && depth > 0 && !Character.isWhitespace(d)) {
                    out.append(d);
                }
            }
            out.append('}');
            i--;
        }
        return out.toString();
    }

    // -------------------------------------------------------------------------------------------------- the pages

    /**
     * The pages and who sees them (200); any other signed-in caller gets the "not found" page (404), nobody signed
     * in is sent to the sign-in page, except where N says the page is public. K: only kiosk devices (a browser set
     * up with a setup code): everyone else is sent to the kiosk's setup page or the sign-in page.
     */
    private static final Map<String, String> PAGES = new TreeMap<>(Map.ofEntries(
            Map.entry("/index.xhtml", "TCOA"),
            Map.entry("/login.xhtml", "NTCOA"),
            Map.entry("/verify.xhtml", "NTCOA"),
            Map.entry("/error.xhtml", "-"), Map.entry("/not-found.xhtml", "-"),
            Map.entry("/admin/accounts.xhtml", "A"), Map.entry("/admin/audit.xhtml", "A"),
            Map.entry("/admin/organisations.xhtml", "A"),
            Map.entry("/attendance/take.xhtml?lesson={lessons}", "TC"),
            // the trainer's offline page: no data of its own (the device's copy fills it)
            Map.entry("/attendance/offline.xhtml", "TCOA"),
            Map.entry("/cohorts/index.xhtml", "TCOA"), Map.entry("/cohorts/new.xhtml", "COA"),
            Map.entry("/cohorts/view.xhtml?id={cohorts}", "TC"),
            Map.entry("/cohorts/attendance.xhtml?id={cohorts}", "TC"),
            Map.entry("/cohorts/certificates.xhtml?id={cohorts}", "TC"),
            Map.entry("/cohorts/enrollments.xhtml?id={cohorts}", "TC"),
            Map.entry("/cohorts/exercises.xhtml?id={cohorts}", "TC"),
            Map.entry("/cohorts/kiosk-card.xhtml?learner={learners}", "TC"),
            Map.entry("/cohorts/lessons.xhtml?id={cohorts}", "TC"),
            Map.entry("/cohorts/progress.xhtml?id={cohorts}", "TC"),
            Map.entry("/courses/index.xhtml", "COA"), Map.entry("/courses/guides.xhtml", "COA"),
            Map.entry("/courses/edit.xhtml?id={courses}", "C"), Map.entry("/courses/texts.xhtml?id={courses}", "C"), Map.entry("/courses/plan.xhtml?id={courses}", "C"),
            Map.entry("/learners/index.xhtml", "COA"), Map.entry("/learners/edit.xhtml?id={learners}", "C"),
            Map.entry("/locations/index.xhtml", "COA"), Map.entry("/locations/kiosks.xhtml", "COA"),
            Map.entry("/reports/impact.xhtml", "COA"),
            Map.entry("/kiosk/setup.xhtml", "K"), Map.entry("/kiosk/index.xhtml", "K"),
            Map.entry("/kiosk/me.xhtml", "K"), Map.entry("/kiosk/pin.xhtml", "K"),
            // not a page, but what a page links to: the certificate as issued (CertificateFiles)
            Map.entry("/certificates/{serial}.pdf", "TC")));

    @Test
    void everyPageAnswersEachCallerAsTheTableSays() throws Exception {
        Set<String> pages = new TreeSet<>();
        try (Stream<java.nio.file.Path> files = Files.walk(Paths.get("webapp"))) {
            files.filter(f -> f.toString().endsWith(".xhtml") && !f.toString().contains("WEB-INF")
                    && !f.toString().contains("resources")).forEach(f -> pages.add("/" + Paths.get("webapp")
                    .relativize(f).toString().replace('\\', '/')));
        }
        Set<String> listed = new TreeSet<>();
        PAGES.keySet().stream().filter(p -> p.contains(".xhtml")).forEach(p -> listed.add(p.replaceAll("\\?.*", "")));
        assertEquals(listed, pages, "a page without a line in the table, or a line without a page");

        List<String> wrong = new ArrayList<>();
        for (Who who : Who.values()) {
            try (WebClient browser = browser()) {
                if (who != Who.ANON) {
                    signIn(browser, as(who));
                }
                for (Map.Entry<String, String> page : PAGES.entrySet()) {
                    String rule = page.getValue();
                    if (rule.equals("-")) {
                        continue;
                    }
                    String path = page.getKey();
                    for (Map.Entry<String, String> id : ids.entrySet()) {
                        path = path.replace("{" + id.getKey() + "}", id.getValue());
                    }
                    Page answer = browser.getPage(base + path);
                    int status = answer.getWebResponse().getStatusCode();
                    String at = answer.getUrl().getPath();
                    String expected;
                    boolean ok;
                    if (rule.equals("K")) {
                        // without the kiosk cookie: the setup page itself, or sent to it (staff pages' sign-in
                        // never applies: a kiosk page is no staff page)
                        expected = "the kiosk setup page";
                        ok = status == 200 && at.endsWith("/kiosk/setup.xhtml")
                                || who == Who.ANON && at.endsWith("/login.xhtml");
                    } else if (rule.indexOf(letter(who)) >= 0) {
                        boolean pdf = path.endsWith(".pdf");
                        expected = pdf ? "200 with a PDF" : "200";
                        ok = status == 200 && at.endsWith(path.replaceAll("\\?.*", ""))
                                && (!pdf || answer.getWebResponse().getContentAsString(StandardCharsets.ISO_8859_1)
                                        .startsWith("%PDF-"));
                    } else if (who == Who.ANON) {
                        expected = "the sign-in page";
                        ok = status == 200 && at.endsWith("/login.xhtml");
                    } else {
                        expected = "404";
                        ok = status == 404;
                    }
                    if (!ok) {
                        wrong.add(path + " as " + who + ": " + status + " at " + at + ", expected " + expected);
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    // ---- issue 22: brakes that cannot be turned against the owner ------------------------------------------------

    /** A plain browser whose requests leave from another loopback address: another client to the server. */
    private static WebClient browserFrom(String address) throws IOException {
        WebClient browser = browser();
        browser.getOptions().setLocalAddress(java.net.InetAddress.getByName(address));
        browser.getOptions().setRedirectEnabled(false);
        return browser;
    }

    /** an API call with HTTP Basic credentials from the given browser (and so from its address) */
    private Page basic(WebClient from, String user, String password) throws IOException {
        org.htmlunit.WebRequest call = new org.htmlunit.WebRequest(new URL(base + "/api/cohorts"));
        call.setAdditionalHeader("Authorization", "Basic " + java.util.Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        return from.getPage(call);
    }

    /** the sign-in form sent from the given browser; the page it ends on (not followed when it redirects) */
    private Page signInForm(WebClient from, String user, String password) throws IOException {
        HtmlPage login = from.getPage(base + "/login.xhtml");
        login.<HtmlInput>getHtmlElementById("signIn:username").setValue(user);
        login.<HtmlInput>getHtmlElementById("signIn:password").setValue(password);
        return login.<HtmlSubmitInput>getHtmlElementById("signIn:submit").click();
    }

    private static void assertSecurityHeaders(Page answer, String what) {
        org.htmlunit.WebResponse r = answer.getWebResponse();
        assertEquals("nosniff", r.getResponseHeaderValue("X-Content-Type-Options"), what);
        assertEquals("DENY", r.getResponseHeaderValue("X-Frame-Options"), what);
        assertTrue(r.getResponseHeaderValue("Content-Security-Policy") != null, what + ": no CSP");
        assertEquals("same-origin", r.getResponseHeaderValue("Referrer-Policy"), what);
        assertEquals("no-store", r.getResponseHeaderValue("Cache-Control"), what);
    }

    /**
     * Issue 22, finding 2: ten wrong passwords for an account from one address slow that address down, but neither
     * the owner's own browser (its device cookie from an earlier sign-in) nor the owner at another address is
     * locked out.
     */
    @Test
    void wrongPasswordsFromOneAddressDoNotLockTheOwnerOut() throws Exception {
        String owner = ("own-" + a.run).toLowerCase();
        a.account(owner, "COORDINATOR");
        try (WebClient mine = browserFrom("127.0.0.1"); WebClient attacker = browserFrom("127.0.0.66");
                WebClient elsewhere = browserFrom("127.0.0.67")) {
            mine.getOptions().setRedirectEnabled(true);
            signIn(mine, Http.as(owner, Fixture.PASSWORD));
            // signed out: only the device cookie (if any) stays
            mine.getCookieManager().getCookies().stream().filter(c -> !c.getName().equals("ffit-device")).toList()
                    .forEach(mine.getCookieManager()::removeCookie);

            int refused = 0;
            for (int i = 0; i < 10; i++) {
                int status = basic(attacker, owner, "wrong-" + i).getWebResponse().getStatusCode();
                assertTrue(status == 401 || status == 429, "try " + i + ": " + status);
                refused += status == 429 ? 1 : 0;
            }
            assertTrue(refused >= 5, "the attacker's address is slowed after five failures: " + refused);
            Page slowed = basic(attacker, owner, Fixture.PASSWORD);
            assertEquals(429, slowed.getWebResponse().getStatusCode(), "even the right password waits there");

            Page other = signInForm(elsewhere, owner, Fixture.PASSWORD);
            assertEquals(302, other.getWebResponse().getStatusCode(),
                    "the owner at another address signs in: " + ((HtmlPage) other).asNormalizedText());
            long retryAfter = Long.parseLong(slowed.getWebResponse().getResponseHeaderValue("Retry-After"));
            assertTrue(retryAfter >= 1 && retryAfter <= 15 * 60, "a growing delay, not a long lock: " + retryAfter);

            org.htmlunit.http.Cookie device = mine.getCookieManager().getCookie("ffit-device");
            assertTrue(device != null, "a device cookie after signing in");
            assertTrue(device.isHttpOnly(), "no script reads it");
            assertEquals("lax", String.valueOf(device.getSameSite()).toLowerCase(java.util.Locale.ROOT));
            assertTrue(device.getExpires() != null && device.getExpires().toInstant()
                    .isAfter(java.time.Instant.now().plus(java.time.Duration.ofDays(170))), "about half a year");
            assertTrue(device.getValue().length() >= 40, "a long random token");
            // the attacker carries on: their address waits longer and longer, the owner's own browser never does
            for (int i = 0; i < 5; i++) {
                basic(attacker, owner, "again-" + i);
            }
            Page own = signInForm(mine, owner, Fixture.PASSWORD);
            assertTrue(!own.getUrl().getPath().endsWith("/login.xhtml"),
                    "the owner's browser signs in: " + ((HtmlPage) own).asNormalizedText());
        }
    }

    /**
     * Issue 22, finding 10: the sign-in mechanism's own answers (401 challenge, 302 to the sign-in page, 429) carry
     * the security headers of every page; a 429 says "Too Many Requests" with Retry-After, and the sign-in page
     * shows the wait in the user's language.
     */
    @Test
    void theSignInMechanismsOwnAnswersCarryTheSecurityHeadersAndAProper429() throws Exception {
        String victim = ("h-" + a.run).toLowerCase();
        a.account(victim, "COORDINATOR");
        try (WebClient client = browserFrom("127.0.0.68")) {
            Page challenge = client.getPage(base + "/api/cohorts");
            Page redirect = client.getPage(base + "/cohorts/index.xhtml");
            for (int i = 0; i < 5; i++) {
                basic(client, victim, "wrong-" + i);
            }
            Page api = basic(client, victim, "wrong");
            HtmlPage form = (HtmlPage) signInForm(client, victim, "wrong");
            org.junit.jupiter.api.Assertions.assertAll(
                    () -> assertEquals(401, challenge.getWebResponse().getStatusCode()),
                    () -> assertSecurityHeaders(challenge, "401"),
                    () -> assertEquals(302, redirect.getWebResponse().getStatusCode()),
                    () -> assertSecurityHeaders(redirect, "302"),
                    () -> assertEquals(429, api.getWebResponse().getStatusCode()),
                    () -> assertEquals("Too Many Requests", api.getWebResponse().getStatusMessage(), "429 of the API"),
                    () -> assertTrue(String.valueOf(api.getWebResponse().getResponseHeaderValue("Retry-After"))
                            .matches("[1-9][0-9]*"), "Retry-After of the API"),
                    () -> assertSecurityHeaders(api, "429 of the API"),
                    () -> assertEquals(429, form.getWebResponse().getStatusCode(), "sign-in page"),
                    () -> assertEquals("Too Many Requests", form.getWebResponse().getStatusMessage(), "sign-in page"),
                    () -> assertTrue(String.valueOf(form.getWebResponse().getResponseHeaderValue("Retry-After"))
                            .matches("[1-9][0-9]*"), "Retry-After of the sign-in page"),
                    () -> assertSecurityHeaders(form, "429 of the sign-in page"),
                    () -> assertTrue(form.asNormalizedText().contains("Zu viele Fehlversuche. Bitte warten Sie"),
                            form.asNormalizedText()));
        }
    }

    private static WebClient browser() {
        WebClient browser = new WebClient(BrowserVersion.CHROME);
        browser.getOptions().setJavaScriptEnabled(false);
        browser.getOptions().setCssEnabled(false);
        browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
        browser.getOptions().setPrintContentOnFailingStatusCode(false);
        browser.addRequestHeader("Accept-Language", "de");
        return browser;
    }

    private void signIn(WebClient browser, As who) throws IOException {
        HtmlPage login = browser.getPage(base + "/login.xhtml");
        login.<HtmlInput>getHtmlElementById("signIn:username").setValue(who.user());
        login.<HtmlInput>getHtmlElementById("signIn:password").setValue(who.password());
        HtmlPage home = login.<HtmlSubmitInput>getHtmlElementById("signIn:submit").click();
        assertTrue(!home.getUrl().getPath().endsWith("/login.xhtml"), "signed in as " + who.user());
    }

    // ------------------------------------------------------------------- bounded requests (issue 22: limits)

    /**
     * Bodies larger than the API takes are refused with 413 before anything reads them, whether the length is
     * announced or the body comes in chunks, and before the permission check: a trainer may not create learners, so
     * without the limit the body would be read whole just to be refused. The answer is a problem in the caller's
     * language; several at once leave the app answering.
     */
    @Test
    void jsonBodiesOverTheLimitAre413WhetherTheirLengthIsAnnouncedOrChunked() throws Exception {
        int bodies = 5;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2 * bodies);
        try {
            List<java.util.concurrent.Future<Raw>> sent = new ArrayList<>();
            for (int i = 0; i < 2 * bodies; i++) {
                boolean chunked = i % 2 == 1;
                sent.add(pool.submit(() -> raw("POST", "/api/learners", a.trainer, "de", "application/json",
                        json(3_000_000), chunked)));
            }
            List<String> wrong = new ArrayList<>();
            for (int i = 0; i < sent.size(); i++) {
                Raw answer = sent.get(i).get(120, java.util.concurrent.TimeUnit.SECONDS);
                if (answer.status() != 413 || !answer.body().contains("zu groß")
                        || !"application/problem+json".equals(answer.contentType())) {
                    wrong.add((i % 2 == 1 ? "chunked: " : "with Content-Length: ") + answer);
                }
            }
            assertEquals(List.of(), wrong, "3 MB bodies to POST /api/learners");
        } finally {
            pool.shutdownNow();
        }
        Raw arabic = raw("PUT", "/api/learners/" + ids.get("learners"), a.coordinator, "ar", "application/json",
                json(1_100_000), true);
        assertEquals(413, arabic.status(), arabic::toString);
        assertTrue(arabic.body().contains("الطلب كبير جدًا"), "in the caller’s language: " + arabic);
        // the largest legitimate body, a course's texts as CSV (1 MB of its own limit), is read, not refused for size
        byte[] sheet = new byte[1_000_000];
        java.util.Arrays.fill(sheet, (byte) 'a');
        for (boolean chunked : new boolean[] {false, true}) {
            Raw texts = raw("PUT", "/api/courses/" + a.courseId + "/texts/ar.csv", a.coordinator, "de", "text/csv",
                    sheet, chunked);
            assertTrue(texts.status() != 413 && texts.status() < 500, "a 1,000,000-byte sheet is read"
                    + (chunked ? " (chunked): " : ": ") + texts);
        }
        // a body within the limit still arrives whole through the count
        Raw small = raw("POST", "/api/learners", a.coordinator, "de", "application/json",
                "{\"name\":\"Chunked Chiara\",\"preferredLanguage\":\"uk\"}".getBytes(StandardCharsets.UTF_8), true);
        assertEquals(201, small.status(), small::toString);
    }

    /**
     * Pages: a form over 2 MB (the sign-in page's "Post too large" gave a 500) and a chunked upload of a
     * "certificate" over the verify page's limit (its check read only Content-Length) are 413 with a page that
     * says so; the verify API says the file is too large, not that no certificate has this code.
     */
    @Test
    void formsAndUploadsOverTheLimitAre413WithAPageThatSaysSo() throws Exception {
        byte[] form = new byte[3_000_000];
        java.util.Arrays.fill(form, (byte) 'a');
        byte[] prefix = "jakarta.faces.ViewState=x&signIn%3Ausername=".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(prefix, 0, form, 0, prefix.length);
        Raw login = raw("POST", "/login.xhtml", As.NOBODY, "de", "application/x-www-form-urlencoded", form, false);
        assertEquals(413, login.status(), login::toString);
        assertTrue(login.body().contains("Zu viel auf einmal"), "the error page says what happened: " + login);

        String boundary = "----campus" + a.run;
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"verify:file\"; "
                + "filename=\"big.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] upload = new byte[3_000_000];
        System.arraycopy(head, 0, upload, 0, head.length);
        Raw verify = raw("POST", "/verify.xhtml", As.NOBODY, "de", "multipart/form-data; boundary=" + boundary,
                upload, true);
        assertEquals(413, verify.status(), verify::toString);
        assertTrue(verify.body().contains("viel zu groß für ein ffIT-Zertifikat"), "the verify page says so: " + verify);
        Raw announced = raw("POST", "/verify.xhtml", As.NOBODY, "de", "multipart/form-data; boundary=" + boundary,
                upload, false);
        assertEquals(413, announced.status(), announced::toString);

        for (boolean chunked : new boolean[] {false, true}) {
            Raw api = raw("POST", "/api/verify", As.NOBODY, "de", "application/pdf", new byte[3_000_000], chunked);
            assertEquals(413, api.status(), api::toString);
            assertTrue(api.body().contains("viel zu groß") && !api.body().contains("kein Zertifikat"),
                    "the verify API says the file is too large" + (chunked ? " (chunked): " : ": ") + api);
        }
    }

    /** A view state that was never ours (stateless, to a page that keeps state) is an expired page (400), no 500. */
    @Test
    void aViewStateThatIsNotOursGetsThePageExpiredAnswerNotAServerError() throws Exception {
        for (String state : List.of("stateless", "-123:456", "x".repeat(300))) {
            byte[] form = ("setup=setup&jakarta.faces.ViewState=" + state).getBytes(StandardCharsets.US_ASCII);
            for (String page : List.of("/kiosk/setup.xhtml", "/verify.xhtml", "/login.xhtml")) {
                Raw answer = raw("POST", page, As.NOBODY, "de", "application/x-www-form-urlencoded", form, false);
                assertTrue(answer.status() == 400 && answer.body().contains("Diese Seite ist abgelaufen")
                        || answer.status() == 200, page + " with view state " + state.substring(0,
                        Math.min(12, state.length())) + ": " + answer);
            }
        }
        Raw setup = raw("POST", "/kiosk/setup.xhtml", As.NOBODY, "de", "application/x-www-form-urlencoded",
                "setup=setup&jakarta.faces.ViewState=stateless".getBytes(StandardCharsets.US_ASCII), false);
        assertEquals(400, setup.status(), setup::toString);
    }

    /**
     * Paths must be written plainly: {@code /api/../cohorts/index.xhtml} with the API's Basic credentials reached a
     * page; ids are ASCII digits ({@code %EF%BC%91} is a fullwidth 1, which Java reads as 1).
     */
    @Test
    void pathsNotWrittenPlainlyAndIdsInOtherDigitsAreNotFound() throws Exception {
        String learner = ids.get("learners");
        assertEquals(200, raw("GET", "/api/learners/" + learner, a.coordinator, "de", null, null, false).status());
        StringBuilder fullwidth = new StringBuilder();
        for (char c : learner.toCharArray()) {
            for (byte b : String.valueOf((char) ('\uFF10' + (c - '0'))).getBytes(StandardCharsets.UTF_8)) {
                fullwidth.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        List<String> wrong = new ArrayList<>();
        for (String path : List.of("/api/learners/" + fullwidth, "/api/learners/+" + learner,
                "/api/learners/0" + learner + "%20", "/api/../cohorts/index.xhtml", "/api/%2e%2e/cohorts/index.xhtml",
                "/api/learners/x/../" + learner, "//api/learners/" + learner, "/api//learners/" + learner,
                "/api/learners;v=1/" + learner, "/api/learners%2f" + learner, "/cohorts/./index.xhtml",
                "/api/learners/" + learner + "%00")) {
            Raw answer = raw("GET", path, a.coordinator, "de", null, null, false);
            // where the raw path does not start with /api/, the credentials are not even looked at: the answer
            // is the way to the sign-in page, which renders nothing either
            boolean toSignIn = answer.status() == 302 && answer.location() != null
                    && answer.location().contains("/login.xhtml");
            if (answer.status() != 404 && answer.status() != 400 && !toSignIn || answer.body().contains("Mira Matrix")
                    || answer.body().contains("<form")) {
                wrong.add(path + ": " + answer);
            }
        }
        assertEquals(List.of(), wrong);
    }

    private static byte[] json(int size) {
        byte[] body = new byte[size];
        java.util.Arrays.fill(body, (byte) 'a');
        byte[] head = "{\"name\":\"".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, body, 0, head.length);
        body[size - 2] = '"';
        body[size - 1] = '}';
        return body;
    }

    /** what came back over the socket */
    record Raw(int status, String contentType, String body, String location) {
        @Override
        public String toString() {
            return status + " " + contentType + " " + (body.length() > 400 ? body.substring(0, 400) + "…" : body);
        }
    }

    /**
     * A request over a plain socket, so that the path goes out exactly as written and the body as the test says:
     * with Content-Length, or chunked. The body is sent by a second thread while the answer is read, as a server
     * may answer (and close) before the body is through.
     */
    private Raw raw(String method, String path, As who, String language, String type, byte[] body, boolean chunked)
            throws Exception {
        StringBuilder head = new StringBuilder(method + " /ffit-campus" + path + " HTTP/1.1\r\nHost: 127.0.0.1:"
                + deployed.getPort() + "\r\nConnection: close\r\nAccept-Language: " + language + "\r\n");
        if (who.user() != null) {
            head.append("Authorization: Basic ").append(java.util.Base64.getEncoder().encodeToString(
                    (who.user() + ":" + who.password()).getBytes(StandardCharsets.UTF_8))).append("\r\n");
        }
        if (body != null) {
            head.append("Content-Type: ").append(type).append("\r\n").append(chunked ? "Transfer-Encoding: chunked"
                    : "Content-Length: " + body.length).append("\r\n");
        }
        head.append("\r\n");
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", deployed.getPort())) {
            socket.setSoTimeout(60_000);
            java.io.OutputStream out = socket.getOutputStream();
            Thread sender = new Thread(() -> {
                try {
                    out.write(head.toString().getBytes(StandardCharsets.UTF_8));
                    for (int at = 0; body != null && at < body.length; at += 65_536) {
                        int n = Math.min(65_536, body.length - at);
                        if (chunked) {
                            out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        }
                        out.write(body, at, n);
                        if (chunked) {
                            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                        }
                    }
                    if (body != null && chunked) {
                        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    out.flush();
                } catch (IOException answeredEarly) {
                    // the server answered and closed before the whole body went out: what a limit should do
                }
            });
            sender.start();
            java.io.ByteArrayOutputStream received = new java.io.ByteArrayOutputStream();
            java.io.InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) >= 0;) {
                    received.write(buffer, 0, n);
                }
            } catch (java.net.SocketException reset) {
                // a reset after the answer: what was received counts
            }
            sender.join(60_000);
            return parse(received.toByteArray());
        }
    }

    private static Raw parse(byte[] answer) {
        String text = new String(answer, StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/1.1 ") || end < 0) {
            return new Raw(-1, null, "no answer: " + text, null);
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].substring(9, 12));
        String type = null;
        String location = null;
        boolean chunked = false;
        for (String line : lines) {
            String lower = line.toLowerCase(java.util.Locale.ROOT);
            if (lower.startsWith("content-type:")) {
                type = line.substring(13).strip().replaceAll(";.*", "");
            }
            chunked |= lower.startsWith("transfer-encoding:") && lower.contains("chunked");
            if (lower.startsWith("location:")) {
                location = line.substring(9).strip();
            }
        }
        String body = text.substring(end + 4);
        if (chunked) {
            StringBuilder joined = new StringBuilder();
            byte[] raw = java.util.Arrays.copyOfRange(answer, text.substring(0, end + 4).getBytes(
                    StandardCharsets.UTF_8).length, answer.length);
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            int at = 0;
            while (at < raw.length) {
                int lineEnd = at;
                while (lineEnd + 1 < raw.length && !(raw[lineEnd] == '\r' && raw[lineEnd + 1] == '\n')) {
                    lineEnd++;
                }
                int size = Integer.parseInt(new String(raw, at, lineEnd - at, StandardCharsets.US_ASCII)
                        .replaceAll(";.*", "").strip(), 16);
                if (size == 0) {
                    break;
                }
                bytes.write(raw, lineEnd + 2, Math.min(size, raw.length - lineEnd - 2));
                at = lineEnd + 2 + size + 2;
            }
            joined.append(bytes.toString(StandardCharsets.UTF_8));
            body = joined.toString();
        }
        return new Raw(status, type, body, location);
    }

    // ---- issue 22: input ----------------------------------------------------------------------------------

    /**
     * A request with a made-up {@code Host} header must not send anyone there: redirects and the API's
     * {@code Location} answers point at this installation (a path, or the configured public address), never at
     * the host the request named.
     */
    @Test
    void redirectsAndLocationsNeverReflectTheHostHeader() throws IOException {
        String coordinator = java.util.Base64.getEncoder().encodeToString((a.coordinator.user() + ":"
                + a.coordinator.password()).getBytes(StandardCharsets.UTF_8));
        List<String> wrong = new ArrayList<>();
        Map<String, String[]> requests = new LinkedHashMap<>();
        requests.put("a page, signed out", new String[] {"GET", "/ffit-campus/cohorts/index.xhtml", null, null});
        requests.put("the kiosk, not set up", new String[] {"GET", "/ffit-campus/kiosk/", null, null});
        requests.put("a language switch", new String[] {"GET", "/ffit-campus/login.xhtml?lang=ar", null, null});
        requests.put("a created learner", new String[] {"POST", "/ffit-campus/api/learners", coordinator,
                "{\"name\":\"Host Probe\",\"preferredLanguage\":\"de\"}"});
        for (Map.Entry<String, String[]> r : requests.entrySet()) {
            String[] q = r.getValue();
            String answer = raw(q[0], q[1], "evil.example", q[2], q[3]);
            String head = answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n")));
            String location = head.lines().filter(l -> l.toLowerCase(java.util.Locale.ROOT).startsWith("location:"))
                    .findFirst().orElse(null);
            if (location == null) {
                wrong.add(r.getKey() + ": no Location in " + head.lines().findFirst().orElse(""));
            } else if (location.contains("evil.example")) {
                wrong.add(r.getKey() + ": " + location);
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** One HTTP/1.1 request over a plain socket, so that the Host header can say anything. */
    private String raw(String method, String path, String host, String basic, String json) throws IOException {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", deployed.getPort())) {
            socket.setSoTimeout(30_000);
            byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
            StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + host
                    + "\r\nConnection: close\r\nAccept: text/html,application/json\r\n");
            if (basic != null) {
                request.append("Authorization: Basic ").append(basic).append("\r\n");
            }
            if (json != null) {
                request.append("Content-Type: application/json\r\nContent-Length: ").append(body.length)
                        .append("\r\n");
            }
            request.append("\r\n");
            socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().write(body);
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    // ------------------------------------------------------------------------- the Content-Security-Policy (issue 22)

    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern NONCE_ATTRIBUTE = Pattern.compile("\\bnonce=\"([^\"]*)\"");

    /**
     * Every page of the table, as someone who may see it, and the error pages, the sign-in page and the kiosk's:
     * one Content-Security-Policy whose script-src is {@code 'self'} and a nonce, without {@code 'unsafe-inline'} or
     * {@code 'unsafe-eval'}; every inline script of the page carries that nonce; a second look at the page brings a
     * new one; the other directives are kept. An answer that is no page (REST) has no nonce and no inline scripts.
     */
    @Test
    void everyPageSendsAStrictScriptPolicyWithAFreshNonce() throws Exception {
        List<String> wrong = new ArrayList<>();
        Map<Who, List<String>> pagesOf = new LinkedHashMap<>();
        for (Map.Entry<String, String> page : PAGES.entrySet()) {
            String rule = page.getValue();
            if (page.getKey().endsWith(".pdf") || rule.equals("K")) {
                continue;
            }
            Who who = rule.equals("-") ? Who.COORDINATOR : rule.contains("N") ? Who.ANON
                    : rule.contains("C") ? Who.COORDINATOR : rule.contains("A") ? Who.ADMIN : Who.TRAINER;
            String path = page.getKey();
            for (Map.Entry<String, String> id : ids.entrySet()) {
                path = path.replace("{" + id.getKey() + "}", id.getValue());
            }
            pagesOf.computeIfAbsent(who, w -> new ArrayList<>()).add(path);
        }
        pagesOf.computeIfAbsent(Who.COORDINATOR, w -> new ArrayList<>()).add("/no-such-page.xhtml");
        for (Map.Entry<Who, List<String>> group : pagesOf.entrySet()) {
            try (WebClient browser = browser()) {
                if (group.getKey() != Who.ANON) {
                    signIn(browser, as(group.getKey()));
                }
                for (String path : group.getValue()) {
                    String first = strictPolicyOf(browser.getPage(base + path), path + " as " + group.getKey(), wrong);
                    String second = strictPolicyOf(browser.getPage(base + path), path + " again", wrong);
                    if (first != null && first.equals(second)) {
                        wrong.add(path + ": the same nonce twice");
                    }
                }
            }
        }
        // the kiosk: its set-up page, and its first screen once set up
        Http.Response kiosk = http.post(a.coordinator, "/api/kiosks",
                "{\"name\":\"Tablet CSP\",\"locationId\":" + a.locationId + "}");
        assertEquals(201, kiosk.status(), kiosk::toString);
        try (WebClient device = browser()) {
            HtmlPage setup = device.getPage(base + "/kiosk");
            assertTrue(setup.getUrl().getPath().endsWith("/kiosk/setup.xhtml"), setup.getUrl().toString());
            strictPolicyOf(setup, "/kiosk/setup.xhtml", wrong);
            setup.<HtmlInput>getHtmlElementById("setupCode").setValue(kiosk.json().getString("setupCode"));
            HtmlPage first = setup.<HtmlSubmitInput>getHtmlElementById("set-up").click();
            assertTrue(first.getUrl().getPath().endsWith("/kiosk/"), first.getUrl().toString());
            strictPolicyOf(first, "/kiosk/index.xhtml", wrong);
            strictPolicyOf(device.getPage(base + "/kiosk/index.xhtml"), "/kiosk/index.xhtml again", wrong);
        }
        Http.Response rest = http.get(a.coordinator, "/api/cohorts");
        List<String> restPolicies = rest.headers().allValues("Content-Security-Policy");
        if (restPolicies.size() != 1 || !scriptSrc(restPolicies.get(0)).equals("'self'")) {
            wrong.add("/api/cohorts: " + restPolicies);
        }
        assertEquals(List.of(), wrong);
    }

    /** Checks the page's policy and inline scripts into {@code wrong}; returns the nonce. */
    private static String strictPolicyOf(Page answer, String what, List<String> wrong) {
        List<String> policies = new ArrayList<>();
        for (NameValuePair header : answer.getWebResponse().getResponseHeaders()) {
            if (header.getName().equalsIgnoreCase("Content-Security-Policy")) {
                policies.add(header.getValue());
            }
        }
        if (policies.size() != 1) {
            wrong.add(what + ": " + policies.size() + " policies " + policies);
            return null;
        }
        String policy = policies.get(0);
        String scripts = scriptSrc(policy);
        Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(scripts);
        if (scripts.contains("unsafe") || !scripts.startsWith("'self'") || !nonce.find()) {
            wrong.add(what + ": script-src " + scripts);
            return null;
        }
        for (String kept : List.of("default-src 'self'", "frame-ancestors 'none'", "form-action 'self'",
                "base-uri 'self'", "object-src 'none'", "img-src 'self' data:", "font-src 'self' data:",
                "connect-src 'self'")) {
            if (!policy.contains(kept)) {
                wrong.add(what + ": no " + kept + " in " + policy);
            }
        }
        String html = answer.getWebResponse().getContentAsString();
        Matcher script = INLINE_SCRIPT.matcher(html);
        int inline = 0;
        while (script.find()) {
            String attributes = script.group(1);
            if (attributes.contains("src=")) {
                continue;
            }
            inline++;
            Matcher carried = NONCE_ATTRIBUTE.matcher(attributes);
            if (!carried.find() || !carried.group(1).equals(nonce.group(1))) {
                wrong.add(what + ": an inline script without the nonce: <script" + attributes + ">");
            }
        }
        if (inline == 0) {
            wrong.add(what + ": no inline script with the nonce (is PrimeFaces' CSP mode on?)");
        }
        if (Pattern.compile("<[a-z]+\\s[^>]*\\son[a-z]+=\"", Pattern.CASE_INSENSITIVE).matcher(html).find()) {
            wrong.add(what + ": an on* attribute (inline script) in the page");
        }
        assertNotEquals(null, nonce.group(1));
        return nonce.group(1);
    }

    private static String scriptSrc(String policy) {
        for (String directive : policy.split(";")) {
            String d = directive.trim();
            if (d.startsWith("script-src ")) {
                return d.substring("script-src ".length()).trim();
            }
        }
        return "";
    }
}
