package de.ffit.campus.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fail-over of a trainer taking attendance, against the cluster that {@code src/test/sh/cluster.sh} started (two
 * Payara Micro instances behind haproxy on 127.0.0.1). Not a JUnit test: {@code src/test/sh/cluster-check.sh} runs
 * it as a single-file program ({@code java ClusterCheck.java}), JDK only, and it talks to 127.0.0.1 only.
 * <ol>
 * <li>sets up a cohort with learners and a past lesson through the API, signs a trainer in through the form;</li>
 * <li>saves the lesson's marks on the take-attendance page, kills (SIGKILL) the instance that served them, saves
 * again from the same page (same session, same Faces view) and sends that save a second time, as a balancer or a
 * browser retrying it would;</li>
 * <li>starts the killed instance again, SIGSTOPs the one the trainer is on now, and expects the other one to answer
 * the trainer within seconds, signed in; then SIGCONTs it;</li>
 * <li>reads everything back: every learner's mark as last saved, stored once, written once per save.</li>
 * </ol>
 * Exits 1 at the first failed expectation. Usage: {@code java ClusterCheck.java BALANCER_URL ADMIN_PASSWORD
 * CLUSTER_DIR}.
 */
public class ClusterCheck {

    static final String PASSWORD = "Cluster-Passwort-1";
    static final int LEARNERS = 12;
    static final String[] MARKS = {"PRESENT", "LATE", "EXCUSED", "ABSENT"};
    static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    static final Pattern RADIO = Pattern.compile("name=\"(s\\d+)\"");

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    static String base;
    static Path clusterDir;
    static final Map<String, String> figures = new LinkedHashMap<>();

    public static void main(String[] args) throws Exception {
        base = args[0];
        String adminPassword = args[1];
        clusterDir = Path.of(args[2]);
        Lesson lesson = setUp(adminPassword);
        Browser trainer = new Browser();
        trainer.signIn(lesson.trainer, PASSWORD);
        Page page = trainer.open(lesson.id);
        String first = page.node;
        Map<String, String> marks = round(page.radios, 0);
        Answer saved = trainer.save(page, marks);
        expect(saved.saved() == LEARNERS, "the first save stores " + LEARNERS + " marks: " + saved);
        expect(saved.node.equals(first), "the save stays on " + first + " (sticky), went to " + saved.node);
        System.out.println("signed in and saved " + LEARNERS + " marks on " + first);

        // 1. the instance that served the trainer dies; the same page saves again
        String session = trainer.cookies.get("JSESSIONID");
        kill(first, "KILL");
        long killed = System.nanoTime();
        marks = round(page.radios, 1);
        Answer afterKill = trainer.save(page, marks);
        figures.put("first save after SIGKILL answered after", ms(killed));
        expect(!afterKill.node.equals(first), "the save after the kill is answered by the other instance");
        expect(afterKill.status == 200 && afterKill.saved() == LEARNERS,
                "the save after the kill stores all " + LEARNERS + " changed marks (same session and Faces view): "
                        + afterKill);
        expect(session.equals(trainer.cookies.get("JSESSIONID")), "the session id stays the same");
        Answer retried = trainer.save(page, marks);
        expect(retried.status == 200 && retried.unchanged(),
                "the same save sent again changes nothing (idempotent): " + retried);
        expectStored(trainer, lesson, marks, 2);
        String second = afterKill.node;
        System.out.println("killed " + first + ": " + second + " took over the session and the view; saved once");

        // 2. back to two instances; then the trainer's instance hangs
        long restart = System.nanoTime();
        run("bash", "src/test/sh/cluster.sh", "instance", first.substring(first.length() - 1));
        waitUntilBalanced(first, 60);
        figures.put("killed instance restarted and back in the balancer after", ms(restart));
        kill(second, "STOP");
        try {
            long stopped = System.nanoTime();
            Page again = null;
            for (int attempt = 1; attempt <= 3 && again == null; attempt++) {
                try {
                    again = trainer.open(lesson.id);
                } catch (IOException | IllegalStateException e) {
                    // the request that was already on its way to the hung instance is cut off when haproxy marks
                    // it down; a person would press reload
                    System.out.println("  while " + second + " hangs, attempt " + attempt + " failed after "
                            + ms(stopped) + ": " + e.getMessage());
                }
            }
            figures.put("first page from the survivor while the other hangs (SIGSTOP), after", ms(stopped));
            expect(again != null, "the page opens again while " + second + " hangs");
            expect(again.node.equals(first), "the survivor " + first + " answers, not " + again.node);
            expect(Duration.ofNanos(System.nanoTime() - stopped).toSeconds() < 15,
                    "the survivor answers within 15 s, not a minute");
            long save = System.nanoTime();
            marks = round(again.radios, 2);
            Answer onSurvivor = trainer.save(again, marks);
            figures.put("save on the survivor while the other hangs took", ms(save));
            expect(onSurvivor.saved() == LEARNERS, "the save on the survivor stores all marks: " + onSurvivor);
            long fresh = System.nanoTime();
            Browser other = new Browser();
            other.signIn(lesson.trainer, PASSWORD);
            figures.put("a new sign-in while the other hangs took", ms(fresh));
        } finally {
            kill(second, "CONT");
        }
        long resumed = System.nanoTime();
        waitUntilBalanced(second, 60);
        figures.put("resumed instance back in the balancer after", ms(resumed));
        expectStored(trainer, lesson, marks, 3);

        System.out.println("PASS: fail-over after SIGKILL and SIGSTOP, no mark lost or doubled");
        figures.forEach((what, value) -> System.out.println("  " + what + ": " + value));
    }

    record Lesson(long id, String trainer) {
    }

    /** An organisation, a coordinator, a trainer, a cohort that started two weeks ago with its learners. */
    static Lesson setUp(String adminPassword) throws Exception {
        String admin = basic("admin", adminPassword);
        String run = Long.toString(System.currentTimeMillis(), 36);
        long org = id(api(admin, "POST", "/api/organisations",
                "{\"name\":\"Cluster " + run + "\",\"integreatRegion\":\"augsburg\"}"));
        String coordinatorName = "cc-" + run;
        account(admin, org, coordinatorName, "COORDINATOR");
        String coordinator = basic(coordinatorName, PASSWORD);
        String trainerName = "ct-" + run;
        long trainer = account(admin, org, trainerName, "TRAINER");
        long location = id(api(coordinator, "POST", "/api/locations", "{\"name\":\"Raum\",\"kind\":\"CLASSROOM\"}"));
        long course = id(api(coordinator, "POST", "/api/courses", "{\"title\":\"ffIT Basis\"}"));
        LocalDate monday = LocalDate.now().minusWeeks(2).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        long cohort = id(api(coordinator, "POST", "/api/cohorts", "{\"name\":\"Kurs\",\"courseId\":" + course
                + ",\"locationId\":" + location + ",\"trainerIds\":[" + trainer + "],\"schedule\":{\"from\":\""
                + monday + "\",\"to\":\"" + monday.plusWeeks(8).minusDays(1) + "\",\"days\":[\"MONDAY\","
                + "\"WEDNESDAY\"],\"start\":\"09:30:00\",\"end\":\"12:00:00\"}}"));
        for (int l = 0; l < LEARNERS; l++) {
            long learner = id(api(coordinator, "POST", "/api/learners", "{\"name\":\"Lernende " + l
                    + "\",\"nameOriginal\":\"أمينة " + l + "\",\"preferredLanguage\":\"ar\"}"));
            api(coordinator, "POST", "/api/cohorts/" + cohort + "/enrollments", "{\"learnerId\":" + learner + "}");
        }
        long lesson = id(api(coordinator, "GET", "/api/cohorts/" + cohort + "/lessons", null));
        return new Lesson(lesson, trainerName);
    }

    static long account(String admin, long org, String username, String role) throws Exception {
        return id(api(admin, "POST", "/api/accounts", "{\"organisationId\":" + org + ",\"username\":\"" + username
                + "\",\"displayName\":\"" + username + "\",\"role\":\"" + role + "\",\"password\":\"" + PASSWORD
                + "\"}"));
    }

    /** Each learner's mark in round r: every round changes every learner's mark. */
    static Map<String, String> round(List<String> radios, int r) {
        Map<String, String> marks = new LinkedHashMap<>();
        for (int i = 0; i < radios.size(); i++) {
            marks.put(radios.get(i), MARKS[(i + r) % MARKS.length]);
        }
        return marks;
    }

    /**
     * The stored marks through the API, the rows in the database, and the audit trail: one record per learner
     * with the last saved mark, and exactly {@code saves} changes recorded for each (a doubled save would add
     * one).
     */
    static void expectStored(Browser trainer, Lesson lesson, Map<String, String> marks, int saves) throws Exception {
        String auth = basic(lesson.trainer, PASSWORD);
        String json = api(auth, "GET", "/api/lessons/" + lesson.id + "/attendance", null);
        Map<String, String> stored = new TreeMap<>();
        Matcher m = Pattern.compile("\"enrollmentId\":(\\d+)[^}]*?\"status\":\"([A-Z]+)\"").matcher(json);
        while (m.find()) {
            stored.put("s" + m.group(1), m.group(2));
        }
        expect(stored.equals(new TreeMap<>(marks)), "the API reads back every mark as saved last: " + stored);
        String rows = sql("select count(*), count(distinct enrollment_id) from attendance_record where lesson_id = "
                + lesson.id);
        expect(rows.equals(LEARNERS + "\t" + LEARNERS), "one attendance row per learner in MariaDB, found " + rows);
        String history = api(auth, "GET", "/api/lessons/" + lesson.id + "/attendance/history", null);
        Map<String, Integer> perRecord = new TreeMap<>();
        Matcher h = Pattern.compile("\"subject\":\"([^\"]+)\",\"subjectId\":(\\d+)").matcher(history);
        while (h.find()) {
            if (!h.group(1).toLowerCase().contains("lesson")) {
                perRecord.merge(h.group(1) + "#" + h.group(2), 1, Integer::sum);
            }
        }
        expect(perRecord.size() == LEARNERS && perRecord.values().stream().allMatch(n -> n == saves),
                "the audit trail has " + saves + " changes per learner's record, no more: " + perRecord);
    }

    /** One trainer's browser: its own cookies, through the balancer. */
    static class Browser {
        final Map<String, String> cookies = new LinkedHashMap<>();

        HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            if (!cookies.isEmpty()) {
                request.header("Cookie", String.join("; ", cookies.entrySet().stream()
                        .map(c -> c.getKey() + "=" + c.getValue()).toList()));
            }
            request.header("Accept-Language", "en").timeout(Duration.ofSeconds(30));
            HttpRequest built = request.build();
            HttpResponse<String> response;
            try {
                response = HTTP.send(built, HttpResponse.BodyHandlers.ofString());
            } catch (IOException closedWithoutAnswer) {
                // A kept-alive connection that closed before a byte of answer came (the instance behind it was
                // killed just then): browsers send the request again on a new connection, whatever its method,
                // and so do we, once. The saves are idempotent; the checks below count what was stored.
                System.out.println("  " + built.method() + " " + built.uri().getPath() + ": " + closedWithoutAnswer
                        .getMessage() + "; sent again, as a browser does");
                response = HTTP.send(built, HttpResponse.BodyHandlers.ofString());
            }
            for (String set : response.headers().allValues("Set-Cookie")) {
                String pair = set.split(";", 2)[0];
                int eq = pair.indexOf('=');
                String name = pair.substring(0, eq).strip();
                String value = pair.substring(eq + 1).strip();
                if (value.isEmpty() || set.toLowerCase().contains("max-age=0")) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
            return response;
        }

        void signIn(String user, String password) throws Exception {
            HttpResponse<String> login = send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml")));
            expect(login.statusCode() == 200, "the sign-in page opens: " + login.statusCode());
            String form = "signIn=signIn&signIn%3Ausername=" + enc(user) + "&signIn%3Apassword=" + enc(password)
                    + "&signIn%3Asubmit=x&jakarta.faces.ViewState=" + enc(viewState(login.body()));
            HttpResponse<String> done = send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
            expect(done.statusCode() == 302 && !done.headers().firstValue("Location").orElse("").contains("login"),
                    "the sign-in form signs the trainer in: " + done.statusCode() + " " + done.headers().map());
        }

        Page open(long lesson) throws Exception {
            HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(base
                    + "/attendance/take.xhtml?lesson=" + lesson)));
            if (page.statusCode() != 200 || page.body().contains("signIn:password")) {
                throw new IllegalStateException("the take-attendance page answered " + page.statusCode()
                        + (page.body().contains("signIn:password") ? " with the sign-in form" : ""));
            }
            List<String> radios = new ArrayList<>(new LinkedHashSet<>(RADIO.matcher(page.body()).results()
                    .map(r -> r.group(1)).toList()));
            expect(radios.size() == LEARNERS, "the page lists " + LEARNERS + " learners, found " + radios.size());
            return new Page(lesson, viewState(page.body()), radios, node(page));
        }

        /** The page's save as a Faces Ajax POST with the view state of the page it was loaded with. */
        Answer save(Page page, Map<String, String> marks) throws Exception {
            // partial.event=click: the save button is a plain command button now (the page's script saves through
            // the device API; this is the form's own Ajax save, which keeps the page's view state in play)
            StringBuilder body = new StringBuilder("jakarta.faces.partial.ajax=true&jakarta.faces.source=sheet%3Asave"
                    + "&jakarta.faces.partial.event=click"
                    + "&jakarta.faces.partial.execute=sheet&jakarta.faces.partial.render=sheet"
                    + "&sheet%3Asave=sheet%3Asave&sheet=sheet&jakarta.faces.ViewState=" + enc(page.viewState));
            marks.forEach((name, mark) -> body.append('&').append(name).append('=').append(mark));
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base
                    + "/attendance/take.xhtml?lesson=" + page.lesson))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Faces-Request", "partial/ajax")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
            return new Answer(response.statusCode(), node(response), response.body());
        }
    }

    record Page(long lesson, String viewState, List<String> radios, String node) {
    }

    record Answer(int status, String node, String body) {
        int saved() {
            Matcher m = Pattern.compile("Saved: (\\d+) marks?").matcher(body);
            return m.find() ? Integer.parseInt(m.group(1)) : -1;
        }

        boolean unchanged() {
            return body.contains("Nothing had changed");
        }

        @Override
        public String toString() {
            return status + " from " + node + ": " + (body.length() > 600 ? body.substring(0, 600) + "..." : body);
        }
    }

    static String node(HttpResponse<?> response) {
        return response.headers().firstValue("X-Campus-Node").orElse("?");
    }

    static String viewState(String html) {
        Matcher m = VIEW_STATE.matcher(html);
        expect(m.find(), "the page has a Faces view state");
        return m.group(1);
    }

    /** Sends a signal to the instance haproxy calls {@code node} (app1, app2), by the pid cluster.sh wrote. */
    static void kill(String node, String signal) throws Exception {
        String pid = Files.readString(clusterDir.resolve(node + ".pid")).strip();
        run("kill", "-" + signal, pid);
        System.out.println("  kill -" + signal + " " + node + " (pid " + pid + ")");
        if (signal.equals("KILL")) {
            // gone, or a zombie nobody reaps (a container's PID 1 often does not): cluster.sh counts both as dead
            long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (isRunning(pid)) {
                expect(System.nanoTime() < until, node + " (pid " + pid + ") still runs 10 s after SIGKILL");
                Thread.sleep(50);
            }
        }
    }

    /** Whether the process exists and is not a zombie (its state in /proc/PID/stat, after the command's name). */
    static boolean isRunning(String pid) {
        try {
            String stat = Files.readString(Path.of("/proc", pid, "stat"));
            return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
        } catch (IOException e) {
            return false;
        }
    }

    /** Waits until haproxy sends new visitors to {@code node} again, i.e. its health checks pass. */
    static void waitUntilBalanced(String node, int seconds) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        while (System.nanoTime() < until) {
            for (int i = 0; i < 4; i++) {
                try {
                    HttpResponse<Void> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/health/ready"))
                            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                    if (r.statusCode() == 200 && node.equals(node(r))) {
                        return;
                    }
                } catch (IOException e) {
                    // not yet
                }
            }
            Thread.sleep(500);
        }
        fail(node + " is not back in the balancer after " + seconds + " s");
    }

    static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).inheritIO().start();
        expect(p.waitFor() == 0, String.join(" ", command) + " failed");
    }

    static String sql(String query) throws Exception {
        Process p = new ProcessBuilder("mariadb", "-N", "-B", "ffit_cluster", "-e", query).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        expect(p.waitFor() == 0, "mariadb: " + query);
        return out;
    }

    static String api(String auth, String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", auth)
                .timeout(Duration.ofSeconds(30)).method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        expect(response.statusCode() < 300, method + " " + path + " -> " + response.statusCode() + " "
                + response.body());
        return response.body();
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static long id(String json) {
        Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(json);
        expect(m.find(), "an id in " + json);
        return Long.parseLong(m.group(1));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String ms(long since) {
        return Duration.ofNanos(System.nanoTime() - since).toMillis() + " ms";
    }

    static void expect(boolean condition, String what) {
        if (!condition) {
            fail(what);
        }
    }

    static void fail(String what) {
        System.out.println("FAIL: " + what);
        figures.forEach((k, v) -> System.out.println("  " + k + ": " + v));
        System.exit(1);
    }
}
