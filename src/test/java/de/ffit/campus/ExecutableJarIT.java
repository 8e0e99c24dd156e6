package de.ffit.campus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ffit.campus.platform.config.CampusConfigSource;
import de.ffit.campus.platform.rest.CampusApi;
import de.ffit.campus.support.ApiOperations;
import de.ffit.campus.support.Fixture;
import de.ffit.campus.support.Http;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.htmlunit.BrowserVersion;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSubmitInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged {@code target/ffit-campus.jar}, started the way the README says: the embedded default (demo mode,
 * H2 file under FFIT_DATA_DIR) serves the app at the root, signs in, and keeps its data across a restart; a
 * production start without any account and without FFIT_ADMIN_PASSWORD refuses to run and says why, and so does one
 * without FFIT_PIN_KEY_FILE.
 */
class ExecutableJarIT {

    @TempDir
    Path work;

    /** A running jar; output goes to a file so that a failure can show it. */
    private record Running(Process process, Path log, int port) implements AutoCloseable {

        String output() throws IOException {
            return Files.readString(log, StandardCharsets.UTF_8);
        }

        @Override
        public void close() throws Exception {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private Running start(String name, List<String> environment) throws IOException {
        int port = freePort();
        Path log = work.resolve(name + ".log");
        Path tmp = Files.createDirectories(work.resolve(name + "-tmp"));
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Djava.io.tmpdir=" + tmp, "-jar", System.getProperty("campus.jar"), "--port",
                String.valueOf(port))
                .directory(work.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("FFIT_"));
        for (String pair : environment) {
            int eq = pair.indexOf('=');
            builder.environment().put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return new Running(builder.start(), log, port);
    }

    private static Duration awaitReady(Running app) throws Exception {
        Instant started = Instant.now();
        Http http = new Http("http://127.0.0.1:" + app.port());
        while (Duration.between(started, Instant.now()).toSeconds() < 150) {
            if (!app.process().isAlive()) {
                throw new AssertionError("the jar stopped: " + app.output());
            }
            try {
                if (http.get(Http.As.NOBODY, "/health/ready").status() == 200) {
                    return Duration.between(started, Instant.now());
                }
            } catch (RuntimeException notYetListening) {
                // still booting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("not ready after 150 s: " + app.output());
    }

    @Test
    void theEmbeddedDefaultServesTheDemoAtTheRootAndKeepsItsDataAcrossARestart() throws Exception {
        Path data = work.resolve("data");
        String learnerName = "Rückkehr-Test Ahmad";
        try (Running app = start("demo", List.of("FFIT_DATA_DIR=" + data))) {
            Duration boot = awaitReady(app);
            System.out.println("ffit-campus.jar ready after " + boot.toMillis() + " ms (first start, demo seeding)");
            String base = "http://127.0.0.1:" + app.port();
            try (WebClient browser = new WebClient(BrowserVersion.CHROME)) {
                browser.getOptions().setJavaScriptEnabled(false);
                browser.getOptions().setCssEnabled(false);
                browser.addRequestHeader("Accept-Language", "de");
                HtmlPage login = browser.getPage(base + "/");
                String loginText = login.asNormalizedText();
                assertTrue(loginText.contains("Demo"), loginText);
                assertTrue(loginText.contains("coordinator"), "demo accounts are listed: " + loginText);
                login.<HtmlInput>getHtmlElementById("signIn:username").setValue("coordinator");
                login.<HtmlInput>getHtmlElementById("signIn:password").setValue("demo");
                HtmlPage home = login.<HtmlSubmitInput>getHtmlElementById("signIn:submit").click();
                String text = home.asNormalizedText();
                assertTrue(text.contains("Claudia Koordinatorin"), text);
                assertTrue(text.contains("ffIT Basis – Lechhausen, Herbst"), text);
                assertTrue(text.contains("Läuft"), "the demo's running cohort is running: " + text);
            }
            Http http = new Http(base);
            Http.As coordinator = Http.as("coordinator", "demo");
            theDemoDataAnswersOnH2TheWayItDoesOnMariaDb(http, coordinator);
            Http.Response created = http.post(coordinator, "/api/learners",
                    "{\"name\":\"" + learnerName + "\",\"preferredLanguage\":\"ps\"}");
            assertEquals(201, created.status(), created::toString);

            // metrics for whoever runs the machine: read here, but not through a proxy, nor from elsewhere
            Http.As scraper = Http.As.NOBODY.withHeader("Accept", "text/plain");
            Http.Response metrics = http.get(scraper, "/metrics");
            assertEquals(200, metrics.status(), metrics::toString);
            assertTrue(metrics.body().contains("ffit_certificates_issued_total{mp_scope=\"application\"} "),
                    metrics.body());
            assertTrue(metrics.body().contains("ffit_http_request_milliseconds_count{kind=\"page\""), metrics.body());
            assertEquals(404, http.get(scraper.withHeader("X-Forwarded-For", "203.0.113.7"), "/metrics").status());
            // issue 22: a proxy on this machine that says who asked in X-Real-IP (and no X-Forwarded-For)
            assertEquals(404, http.get(scraper.withHeader("X-Real-IP", "203.0.113.7"), "/metrics").status(),
                    "through a proxy that sets X-Real-IP");
            assertEquals(null, metrics.header("Strict-Transport-Security"), "plain http on localhost");
            theApiIsDescribedAtOpenapiForAnyone(http);
        }
        assertTrue(Files.exists(data.resolve("ffit.mv.db")), "the database is a file under FFIT_DATA_DIR");
        // issue 24: the PIN key, made beside it for the owner only, and used again on the next start
        Path pinKey = data.resolve("pin.key");
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(pinKey)), "the PIN key is the owner's only");
        byte[] firstKey = Files.readAllBytes(pinKey);

        try (Running again = start("demo-again", List.of("FFIT_DATA_DIR=" + data, "FFIT_DEMO_PASSWORD=anders-1",
                "FFIT_METRICS_TOKEN=scrape-" + data.hashCode(), "FFIT_HSTS=600"))) {
            Duration boot = awaitReady(again);
            System.out.println("ffit-campus.jar ready after " + boot.toMillis() + " ms (restart)");
            Http http = new Http("http://127.0.0.1:" + again.port());
            Http.As coordinator = Http.as("coordinator", "anders-1");
            Http.Response found = http.get(coordinator, "/api/learners?q=R%C3%BCckkehr");
            assertEquals(1, found.json().getInt("total"), found::toString);
            assertEquals(1, http.get(Http.as("admin", "anders-1"), "/api/organisations").array().size(),
                    "the demo data is seeded once, not again");
            assertEquals(401, http.get(Http.as("coordinator", "demo"), "/api/cohorts").status(),
                    "the demo accounts follow FFIT_DEMO_PASSWORD");
            Http.As scraper = Http.As.NOBODY.withHeader("Accept", "text/plain");
            assertEquals(404, http.get(scraper, "/metrics").status(), "with a token set, even here only with it");
            Http.Response metrics = http.get(scraper.withHeader("Authorization", "Bearer scrape-" + data.hashCode()),
                    "/metrics");
            assertEquals(200, metrics.status(), metrics::toString);
            assertEquals("max-age=600", metrics.header("Strict-Transport-Security"), "FFIT_HSTS");
        }
        assertTrue(java.util.Arrays.equals(firstKey, Files.readAllBytes(pinKey)), "the same PIN key after a restart");
    }

    /**
     * Issue 23: {@code GET /openapi} without signing in (it holds no data) answers the MicroProfile OpenAPI document,
     * with the security headers of every answer, and it names every resource method of the application (found by
     * reflection, so a new endpoint counts at once) with its HTTP method, a summary and a tag.
     */
    private static void theApiIsDescribedAtOpenapiForAnyone(Http http) {
        Http.Response described = http.get(Http.As.NOBODY, "/openapi?format=JSON");
        assertEquals(200, described.status(), described::toString);
        assertEquals("nosniff", described.header("X-Content-Type-Options"), "SecurityHeaders applies to /openapi");
        JsonObject document = described.json();
        Set<String> documented = new TreeSet<>();
        Set<String> withoutSummary = new TreeSet<>();
        document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((verb, operation) -> {
            if (!List.of("get", "put", "post", "delete", "patch", "head", "options").contains(verb)) {
                return;
            }
            String name = verb.toUpperCase(Locale.ROOT) + " " + ApiOperations.normalise(path);
            documented.add(name);
            JsonObject op = operation.asJsonObject();
            if (op.getString("summary", "").isBlank() || op.getJsonArray("tags") == null
                    || op.getJsonArray("tags").isEmpty()) {
                withoutSummary.add(name);
            }
            if (!path.startsWith("/api/verify") && !op.getJsonObject("responses").containsKey("401")) {
                withoutSummary.add(name + " (no 401)");
            }
        }));
        Set<String> expected = ApiOperations.of(CampusApi.class);
        assertTrue(expected.size() > 100, "the scan found the resources: " + expected);
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(documented);
        assertEquals(Set.of(), missing, "endpoints missing from /openapi; it lists " + documented);
        Set<String> unknown = new TreeSet<>(documented);
        unknown.removeAll(expected);
        assertEquals(Set.of(), unknown, "operations in /openapi that the application does not serve");
        assertEquals(Set.of(), withoutSummary, "endpoints without @Operation summary, @Tag or 401 for HTTP Basic");
        // what a script writer relies on: HTTP Basic, and the attendance's ETag / If-Match with its refusals
        assertEquals("basic", document.getJsonObject("components").getJsonObject("securitySchemes")
                .getJsonObject("basicAuth").getString("scheme"), document.getJsonObject("components")::toString);
        JsonObject attendance = document.getJsonObject("paths")
                .getJsonObject("/api/lessons/{id}/attendance");
        assertTrue(attendance.getJsonObject("get").getJsonObject("responses").getJsonObject("200")
                .getJsonObject("headers").containsKey("ETag"), attendance::toString);
        JsonObject put = attendance.getJsonObject("put");
        assertTrue(put.getJsonObject("responses").keySet().containsAll(List.of("200", "412", "428")), put::toString);
        assertTrue(put.getJsonArray("parameters").stream().anyMatch(p -> "If-Match".equals(p.asJsonObject()
                .getString("name", ""))), put::toString);
    }

    /** The integration tests run on MariaDB; this walks the main queries once on the embedded H2 database. */
    private static void theDemoDataAnswersOnH2TheWayItDoesOnMariaDb(Http http, Http.As coordinator) {
        var cohorts = http.get(coordinator, "/api/cohorts").array();
        assertEquals(List.of("RUNNING", "FINISHED"), cohorts.stream()
                .map(c -> ((jakarta.json.JsonObject) c).getString("phase")).toList());
        var running = cohorts.getJsonObject(0);
        assertEquals(11, running.getInt("enrolled"), "12 learners, one withdrew");
        assertEquals(12, running.getInt("participants"), "the one who withdrew half-way took part");
        long runningId = running.getJsonNumber("id").longValue();
        assertEquals(16, http.get(coordinator, "/api/cohorts/" + runningId + "/lessons").array().size());
        assertEquals(12, http.get(coordinator, "/api/cohorts/" + runningId + "/enrollments").array().size());
        var courses = http.get(coordinator, "/api/courses").array();
        assertEquals(1, courses.size());
        assertTrue(courses.getJsonObject(0).getInt("exercises") >= 15, courses.toString());
        long courseId = courses.getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(5, http.get(coordinator, "/api/courses/" + courseId).json().getJsonArray("modules").size());
        assertEquals(1, http.get(coordinator, "/api/learners?q=AMINA").json()
                .getInt("total"), "search by name, any case");
        assertEquals(1, http.get(coordinator, "/api/learners?q=" + java.net.URLEncoder.encode("أمينة",
                java.nio.charset.StandardCharsets.UTF_8)).json().getInt("total"), "search in Arabic script");
        var course = http.get(coordinator, "/api/courses/" + courseId).json();
        String stale = "{\"title\":\"ffIT Basis\",\"version\":" + (course.getJsonNumber("version").longValue() - 1)
                + "}";
        assertEquals(409, http.put(coordinator, "/api/courses/" + courseId, stale).status());
        assertEquals(409, http.post(coordinator, "/api/courses", "{\"title\":\"FFIT BASIS\"}").status(),
                "names are unique regardless of case on H2 as on MariaDB");
    }

    @Test
    void productionModeWithoutAnyAccountAndWithoutAdminPasswordRefusesToStart() throws Exception {
        String url = CampusConfigSource.h2Url(work.resolve("prod"));
        try (Running app = start("production", List.of("FFIT_DB_URL=" + url, "FFIT_DB_USER=ffit",
                "FFIT_DB_PASSWORD=ffit", "FFIT_PIN_KEY_FILE=" + System.getProperty("it.pin.key.file"),
                "FFIT_SIGNING_KEY_FILE=" + System.getProperty("it.signing.key.file")))) {
            boolean stopped = app.process().waitFor(150, TimeUnit.SECONDS);
            assertTrue(stopped, () -> {
                try {
                    return "the process must stop by itself: " + app.output();
                } catch (IOException e) {
                    return e.toString();
                }
            });
            assertFalse(app.process().exitValue() == 0, "with an error code");
            String output = app.output();
            assertTrue(output.contains("ffIT Campus cannot start") && output.contains("FFIT_ADMIN_PASSWORD"), output);
        }
    }

    @Test
    void productionModeWithoutAPinKeyFileRefusesToStartAndSaysWhichSetting() throws Exception {
        String url = CampusConfigSource.h2Url(work.resolve("prod-nokey"));
        try (Running app = start("production-nokey", List.of("FFIT_DB_URL=" + url, "FFIT_DB_USER=ffit",
                "FFIT_DB_PASSWORD=ffit", "FFIT_ADMIN_PASSWORD=" + Fixture.ADMIN.password()))) {
            boolean stopped = app.process().waitFor(150, TimeUnit.SECONDS);
            assertTrue(stopped, () -> {
                try {
                    return "the process must stop by itself: " + app.output();
                } catch (IOException e) {
                    return e.toString();
                }
            });
            assertFalse(app.process().exitValue() == 0, "with an error code");
            String output = app.output();
            assertTrue(output.contains("ffIT Campus cannot start") && output.contains("FFIT_PIN_KEY_FILE is not set"),
                    output);
        }
    }

    // ---- backup and restore (src/main/sh/backup.sh, restore.sh) ---------------------------------------------

    /** Runs a script of src/main/sh with these FFIT_ variables; its output, or a failure with it. */
    private String script(String name, List<String> environment, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("bash", Path.of("src", "main", "sh", name)
                .toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(key -> key.startsWith("FFIT_"));
        for (String pair : environment) {
            int eq = pair.indexOf('=');
            builder.environment().put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), name + " did not finish");
        assertEquals(0, process.exitValue(), name + ": " + output);
        return output.strip();
    }

    @Test
    void aMariaDbBackupRestoresIntoAnEmptyDatabaseAndTheJarServesFromIt() throws Exception {
        String url = System.getProperty("it.db.url");
        String user = System.getProperty("it.db.user");
        String password = System.getProperty("it.db.password");
        String restoreUrl = url + "_restore"; // made empty by run-tests.sh beside the test database
        String marker = "Gesichert " + java.util.UUID.randomUUID().toString().substring(0, 8);
        try (java.sql.Connection db = java.sql.DriverManager.getConnection(url, user, password);
                java.sql.PreparedStatement s = db.prepareStatement("insert into organisation (name, "
                        + "integreat_region, created_at, version) values (?, 'augsburg', current_timestamp, 0)")) {
            s.setString(1, marker);
            s.executeUpdate();
        }
        List<String> source = List.of("FFIT_DB_URL=" + url, "FFIT_DB_USER=" + user, "FFIT_DB_PASSWORD=" + password);
        String backup = script("backup.sh", source, work.resolve("backups").toString());
        assertTrue(backup.endsWith(".sql.gz") && Files.exists(Path.of(backup + ".sha256")), backup);

        List<String> target = List.of("FFIT_DB_URL=" + restoreUrl, "FFIT_DB_USER=" + user,
                "FFIT_DB_PASSWORD=" + password, "FFIT_ADMIN_PASSWORD=" + Fixture.ADMIN.password(),
                "FFIT_PIN_KEY_FILE=" + System.getProperty("it.pin.key.file"),
                "FFIT_SIGNING_KEY_FILE=" + System.getProperty("it.signing.key.file"));
        script("restore.sh", target, "--replace", backup);
        try (Running app = start("restored", target)) {
            awaitReady(app);
            Http http = new Http("http://127.0.0.1:" + app.port());
            Http.Response organisations = http.get(Fixture.ADMIN, "/api/organisations");
            assertEquals(200, organisations.status(), organisations::toString);
            assertTrue(organisations.body().contains(marker), "the restored data is served: " + organisations);
        }
    }

    @Test
    void anEmbeddedBackupTakenWhileTheAppIsStoppedRestoresIntoAnotherDataDirectory() throws Exception {
        Path data = work.resolve("h2-data");
        try (Running app = start("h2-before", List.of("FFIT_DATA_DIR=" + data))) {
            awaitReady(app);
            // refused while the app has the file open: a copy of an open file could be torn
            ProcessBuilder open = new ProcessBuilder("bash", Path.of("src", "main", "sh", "backup.sh")
                    .toAbsolutePath().toString(), work.resolve("h2-backups").toString()).redirectErrorStream(true);
            open.environment().put("FFIT_DATA_DIR", data.toString());
            open.environment().remove("FFIT_DB_URL");
            Process refused = open.start();
            String said = new String(refused.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(refused.waitFor(60, TimeUnit.SECONDS));
            assertEquals(1, refused.exitValue(), said);
            assertTrue(said.contains("stop it first"), said);
        }
        String backup = script("backup.sh", List.of("FFIT_DATA_DIR=" + data), work.resolve("h2-backups").toString());
        Path restored = work.resolve("h2-restored");
        script("restore.sh", List.of("FFIT_DATA_DIR=" + restored), backup);
        try (Running app = start("h2-after", List.of("FFIT_DATA_DIR=" + restored))) {
            awaitReady(app);
            Http http = new Http("http://127.0.0.1:" + app.port());
            Http.Response courses = http.get(Http.as("coordinator", "demo"), "/api/courses");
            assertEquals(200, courses.status(), courses::toString);
            assertTrue(courses.body().contains("ffIT Basis"), "the demo course from the backup: " + courses);
        }
    }
}
