import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mixed load on a running app (one instance or a balancer in front of several), on loopback only: trainers taking
 * attendance, learners at kiosks and coordinators printing certificates, all at once, each user with its own
 * session and a think time between its requests, for a bounded time. Made for the data CampusData.java writes.
 *
 * Preparation through the API and the pages (not measured): KIOSKS kiosk devices set up through the setup page,
 * three learners with a fresh PIN for each; certificates issued (with a written reason for those who do not meet
 * the rule) to everyone in the last CERT_COHORTS cohorts.
 *
 * The users (USERS in all: 70 % trainers, 25 % kiosks, the rest coordinators, at least one of each):
 *   trainer     - signs in through the form once, then loops: opens the take-attendance page of its own lesson
 *                 (one not yet held in the generated data, its own: no two trainers share one), thinks, saves every
 *                 mark changed with the page's Ajax request, thinks
 *   kiosk       - loops over its learners: the code screen, the code, the PIN (the slow hash), "My progress", "Done"
 *                 (sign-out), a think time after each
 *   coordinator - signs in through the form once, then loops: three times in five one certificate's PDF as issued,
 *                 else the cohort's certificates page, "Print PDF" (a background job), polled every second as the
 *                 page does until the merged PDF is ready, and its download; a think time between
 * The users start spread over the first half of the warm-up; only requests started after WARMUP seconds count, and
 * every user stops at the end of SECONDS (at most MAX_REQUESTS requests in all). Every answer is checked (status,
 * the expected page or a PDF); what fails is counted by its reason.
 *
 * While it runs, every PID (the app's JVMs on this machine) is sampled with jstat every 10 s (lines in OUT_DIR); at
 * the start and at the end of the measured time each gets a full GC (jcmd GC.run) to read the live heap, and a class
 * histogram (jcmd GC.class_histogram): the largest classes at the end, and those that grew most in between. GC logs
 * (-Xlog:gc*:file=...:timemillis,uptime,level,tags) give the pauses and the heap after each GC in the measured
 * time, by minute, the first minutes against the last, and a verdict FLAT or GROWING.
 *
 * Usage: java src/bench/MixedLoad.java BASE_URL DATA_FILE USERS WARMUP SECONDS OUT_DIR [PIDS [GC_LOGS]]
 * PIDS and GC_LOGS are comma-separated lists (may be empty: ""). BENCH_KIOSKS, BENCH_CERT_COHORTS and
 * BENCH_THINK_MS ("1000 3000") in the environment change the preparation and the think time.
 */
public class MixedLoad {

    static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    static final Pattern RADIO = Pattern.compile("name=\"(s\\d+)\"");
    static final Pattern POLL = Pattern.compile("PrimeFaces\\.cw\\(\"Poll\",\"[^\"]*\",\\{id:\"([^\"]+)\"");
    static final Pattern PRINT_JOB = Pattern.compile("/certificates/print/([0-9a-f]{32})");
    static final String[] MARKS = {"PRESENT", "LATE", "EXCUSED", "ABSENT"};
    static final int MAX_REQUESTS = 2_000_000;
    static final int LEARNERS_PER_KIOSK = 3;

    static String base;
    static HttpClient http;
    static final AtomicInteger REQUESTS = new AtomicInteger();
    static final AtomicInteger ADDRESSES = new AtomicInteger();
    static final Map<String, Stats> STATS = new ConcurrentHashMap<>();
    static final Map<String, AtomicInteger> FAILURE_SAMPLES = new ConcurrentHashMap<>();
    static volatile long warmUntil;
    static volatile long stopAt;
    static long thinkFrom = 1000;
    static long thinkTo = 3000;

    public static void main(String[] args) {
        try {
            run(args);
            System.exit(0);
        } catch (Exception e) {
            e.printStackTrace();
            // the pools' threads must not keep a failed run alive
            System.exit(1);
        }
    }

    static void run(String[] args) throws Exception {
        if (args.length < 6) {
            System.err.println("usage: java src/bench/MixedLoad.java BASE_URL DATA_FILE USERS WARMUP SECONDS OUT_DIR"
                    + " [PIDS [GC_LOGS]]");
            System.exit(2);
        }
        base = args[0];
        if (!URI.create(base).getHost().equals("127.0.0.1")) {
            throw new IllegalArgumentException("benchmarks only talk to 127.0.0.1");
        }
        Properties data = new Properties();
        try (var in = Files.newBufferedReader(Path.of(args[1]))) {
            data.load(in);
        }
        int users = Integer.parseInt(args[2]);
        int warmup = Integer.parseInt(args[3]);
        int seconds = Integer.parseInt(args[4]);
        Path out = Path.of(args[5]);
        Files.createDirectories(out);
        List<Long> pids = longs(args.length > 6 ? args[6] : "");
        List<Path> gcLogs = new ArrayList<>();
        for (String log : (args.length > 7 ? args[7] : "").split(",")) {
            if (!log.isBlank()) {
                gcLogs.add(Path.of(log.strip()));
            }
        }
        String[] think = env("BENCH_THINK_MS", "1000 3000").trim().split("\\s+");
        thinkFrom = Long.parseLong(think[0]);
        thinkTo = Long.parseLong(think[1]);

        int classes = Integer.parseInt(env("BENCH_CLASSES", "0"));
        double compression = Double.parseDouble(env("BENCH_COMPRESSION", "20"));
        lessonNanos = (long) (REAL_LESSON_SECONDS / compression * 1e9);
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        Campus campus = Campus.read(data);
        long preparing = System.nanoTime();
        // the users in the order they start, spread over the first half of the warm-up
        List<User> all = new ArrayList<>();
        if (classes > 0) {
            // the class workload: the first CLASSES cohorts are the classes, the others only to print (certificates for all)
            int coordinators = (classes + 9) / 10;
            if (campus.cohorts.size() < classes + 1) {
                throw new IllegalArgumentException(classes + " classes need " + (classes + 1) + " cohorts or more");
            }
            List<ClassRoom> rooms = prepareClasses(campus, classes);
            // the cohorts after the classes: all of them, or the last BENCH_CERT_COHORTS (classes-max: the same
            // data for every number of classes)
            int toPrint = Integer.parseInt(env("BENCH_CERT_COHORTS", Integer.toString(campus.cohorts.size()
                    - classes)));
            if (toPrint < 1 || classes + toPrint > campus.cohorts.size()) {
                throw new IllegalArgumentException(classes + " classes and " + toPrint + " cohorts to print, but "
                        + campus.cohorts.size() + " cohorts");
            }
            List<CertCohort> printed = prepareCertificates(campus, toPrint);
            List<String> allSerials = printed.stream().flatMap(c -> c.serials.stream()).toList();
            // certificates issued while the classes run: to their learners, each once, in turn over the classes
            List<Long> toIssue = new ArrayList<>();
            for (int i = 0; i < CLASS_LEARNERS * 3; i++) {
                for (ClassRoom room : rooms) {
                    if (i < room.enrollments().size()) {
                        toIssue.add(room.enrollments().get(room.enrollments().size() - 1 - i));
                    }
                }
            }
            AtomicInteger issued = new AtomicInteger();
            System.out.printf("prepared in %.0f s: %d classes, each one trainer, one kiosk (set up), %d learners"
                            + " (new PINs); %d certificates in %d more cohorts to print%n",
                    (System.nanoTime() - preparing) / 1e9, rooms.size(), CLASS_LEARNERS,
                    printed.stream().mapToInt(c -> c.serials.size()).sum(), printed.size());
            for (ClassRoom room : rooms) {
                all.add(new ClassTrainer(room, campus.password));
                all.add(new ClassKiosk(room.kiosk()));
            }
            for (int c = 0; c < coordinators; c++) {
                all.add(new ClassCoordinator(campus, printed.get(c % printed.size()), allSerials, c, rooms, toIssue,
                        issued));
            }
            System.out.printf("classes: %d (%d trainers, %d kiosks with %d learners each, %d coordinators); a"
                            + " 90-minute lesson compressed %.0fx into %.0f s; think time within a sequence of pages"
                            + " %d-%d ms (not compressed); %d s warm-up, %d s measured; against %s%n", classes,
                    classes, classes, CLASS_LEARNERS, coordinators, compression, lessonNanos / 1e9, thinkFrom,
                    thinkTo, warmup, seconds, base);
        } else {
            int trainers = Math.max(1, users * 70 / 100);
            int kiosks = Math.max(1, users * 25 / 100);
            int coordinators = Math.max(1, users - trainers - kiosks);
            List<KioskDevice> devices = prepareKiosks(campus, kiosks);
            int certCohorts = Integer.parseInt(env("BENCH_CERT_COHORTS", "10"));
            List<CertCohort> printed = prepareCertificates(campus, Math.min(certCohorts, campus.cohorts.size()));
            int certificates = printed.stream().mapToInt(c -> c.serials.size()).sum();
            System.out.printf("prepared in %.0f s: %d kiosks with %d learners each (new PINs), %d certificates in %d"
                            + " cohorts; %d cohorts with trainers, %d lessons each not yet taken%n",
                    (System.nanoTime() - preparing) / 1e9, devices.size(), LEARNERS_PER_KIOSK, certificates,
                    printed.size(), campus.cohorts.size(), campus.freeLessons);
            List<String> allSerials = printed.stream().flatMap(c -> c.serials.stream()).toList();
            for (int t = 0; t < trainers; t++) {
                all.add(new Trainer(campus, t));
            }
            for (int k = 0; k < kiosks; k++) {
                all.add(new KioskUser(devices.get(k)));
            }
            for (int c = 0; c < coordinators; c++) {
                all.add(new Coordinator(campus, printed.get(c % printed.size()), allSerials, c));
            }
            System.out.printf("users: %d trainers, %d kiosks, %d coordinators (%d at once), think time %d-%d ms; %d s"
                            + " warm-up, %d s measured; against %s%n", trainers, kiosks, coordinators,
                    trainers + kiosks + coordinators, thinkFrom, thinkTo, warmup, seconds, base);
        }
        users = all.size();
        ExecutorService pool = Executors.newFixedThreadPool(users + 4);
        Sampler sampler = new Sampler(pids, out);
        sampler.start();
        long start = System.nanoTime();
        warmUntil = start + warmup * 1_000_000_000L;
        stopAt = warmUntil + seconds * 1_000_000_000L;
        long rampNanos = warmup * 1_000_000_000L / 2;
        List<Future<?>> running = new ArrayList<>();
        for (int n = 0; n < users; n++) {
            User user = all.get(n);
            long delay = rampNanos * n / users;
            running.add(pool.submit(() -> user(delay, user)));
        }
        // the live heap when measuring starts: after a full GC, a moment after the warm-up ends
        sleepUntil(warmUntil);
        Map<Long, Long> liveAtStart = sampler.liveHeap();
        sampler.histograms("start");
        long measuredFrom = System.currentTimeMillis();
        for (Future<?> f : running) {
            f.get();
        }
        long measuredTo = System.currentTimeMillis();
        Map<Long, Long> liveAtEnd = sampler.liveHeap();
        sampler.histograms("end");
        sampler.stop();
        pool.shutdownNow();

        report(seconds, warmup, users);
        timeline(seconds);
        if (classes > 0) {
            verdict(classes);
        }
        sampler.report(liveAtStart, liveAtEnd);
        for (Path log : gcLogs) {
            gcLog(log, measuredFrom, measuredTo);
        }
    }

    // ---------------------------------------------------------------- the users

    interface User {
        /** one round of what this user does, with its think times */
        void round() throws Exception;
    }

    static void user(long delayNanos, User user) {
        Random random = new Random();
        try {
            Thread.sleep(delayNanos / 1_000_000 + random.nextInt(200));
            while (System.nanoTime() < stopAt && REQUESTS.get() < MAX_REQUESTS) {
                try {
                    user.round();
                } catch (Failed failed) {
                    // counted where it happened; the user starts its next round after a pause
                    Thread.sleep(thinkTo);
                }
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            System.err.println("user stopped: " + e);
        }
    }

    /** a signed-in trainer taking the attendance of one lesson again and again */
    static final class Trainer implements User {
        final Browser browser = new Browser();
        final String user;
        final String password;
        final long lesson;
        boolean signedIn;
        int round;

        Trainer(Campus campus, int number) {
            Campus.Cohort cohort = campus.cohorts.get(number % campus.cohorts.size());
            this.user = cohort.trainer;
            this.password = campus.password;
            // the first trainers of every cohort take its first lesson not yet held, the next ones the one after
            this.lesson = cohort.freeLessons.get((number / campus.cohorts.size()) % cohort.freeLessons.size());
        }

        public void round() throws Exception {
            if (!signedIn) {
                signedIn = signIn(browser, "trainer", user, password);
                return;
            }
            Sheet sheet;
            try {
                sheet = Sheet.open(browser, "/attendance/take.xhtml?lesson=" + lesson);
            } catch (SignedOut e) {
                signedIn = false;
                throw e.failure;
            }
            think();
            round++;
            sheet.save(browser, round);
            think();
        }
    }

    /** the take-attendance page answered the sign-in page: the session has ended */
    static final class SignedOut extends Exception {
        final Exception failure;

        SignedOut(Exception failure) {
            super(failure.getMessage());
            this.failure = failure;
        }
    }

    /** a take-attendance page as loaded: what its save sends back */
    record Sheet(String path, List<String> radios, String viewState, String nonce) {

        static Sheet open(Browser browser, String path) throws Exception {
            Answer page = browser.get("trainer", "take-attendance page", path);
            if (page.path().endsWith("/login.xhtml")) {
                throw new SignedOut(failed("trainer", "take-attendance page", "signed out"));
            }
            expect(page, 200, "trainer", "take-attendance page", "learner-row");
            List<String> radios = distinct(RADIO, page.body);
            String viewState = first(VIEW_STATE, page.body);
            if (radios.isEmpty() || viewState == null) {
                throw failed("trainer", "take-attendance page", "no attendance sheet");
            }
            return new Sheet(path, radios, viewState, first(CSP_NONCE, page.body));
        }

        void save(Browser browser, int round) throws Exception {
            saveMarks(browser, path, radios, viewState, round, nonce);
        }
    }

    /** the take-attendance page's Ajax save, every mark changed by ROUND; checks that it was saved */
    static void saveMarks(Browser browser, String path, List<String> radios, String viewState, int round,
            String nonce) throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", "sheet:save");
        // a click on the form's plain command button (a browser with script saves through the device API)
        form.put("jakarta.faces.partial.event", "click");
        form.put("jakarta.faces.partial.execute", "sheet");
        form.put("jakarta.faces.partial.render", "sheet:marked");
        form.put("sheet:save", "sheet:save");
        form.put("sheet", "sheet");
        for (int i = 0; i < radios.size(); i++) {
            form.put(radios.get(i), MARKS[(i + round) % MARKS.length]);
        }
        form.put("jakarta.faces.ViewState", viewState);
        if (nonce != null) {
            form.put("primefaces.nonce", nonce);
        }
        Answer saved = browser.post("trainer", "save (Ajax)", path, form, true);
        if (saved.status == 200 && saved.body.contains("conflicts-title")) {
            throw failed("trainer", "save (Ajax)", "conflict");
        }
        if (saved.status != 200 || !(saved.body.contains("Gespeichert:") || saved.body.contains("nichts ge"))) {
            throw failed("trainer", "save (Ajax)", saved.status == 200 ? "not saved" : "status " + saved.status,
                    saved.body);
        }
    }

    /** a kiosk device on which its learners sign in, one after the other */
    static class KioskUser implements User {
        final KioskDevice device;
        int next;
        Answer codePage;

        KioskUser(KioskDevice device) {
            this.device = device;
        }

        public void round() throws Exception {
            try {
                visit();
            } catch (Failed failed) {
                // whatever the server still holds of this visit (e.g. a sign-in that outlasted our timeout) ends
                codePage = null;
                device.browser.postForm(null, null, "/kiosk/sign-out", "");
                throw failed;
            }
        }

        void visit() throws Exception {
            visit(device, device.learners.get(next++ % device.learners.size()), 0);
        }

        /**
         * One learner at the kiosk: code, PIN, "My progress", then EXTRA more views of it (the first in the
         * learner's own language, the others again, as the page holds the exercises, guides and certificate), Done.
         */
        void visit(KioskDevice device, KioskLearner learner, int extra) throws Exception {
            Browser browser = device.browser;
            if (codePage == null) {
                codePage = browser.get("kiosk", "code screen", "/kiosk/");
                expect(codePage, 200, "kiosk", "code screen", "code-form");
                think();
            }
            Answer code = browser.post("kiosk", "code", codePage.path(), formOf(codePage, "code-form",
                    Map.of("code", learner.code, "next", "x")), false);
            codePage = null;
            Answer pinPage = follow(browser, code, "kiosk", "PIN screen");
            expect(pinPage, 200, "kiosk", "PIN screen", "pin-form");
            think();
            Answer pin = browser.post("kiosk", "PIN (sign-in)", pinPage.path(), formOf(pinPage, "pin-form",
                    Map.of("pin", learner.pin, "sign-in", "x")), false);
            if (pin.status / 100 != 3 || !pin.location().endsWith("/kiosk/me.xhtml")) {
                String why = pin.body.contains("stimmt nicht") ? "code or PIN wrong" : pin.body.contains("gesperrt")
                        ? "card locked" : "not signed in (" + pin.status + " " + pin.location() + ")";
                throw failed("kiosk", "PIN (sign-in)", why, pin.body);
            }
            Answer me = follow(browser, pin, "kiosk", "my progress");
            expect(me, 200, "kiosk", "my progress", learner.name);
            think();
            for (int i = 0; i < extra; i++) {
                String step = i == 0 ? "my progress, own language" : "my progress, again";
                // the language switch answers with a redirect to the page without the parameter
                Answer again = i == 0 ? follow(browser, browser.get("kiosk", "language switch (redirect)",
                        "/kiosk/me.xhtml?lang=" + learner.language), "kiosk", step)
                        : browser.get("kiosk", step, "/kiosk/me.xhtml");
                expect(again, 200, "kiosk", step, learner.name);
                think();
            }
            Answer done = browser.postForm("kiosk", "done (sign-out)", "/kiosk/sign-out", "");
            if (done.status != 303) {
                throw failed("kiosk", "done (sign-out)", "status " + done.status);
            }
            codePage = follow(browser, done, "kiosk", "code screen");
            expect(codePage, 200, "kiosk", "code screen", "code-form");
            think();
        }
    }

    /** a coordinator printing certificates: single PDFs and, now and then, a whole cohort's PDF */
    static class Coordinator implements User {
        final Browser browser = new Browser();
        final Campus campus;
        final CertCohort cohort;
        final List<String> serials;
        final Random random;
        boolean signedIn;

        Coordinator(Campus campus, CertCohort cohort, List<String> serials, int number) {
            this.campus = campus;
            this.cohort = cohort;
            this.serials = serials;
            this.random = new Random(number);
        }

        public void round() throws Exception {
            if (!signedIn) {
                signedIn = signIn(browser, "coordinator", campus.coordinator, campus.password);
                return;
            }
            if (random.nextInt(5) < 3) {
                certificatePdf(serials.get(random.nextInt(serials.size())));
            } else {
                cohortPrint();
            }
        }

        void certificatePdf(String serial) throws Exception {
            Answer pdf = browser.get("coordinator", "certificate PDF", "/certificates/" + serial + ".pdf");
            expectPdf(pdf, "certificate PDF");
            think();
        }

        /** the cohort's certificates page, "Print PDF", polled as the page does until ready, the download */
        void cohortPrint() throws Exception {
            String path = "/cohorts/certificates.xhtml?id=" + cohort.id;
            Answer page = browser.get("coordinator", "cohort certificates page", path);
            if (page.path().endsWith("/login.xhtml")) {
                signedIn = false;
                throw failed("coordinator", "cohort certificates page", "signed out");
            }
            expect(page, 200, "coordinator", "cohort certificates page", "printPdf");
            String viewState = first(VIEW_STATE, page.body);
            String poll = first(POLL, page.body);
            String before = lastMatch(PRINT_JOB, page.body);
            String nonce = first(CSP_NONCE, page.body);
            think();
            long clicked = System.nanoTime();
            Map<String, String> form = new LinkedHashMap<>();
            form.put("jakarta.faces.partial.ajax", "true");
            form.put("jakarta.faces.source", "print:printPdf");
            form.put("jakarta.faces.partial.execute", "print");
            form.put("jakarta.faces.partial.render", "print messages");
            form.put("print:printPdf", "print:printPdf");
            form.put("print", "print");
            form.put("jakarta.faces.ViewState", viewState);
            if (nonce != null) {
                form.put("primefaces.nonce", nonce);
            }
            Answer started = browser.post("coordinator", "print PDF (Ajax)", path, form, true);
            expect(started, 200, "coordinator", "print PDF (Ajax)", "partial-response");
            String job = newJob(started.body, before);
            for (int polls = 0; job == null; polls++) {
                if (polls >= 120 || System.nanoTime() > stopAt + 60_000_000_000L) {
                    throw failed("coordinator", "print poll (Ajax)", "job not done in 120 polls");
                }
                Thread.sleep(1000);
                Map<String, String> ask = new LinkedHashMap<>();
                ask.put("jakarta.faces.partial.ajax", "true");
                ask.put("jakarta.faces.source", poll);
                ask.put("jakarta.faces.partial.execute", poll);
                ask.put("jakarta.faces.partial.render", "print:jobs");
                ask.put(poll, poll);
                ask.put("print", "print");
                ask.put("jakarta.faces.ViewState", viewState);
                if (nonce != null) {
                    ask.put("primefaces.nonce", nonce);
                }
                Answer status = browser.post("coordinator", "print poll (Ajax)", path, ask, true);
                expect(status, 200, "coordinator", "print poll (Ajax)", "partial-response");
                if (status.body.contains("jobFailed") || status.body.contains("class=\"error\"")) {
                    throw failed("coordinator", "print poll (Ajax)", "print job failed", status.body);
                }
                job = newJob(status.body, before);
            }
            if (System.nanoTime() >= warmUntil) {
                stats("coordinator", "~ print job: click to download link").add(System.nanoTime() - clicked, 200);
            }
            Answer merged = browser.get("coordinator", "cohort PDF download", "/certificates/print/" + job);
            expectPdf(merged, "cohort PDF download");
            think();
        }

        String newJob(String body, String before) {
            String job = lastMatch(PRINT_JOB, body);
            return job != null && !job.equals(before) ? job : null;
        }

        void expectPdf(Answer pdf, String step) {
            if (pdf.status != 200 || !pdf.body.startsWith("%PDF")) {
                throw failed("coordinator", step, pdf.status == 200 ? "not a PDF" : "status " + pdf.status);
            }
        }
    }

    static boolean signIn(Browser browser, String kind, String user, String password) throws Exception {
        Answer page = browser.get(kind, "sign-in page", "/login.xhtml");
        expect(page, 200, kind, "sign-in page", "signIn");
        think();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("signIn", "signIn");
        form.put("signIn:username", user);
        form.put("signIn:password", password);
        form.put("signIn:submit", "x");
        form.put("jakarta.faces.ViewState", first(VIEW_STATE, page.body));
        Answer signedIn = browser.post(kind, "sign-in", "/login.xhtml", form, false);
        if (signedIn.status != 302 || signedIn.location().contains("login.xhtml")) {
            // the sign-in brake or a wrong answer: counted, and the next round tries again
            String why = signedIn.body.contains("Zu viele Fehlversuche") ? "refused by the sign-in brake"
                    : signedIn.body.contains("nicht richtig") ? "name or password wrong" : "not signed in";
            throw failed(kind, "sign-in", why + " (" + signedIn.status + ")", signedIn.body);
        }
        think();
        return true;
    }

    static Answer follow(Browser browser, Answer answer, String kind, String step) throws Exception {
        if (answer.status / 100 != 3) {
            throw failed(kind, step, "no redirect but " + answer.status, answer.body);
        }
        return browser.get(kind, step, answer.location());
    }

    static void think() throws InterruptedException {
        long remaining = (stopAt - System.nanoTime()) / 1_000_000;
        long pause = thinkFrom + (long) (Math.random() * (thinkTo - thinkFrom + 1));
        Thread.sleep(Math.max(0, Math.min(pause, remaining)));
    }

    // ---------------------------------------------------------------- the class workload (issue 24)

    static final int CLASS_LEARNERS = 12;
    static final double REAL_LESSON_SECONDS = 90 * 60;
    static final Pattern TICK_COMMAND = Pattern.compile("s:\"(tickForm:[^\"]+)\"");
    /** PrimeFaces' CSP nonce of a page, sent back with its Ajax requests as "primefaces.nonce" */
    static final Pattern CSP_NONCE = Pattern.compile("csp\\.init\\('([^']+)'\\)");
    static final Pattern TICK_CELL = Pattern.compile("class=\"tick state-(\\w+)\" data-e=\"(\\d+)\" data-x=\"(\\d+)\""
            + " aria-pressed=\"(true|false)\"( disabled)?");
    /** a lesson's length in the run: 90 minutes divided by the compression (BENCH_COMPRESSION) */
    static long lessonNanos;

    /** one class: its cohort, trainer, the lessons its trainer takes, its kiosk and its learners */
    record ClassRoom(Campus.Cohort cohort, KioskDevice kiosk, List<Long> enrollments) {
    }

    /**
     * Everything a class needs, through the API and the pages (not measured): per class cohort a kiosk device set
     * up through the setup page and a new PIN for each of its learners.
     */
    static List<ClassRoom> prepareClasses(Campus campus, int classes) throws Exception {
        long location = Long.parseLong(first(Pattern.compile("\"id\":(\\d+)"),
                api(campus.basic, "GET", "/api/locations", null)));
        ExecutorService setup = Executors.newFixedThreadPool(4);
        List<ClassRoom> rooms = new ArrayList<>();
        long run = System.currentTimeMillis() % 100_000;
        for (int c = 0; c < classes; c++) {
            Campus.Cohort cohort = campus.cohorts.get(c);
            List<Long> learnerIds = new ArrayList<>();
            List<Long> enrollments = new ArrayList<>();
            Matcher m = Pattern.compile("\\{[^{}]*\\}").matcher(api(campus.basic, "GET", "/api/cohorts/"
                    + cohort.id() + "/enrollments", null));
            while (m.find()) {
                Long learner = idOf("learnerId", m.group());
                Long enrollment = idOf("id", m.group());
                if (learner != null && enrollment != null) {
                    learnerIds.add(learner);
                    enrollments.add(enrollment);
                }
            }
            List<Future<KioskLearner>> made = new ArrayList<>();
            for (long id : learnerIds.subList(0, Math.min(CLASS_LEARNERS, learnerIds.size()))) {
                made.add(setup.submit(() -> learner(api(campus.basic, "GET", "/api/learners/" + id, null),
                        first(Pattern.compile("\"pin\":\"(\\d+)\""), api(campus.basic, "PUT", "/api/learners/" + id
                                + "/pin", "{}")))));
            }
            List<KioskLearner> learners = new ArrayList<>();
            for (Future<KioskLearner> f : made) {
                learners.add(f.get());
            }
            String code = first(Pattern.compile("\"setupCode\":\"([A-Z0-9-]+)\""), api(campus.basic, "POST",
                    "/api/kiosks", "{\"name\":\"Class kiosk " + run + "-" + c + "\",\"locationId\":" + location
                            + "}"));
            rooms.add(new ClassRoom(cohort, new KioskDevice(setUpKiosk(code), learners), enrollments));
        }
        setup.shutdown();
        return rooms;
    }

    static Long idOf(String field, String json) {
        String id = first(Pattern.compile("\"" + field + "\":(\\d+)"), json);
        return id == null ? null : Long.valueOf(id);
    }

    /**
     * Waits until NANO_TIME (at most until the run ends); false when the run ended. The time between what a user
     * does within a lesson is compressed with the lesson; the think times within one sequence of pages are not.
     */
    static boolean waitUntil(long nanoTime) throws InterruptedException {
        sleepUntil(Math.min(nanoTime, stopAt));
        return System.nanoTime() < stopAt;
    }

    static long inLesson(double fraction) {
        return (long) (lessonNanos * fraction);
    }

    /**
     * A class's trainer, one lesson per round: signs in once (the first lesson), opens the take-attendance page and
     * saves the marks at the start, opens the exercise grid and ticks 6-10 exercises through the lesson (the grid's
     * Ajax tick, on and off), saves again in the middle (late arrivals) and, every other lesson, near the end.
     */
    static final class ClassTrainer implements User {
        final Browser browser = new Browser();
        final ClassRoom room;
        final String password;
        final Random random = new Random();
        boolean signedIn;
        int lesson;

        ClassTrainer(ClassRoom room, String password) {
            this.room = room;
            this.password = password;
        }

        public void round() throws Exception {
            long start = System.nanoTime();
            if (!signedIn) {
                signedIn = signIn(browser, "trainer", room.cohort().trainer(), password);
            }
            List<Long> lessons = room.cohort().freeLessons();
            Sheet sheet;
            try {
                sheet = Sheet.open(browser, "/attendance/take.xhtml?lesson=" + lessons.get(lesson++ % lessons.size()));
            } catch (SignedOut e) {
                signedIn = false;
                throw e.failure;
            }
            think();
            int saves = 0;
            sheet.save(browser, lesson * 3 + saves++);
            // what comes later in the lesson, at times spread over it
            List<double[]> events = new ArrayList<>(); // {fraction of the lesson, 0 tick / 1 save}
            int ticks = 6 + random.nextInt(5);
            for (int i = 0; i < ticks; i++) {
                events.add(new double[] {0.15 + 0.8 * random.nextDouble(), 0});
            }
            events.add(new double[] {0.45 + 0.1 * random.nextDouble(), 1});
            if (random.nextBoolean()) {
                events.add(new double[] {0.85 + 0.1 * random.nextDouble(), 1});
            }
            events.sort((a, b) -> Double.compare(a[0], b[0]));
            if (!waitUntil(start + inLesson(0.1))) {
                return;
            }
            Grid grid = openGrid();
            for (double[] event : events) {
                if (!waitUntil(start + inLesson(event[0]))) {
                    return;
                }
                if (event[1] == 1) {
                    sheet.save(browser, lesson * 3 + saves++);
                } else {
                    grid.tick();
                }
            }
            waitUntil(start + lessonNanos);
        }

        Grid openGrid() throws Exception {
            String path = "/cohorts/exercises.xhtml?id=" + room.cohort().id();
            Answer page = browser.get("trainer", "exercise grid page", path);
            expect(page, 200, "trainer", "exercise grid page", "exercise-grid");
            String command = first(TICK_COMMAND, page.body);
            String viewState = first(VIEW_STATE, page.body);
            List<String[]> cells = new ArrayList<>();
            Matcher m = TICK_CELL.matcher(page.body);
            while (m.find()) {
                // the trainer's own ticks: cells not ticked or confirmed, of learners still enrolled
                if (m.group(5) == null && (m.group(1).equals("NONE") || m.group(1).equals("CONFIRMED"))) {
                    cells.add(new String[] {m.group(2), m.group(3), m.group(4)});
                }
            }
            if (command == null || viewState == null || cells.isEmpty()) {
                throw failed("trainer", "exercise grid page", command == null ? "no tick command" : viewState == null
                        ? "no view state" : "nothing to tick", page.body);
            }
            think();
            return new Grid(path, command, viewState, cells, first(CSP_NONCE, page.body));
        }

        /** the exercise grid as the trainer has it open: one tap ticks a cell on or off (PrimeFaces remoteCommand) */
        final class Grid {
            final String path;
            final String command;
            final String viewState;
            final List<String[]> cells;
            final String nonce;

            Grid(String path, String command, String viewState, List<String[]> cells, String nonce) {
                this.nonce = nonce;
                this.path = path;
                this.command = command;
                this.viewState = viewState;
                this.cells = cells;
            }

            void tick() throws Exception {
                String[] cell = cells.get(random.nextInt(cells.size()));
                boolean done = !cell[2].equals("true");
                Map<String, String> form = new LinkedHashMap<>();
                form.put("jakarta.faces.partial.ajax", "true");
                form.put("jakarta.faces.source", command);
                form.put("jakarta.faces.partial.execute", command);
                form.put(command, command);
                form.put("tickForm", "tickForm");
                form.put("enrollment", cell[0]);
                form.put("exercise", cell[1]);
                form.put("done", Boolean.toString(done));
                form.put("jakarta.faces.ViewState", viewState);
                if (nonce != null) {
                    form.put("primefaces.nonce", nonce);
                }
                Answer ticked = browser.post("trainer", "tick exercise (Ajax)", path, form, true);
                expect(ticked, 200, "trainer", "tick exercise (Ajax)", "partial-response");
                // the callback's arguments as JSON, its quotes written as &#34; inside the XML
                String state = (done ? "CONFIRMED" : "");
                if (!ticked.body.replace("&#34;", "\"").contains("\"state\":\"" + state + "\"")) {
                    throw failed("trainer", "tick exercise (Ajax)", "not ticked", ticked.body);
                }
                cell[2] = Boolean.toString(done);
            }
        }
    }

    /**
     * A class's kiosk, one lesson per round: each of the class's learners comes once or twice, at times spread over
     * the lesson (one after the other: a learner who comes while the kiosk is in use waits), signs in with code and
     * PIN, looks at 3-5 pages ("My progress", then 2-4 more views of it: the first in the learner's own language)
     * and taps Done.
     */
    static final class ClassKiosk extends KioskUser {
        final Random random = new Random();

        ClassKiosk(KioskDevice device) {
            super(device);
        }

        @Override
        public void round() throws Exception {
            long start = System.nanoTime();
            List<Object[]> visits = new ArrayList<>(); // {fraction of the lesson, learner}
            for (KioskLearner learner : device.learners()) {
                for (int v = 1 + random.nextInt(2); v > 0; v--) {
                    visits.add(new Object[] {0.9 * random.nextDouble(), learner});
                }
            }
            visits.sort((a, b) -> Double.compare((double) a[0], (double) b[0]));
            for (Object[] visit : visits) {
                if (!waitUntil(start + inLesson((double) visit[0]))) {
                    return;
                }
                try {
                    visit(device, (KioskLearner) visit[1], 2 + random.nextInt(3));
                } catch (Failed failed) {
                    // counted where it happened; whatever the server still holds of this visit ends
                    codePage = null;
                    device.browser().postForm(null, null, "/kiosk/sign-out", "");
                    Thread.sleep(thinkFrom);
                }
            }
            waitUntil(start + lessonNanos);
        }
    }

    /**
     * A coordinator for about ten classes: signs in once, then now and then (on average four times per lesson, the
     * pause compressed with the lesson) one of: issues 1-3 certificates to learners of its classes (the API, with a
     * written reason, as the courses are still running) and opens each one's PDF; one certificate's PDF; a
     * cohort's print (certificates page, "Print PDF", poll, download); a report (the impact report or a
     * class's progress page).
     */
    static final class ClassCoordinator extends Coordinator {
        final List<ClassRoom> rooms;
        final List<Long> toIssue;
        final AtomicInteger issued;
        final List<String> serialsNow;

        ClassCoordinator(Campus campus, CertCohort cohort, List<String> serials, int number, List<ClassRoom> rooms,
                List<Long> toIssue, AtomicInteger issued) {
            super(campus, cohort, new ArrayList<>(serials), number);
            this.serialsNow = this.serials;
            this.rooms = rooms;
            this.toIssue = toIssue;
            this.issued = issued;
        }

        @Override
        public void round() throws Exception {
            if (!signedIn) {
                signedIn = signIn(browser, "coordinator", campus.coordinator, campus.password);
                return;
            }
            long start = System.nanoTime();
            int pick = random.nextInt(100);
            if (pick < 30 && issued.get() < toIssue.size()) {
                for (int n = 1 + random.nextInt(3); n > 0; n--) {
                    issue();
                }
            } else if (pick < 55) {
                certificatePdf(serialsNow.get(random.nextInt(serialsNow.size())));
            } else if (pick < 75) {
                cohortPrint();
            } else if (pick < 88) {
                Answer page = browser.get("coordinator", "impact report page", "/reports/impact.xhtml");
                expectPage(page, "impact report page", "report-filter");
                think();
            } else {
                ClassRoom room = rooms.get(random.nextInt(rooms.size()));
                Answer page = browser.get("coordinator", "class progress page", "/cohorts/progress.xhtml?id="
                        + room.cohort().id());
                expectPage(page, "class progress page", "id=\"rule\"");
                think();
            }
            waitUntil(start + (long) (inLesson(0.25) * (0.5 + random.nextDouble())));
        }

        void expectPage(Answer page, String step, String text) {
            if (page.path().endsWith("/login.xhtml") || page.location().contains("login.xhtml")) {
                signedIn = false;
                throw failed("coordinator", step, "signed out");
            }
            expect(page, 200, "coordinator", step, text);
        }

        void issue() throws Exception {
            Answer made;
            do {
                int next = issued.getAndIncrement();
                if (next >= toIssue.size()) {
                    return;
                }
                String path = "/api/enrollments/" + toIssue.get(next) + "/certificate";
                made = browser.send("coordinator", "issue certificate (API)", HttpRequest.newBuilder(
                        browser.resolve(path)).header("Authorization", campus.basic)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"overrideReason\":\"Lastprobe: Kurs läuft\"}",
                                StandardCharsets.UTF_8)));
                // 409 for a learner who has one already (from an earlier run on the same data): the next one
            } while (made.status == 409 && made.body.contains("FFIT-")); // the message names the valid one
            String serial = made.status == 201 ? first(Pattern.compile("\"serial\":\"(FFIT-[0-9-]+)\""), made.body)
                    : null;
            if (serial == null) {
                throw failed("coordinator", "issue certificate (API)", "status " + made.status, made.body);
            }
            think();
            certificatePdf(serial);
        }
    }

    /** the line the class workload is judged by: every step's p95 under 500 ms and no error */
    static void verdict(int classes) {
        String worst = null;
        double worstP95 = 0;
        int errors = 0;
        for (Map.Entry<String, Stats> e : STATS.entrySet()) {
            errors += e.getValue().errors();
            if (e.getKey().contains("~")) {
                continue; // the print job's time from click to link: polls a second apart, not one request
            }
            long[] sorted = e.getValue().sorted();
            if (sorted.length == 0) {
                continue;
            }
            double p95 = sorted[Math.max(0, (int) Math.ceil(0.95 * sorted.length) - 1)] / 1e6;
            if (p95 > worstP95) {
                worstP95 = p95;
                worst = e.getKey().replace('\t', ' ');
            }
        }
        boolean pass = worstP95 < 500 && errors == 0;
        System.out.printf("%n%s %d classes: every step p95 < 500 ms and 0 errors (slowest step: %s, p95 %.0f ms;"
                + " %d errors)%n", pass ? "PASS" : "MISS", classes, worst, worstP95, errors);
    }

    // ---------------------------------------------------------------- preparation

    record KioskLearner(String code, String pin, String name, String language) {
    }

    record KioskDevice(Browser browser, List<KioskLearner> learners) {
    }

    record CertCohort(long id, List<String> serials) {
    }

    /** what CampusData.java made, and which lessons are free for the trainers */
    static final class Campus {
        record Cohort(long id, int size, String trainer, List<Long> freeLessons) {
        }

        String coordinator;
        String password;
        String basic;
        final List<Cohort> cohorts = new ArrayList<>();
        int freeLessons;

        static Campus read(Properties data) throws Exception {
            Campus campus = new Campus();
            campus.coordinator = data.getProperty("coordinator");
            campus.password = data.getProperty("password");
            campus.basic = "Basic " + Base64.getEncoder().encodeToString((campus.coordinator + ":" + campus.password)
                    .getBytes(StandardCharsets.UTF_8));
            Map<Integer, String[]> byNumber = new TreeMap<>();
            for (String name : data.stringPropertyNames()) {
                if (name.startsWith("cohort.")) {
                    byNumber.put(Integer.parseInt(name.substring(7)), data.getProperty(name).split(","));
                }
            }
            // a lesson is free when no attendance has been taken in it: the lessons after the held ones, up to today
            int free = Integer.MAX_VALUE;
            for (String[] c : byNumber.values()) {
                long id = Long.parseLong(c[0]);
                String lessons = api(campus.basic, "GET", "/api/cohorts/" + id + "/lessons", null);
                List<Long> open = new ArrayList<>();
                Matcher m = Pattern.compile("\\{[^{}]*\"id\":(\\d+)[^{}]*\\}").matcher(lessons);
                String today = java.time.LocalDate.now().toString();
                while (m.find()) {
                    String lesson = m.group();
                    Matcher date = Pattern.compile("\"date\":\"([0-9-]+)\"").matcher(lesson);
                    boolean past = date.find() && date.group(1).compareTo(today) < 0;
                    // attendance taken makes a lesson HELD; a cancelled one cannot be taken
                    if (past && lesson.contains("\"state\":\"PLANNED\"")) {
                        open.add(Long.parseLong(m.group(1)));
                    }
                }
                if (open.isEmpty()) {
                    throw new IllegalStateException("cohort " + id + " has no past lesson without attendance: "
                            + lessons.substring(0, Math.min(400, lessons.length())));
                }
                free = Math.min(free, open.size());
                campus.cohorts.add(new Cohort(id, Integer.parseInt(c[1]), c[2], open));
            }
            campus.freeLessons = free;
            return campus;
        }
    }

    /** kiosk devices set up through the setup page, and learners of different cohorts with a new PIN each */
    static List<KioskDevice> prepareKiosks(Campus campus, int kiosks) throws Exception {
        long location = Long.parseLong(first(Pattern.compile("\"id\":(\\d+)"),
                api(campus.basic, "GET", "/api/locations", null)));
        int needed = kiosks * LEARNERS_PER_KIOSK;
        List<Long> learnerIds = new ArrayList<>();
        // up to five learners from each of the first cohorts, taken in turn (the certificates go to the last ones)
        List<List<Long>> perCohort = new ArrayList<>();
        for (Campus.Cohort cohort : campus.cohorts) {
            List<Long> ids = new ArrayList<>();
            Matcher m = Pattern.compile("\"learnerId\":(\\d+)").matcher(api(campus.basic, "GET", "/api/cohorts/"
                    + cohort.id() + "/enrollments", null));
            while (m.find()) {
                ids.add(Long.parseLong(m.group(1)));
            }
            perCohort.add(ids);
            if (perCohort.size() * 5L >= needed + 5) {
                break;
            }
        }
        for (int i = 0; learnerIds.size() < needed; i++) {
            List<Long> ids = perCohort.get(i % perCohort.size());
            int index = i / perCohort.size();
            if (index < ids.size()) {
                learnerIds.add(ids.get(index));
            } else if (i > needed * 50) {
                throw new IllegalStateException("not enough learners for " + needed + " kiosk learners");
            }
        }
        // a PIN costs a slow hash: a few at a time
        ExecutorService setup = Executors.newFixedThreadPool(3);
        List<Future<KioskLearner>> made = new ArrayList<>();
        for (long id : learnerIds) {
            made.add(setup.submit(() -> {
                String pin = first(Pattern.compile("\"pin\":\"(\\d+)\""), api(campus.basic, "PUT", "/api/learners/"
                        + id + "/pin", "{}"));
                String details = api(campus.basic, "GET", "/api/learners/" + id, null);
                return learner(details, pin);
            }));
        }
        List<KioskLearner> learners = new ArrayList<>();
        for (Future<KioskLearner> f : made) {
            learners.add(f.get());
        }
        setup.shutdown();
        List<KioskDevice> devices = new ArrayList<>();
        long run = System.currentTimeMillis() % 100_000;
        for (int k = 0; k < kiosks; k++) {
            String code = first(Pattern.compile("\"setupCode\":\"([A-Z0-9-]+)\""), api(campus.basic, "POST",
                    "/api/kiosks", "{\"name\":\"Load kiosk " + run + "-" + k + "\",\"locationId\":" + location + "}"));
            Browser browser = setUpKiosk(code);
            List<KioskLearner> own = new ArrayList<>();
            for (int l = 0; l < LEARNERS_PER_KIOSK; l++) {
                own.add(learners.get(l * kiosks + k));
            }
            devices.add(new KioskDevice(browser, own));
        }
        return devices;
    }

    static KioskLearner learner(String details, String pin) {
        String language = first(Pattern.compile("\"preferredLanguage\":\"([a-z]+)\""), details);
        return new KioskLearner(first(Pattern.compile("\"code\":\"([A-Z0-9]+)\""), details), pin,
                first(Pattern.compile("\"name\":\"([^\"]+)\""), details), language == null ? "de" : language);
    }

    /** a kiosk device set up through the setup page with a setup code: its browser holds the device cookie */
    static Browser setUpKiosk(String code) throws Exception {
        Browser browser = new Browser();
        Answer page = browser.get(null, null, "/kiosk/setup.xhtml");
        Answer done = browser.post(null, null, page.path(), formOf(page, "setup-form",
                Map.of("setupCode", code, "set-up", "x")), false);
        if (done.status / 100 != 3) {
            throw new IllegalStateException("kiosk not set up: " + done.status);
        }
        return browser;
    }

    /** certificates for everyone in the last cohorts (a written reason for those who do not meet the rule) */
    static List<CertCohort> prepareCertificates(Campus campus, int count) throws Exception {
        List<CertCohort> result = new ArrayList<>();
        ExecutorService issuing = Executors.newFixedThreadPool(2);
        for (int c = campus.cohorts.size() - count; c < campus.cohorts.size(); c++) {
            long cohort = campus.cohorts.get(c).id();
            List<Future<String>> serials = new ArrayList<>();
            String existing = api(campus.basic, "GET", "/api/cohorts/" + cohort + "/certificates", null);
            Matcher m = Pattern.compile("\\{[^{}]*\"id\":(\\d+)[^{}]*\\}").matcher(api(campus.basic, "GET",
                    "/api/cohorts/" + cohort + "/enrollments", null));
            while (m.find()) {
                long enrollment = Long.parseLong(m.group(1));
                serials.add(issuing.submit(() -> issue(campus, enrollment)));
            }
            List<String> list = new ArrayList<>();
            Matcher old = Pattern.compile("\"serial\":\"(FFIT-[0-9-]+)\"").matcher(existing);
            while (old.find()) {
                list.add(old.group(1));
            }
            for (Future<String> s : serials) {
                String serial = s.get();
                if (serial != null) {
                    list.add(serial);
                }
            }
            if (list.isEmpty()) {
                throw new IllegalStateException("no certificates in cohort " + cohort);
            }
            result.add(new CertCohort(cohort, list));
        }
        issuing.shutdown();
        return result;
    }

    static String issue(Campus campus, long enrollment) throws Exception {
        String path = "/api/enrollments/" + enrollment + "/certificate";
        HttpResponse<String> r = send(campus.basic, "POST", path, "{}");
        if (r.statusCode() == 409) {
            if (r.body().contains("valid certificate") || r.body().contains("already")) {
                return null;
            }
            r = send(campus.basic, "POST", path, "{\"overrideReason\":\"Lastprobe: Kurs abgeschlossen\"}");
        }
        if (r.statusCode() != 201) {
            System.err.println("no certificate for enrollment " + enrollment + ": " + r.statusCode() + " "
                    + r.body());
            return null;
        }
        return first(Pattern.compile("\"serial\":\"(FFIT-[0-9-]+)\""), r.body());
    }

    // ---------------------------------------------------------------- HTTP with cookies, measured

    /** one answer, its body as text (PDFs read as ISO-8859-1, enough to see "%PDF") */
    record Answer(int status, URI uri, String body, HttpResponse<String> response) {
        String path() {
            return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        }

        String location() {
            return response.headers().firstValue("Location").orElse("");
        }
    }

    /** a browser of one user: its own cookies, no automatic redirects (each request is measured by itself) */
    static final class Browser {
        final Map<String, String> cookies = new LinkedHashMap<>();
        /**
         * Each user comes from an address of their own, as in real life (the app trusts X-Forwarded-For from
         * 127.0.0.1: FFIT_TRUSTED_PROXIES in app.sh and the cluster script). Without it all 200 users would be one
         * address to the sign-in brake, which refuses the 31st sign-in in progress from one address.
         */
        final String address;

        Browser() {
            int n = ADDRESSES.getAndIncrement();
            address = "10.77." + (n / 250 % 250) + "." + (n % 250 + 1);
        }

        Answer get(String kind, String step, String path) throws Exception {
            return send(kind, step, HttpRequest.newBuilder(resolve(path)).GET());
        }

        Answer post(String kind, String step, String path, Map<String, String> form, boolean ajax) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(resolve(path))
                    .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(encode(form)));
            if (ajax) {
                request.header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest");
            }
            return send(kind, step, request);
        }

        Answer postForm(String kind, String step, String path, String body) throws Exception {
            return send(kind, step, HttpRequest.newBuilder(resolve(path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        Answer send(String kind, String step, HttpRequest.Builder builder) throws Exception {
            synchronized (cookies) {
                if (!cookies.isEmpty()) {
                    StringBuilder header = new StringBuilder();
                    cookies.forEach((k, v) -> header.append(header.isEmpty() ? "" : "; ").append(k).append('=')
                            .append(v));
                    builder.header("Cookie", header.toString());
                }
            }
            HttpRequest request = builder.timeout(Duration.ofSeconds(30)).header("Accept-Language", "de")
                    .header("X-Forwarded-For", address).build();
            boolean counted = kind != null && REQUESTS.incrementAndGet() > 0;
            long start = System.nanoTime();
            HttpResponse<String> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.ISO_8859_1));
            } catch (java.net.http.HttpTimeoutException e) {
                if (counted && start >= warmUntil) {
                    stats(kind, step).add(System.nanoTime() - start, -1);
                }
                throw failed(kind, step, "timeout (30 s)");
            } catch (IOException e) {
                if (counted && start >= warmUntil) {
                    stats(kind, step).add(System.nanoTime() - start, -2);
                }
                throw failed(kind, step, "I/O: " + e.getClass().getSimpleName());
            }
            long took = System.nanoTime() - start;
            if (counted && start >= warmUntil) {
                stats(kind, step).add(took, response.statusCode());
            }
            for (String set : response.headers().allValues("Set-Cookie")) {
                String pair = set.split(";", 2)[0];
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    String name = pair.substring(0, eq).strip();
                    String value = pair.substring(eq + 1).strip();
                    synchronized (cookies) {
                        if (value.isEmpty() || set.toLowerCase().contains("max-age=0")) {
                            cookies.remove(name);
                        } else {
                            cookies.put(name, value);
                        }
                    }
                }
            }
            // pages are UTF-8: decode again unless it is a PDF
            String body = response.body();
            if (!body.startsWith("%PDF")) {
                body = new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
            }
            return new Answer(response.statusCode(), request.uri(), body, response);
        }

        URI resolve(String path) {
            return path.startsWith("http") ? URI.create(path) : URI.create(base).resolve(path);
        }
    }

    static Map<String, String> formOf(Answer page, String form, Map<String, String> fields) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put(form, form);
        body.putAll(fields);
        String viewState = first(VIEW_STATE, page.body);
        if (viewState == null) {
            throw new Failed("no view state on " + page.path());
        }
        body.put("jakarta.faces.ViewState", viewState);
        return body;
    }

    static String encode(Map<String, String> form) {
        StringBuilder encoded = new StringBuilder();
        form.forEach((k, v) -> encoded.append(encoded.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return encoded.toString();
    }

    static final HttpClient API = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    static HttpResponse<String> send(String basic, String method, String path, String json) throws Exception {
        return API.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", basic)
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String api(String basic, String method, String path, String json) throws Exception {
        HttpResponse<String> response = send(basic, method, path, json);
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + ": " + response.statusCode() + " "
                    + response.body());
        }
        return response.body();
    }

    // ---------------------------------------------------------------- checks and failures

    /** a check that failed: counted once under its step and reason, the user goes on with its next round */
    static final class Failed extends RuntimeException {
        Failed(String message) {
            super(message, null, false, false);
        }
    }

    static Failed failed(String kind, String step, String reason) {
        return failed(kind, step, reason, null);
    }

    static Failed failed(String kind, String step, String reason, String body) {
        if (kind != null && System.nanoTime() >= warmUntil) {
            stats(kind, step).fail(reason);
            if (body != null && FAILURE_SAMPLES.computeIfAbsent(kind + step + reason, k -> new AtomicInteger())
                    .incrementAndGet() <= 2) {
                System.err.printf("%s %s: %s: %s%n", kind, step, reason,
                        body.substring(0, Math.min(600, body.length())).replaceAll("\\s+", " "));
            }
        }
        return new Failed(kind + " " + step + ": " + reason);
    }

    static void expect(Answer answer, int status, String kind, String step, String text) {
        if (answer.status != status) {
            throw failed(kind, step, "status " + answer.status, answer.body);
        }
        if (!answer.body.contains(text)) {
            throw failed(kind, step, "unexpected page " + answer.uri.getPath(), answer.body);
        }
    }

    // ---------------------------------------------------------------- figures

    /** latencies, start times and answers of one step; failed checks by reason */
    static final class Stats {
        final String kind;
        long[] nanos = new long[1024];
        long[] starts = new long[1024];
        int n;
        final Map<String, Integer> statuses = new TreeMap<>();
        final Map<String, Integer> failures = new TreeMap<>();

        Stats(String kind) {
            this.kind = kind;
        }

        synchronized void add(long took, int status) {
            if (n == nanos.length) {
                nanos = Arrays.copyOf(nanos, n * 2);
                starts = Arrays.copyOf(starts, n * 2);
            }
            starts[n] = System.nanoTime() - took;
            nanos[n++] = took;
            statuses.merge(status == -1 ? "timeout" : status == -2 ? "I/O" : Integer.toString(status), 1,
                    Integer::sum);
        }

        synchronized void fail(String reason) {
            failures.merge(reason, 1, Integer::sum);
        }

        synchronized long[] sorted() {
            long[] copy = Arrays.copyOf(nanos, n);
            Arrays.sort(copy);
            return copy;
        }

        /** answers that were not what the step expects, plus failed checks on good answers */
        synchronized int errors() {
            return failures.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    static Stats stats(String kind, String step) {
        return STATS.computeIfAbsent(kind + "\t" + step, k -> new Stats(kind));
    }

    static void report(int seconds, int warmup, int users) {
        System.out.printf("%n%-48s %8s %7s %8s %8s %8s %8s  %s%n", "kind / step (measured " + seconds + " s)",
                "requests", "per s", "p50 ms", "p95 ms", "p99 ms", "max ms", "errors, answers");
        Map<String, List<long[]>> byKind = new TreeMap<>();
        Map<String, Integer> errorsByKind = new TreeMap<>();
        Map<String, Map<String, Integer>> statusesByKind = new TreeMap<>();
        List<String> keys = new ArrayList<>(STATS.keySet());
        Collections.sort(keys);
        for (String key : keys) {
            Stats s = STATS.get(key);
            long[] sorted = s.sorted();
            boolean job = key.contains("~");
            System.out.printf("%-48s %8d %7.1f %8s %8s %8s %8s  %s%n", key.replace('\t', ' '), sorted.length,
                    sorted.length / (double) seconds, ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99),
                    ms(sorted, 1.0), describe(s));
            if (!job) {
                byKind.computeIfAbsent(s.kind, k -> new ArrayList<>()).add(sorted);
                byKind.computeIfAbsent("ALL", k -> new ArrayList<>()).add(sorted);
            }
            for (String k : List.of(s.kind, "ALL")) {
                errorsByKind.merge(k, s.errors(), Integer::sum);
                if (!job) {
                    synchronized (s) {
                        s.statuses.forEach((status, count) -> statusesByKind.computeIfAbsent(k, x -> new TreeMap<>())
                                .merge(status, count, Integer::sum));
                    }
                }
            }
        }
        System.out.println();
        for (Map.Entry<String, List<long[]>> e : byKind.entrySet()) {
            long[] all = e.getValue().stream().flatMapToLong(Arrays::stream).sorted().toArray();
            int errors = errorsByKind.getOrDefault(e.getKey(), 0);
            System.out.printf("%-12s %8d requests %7.1f/s  p50 %s ms  p95 %s ms  p99 %s ms  max %s ms  errors %d"
                            + " (%.2f %%)  answers %s%n", e.getKey(), all.length, all.length / (double) seconds,
                    ms(all, 0.50), ms(all, 0.95), ms(all, 0.99), ms(all, 1.0), errors,
                    all.length == 0 ? 0 : 100.0 * errors / all.length, statusesByKind.get(e.getKey()));
        }
    }

    static String describe(Stats s) {
        synchronized (s) {
            return (s.failures.isEmpty() ? "0" : s.failures.toString()) + " " + s.statuses;
        }
    }

    /** every minute of the measured time: requests, throughput, p95 over all steps */
    static void timeline(int seconds) {
        int minutes = Math.max(1, (seconds + 59) / 60);
        List<List<Long>> perMinute = new ArrayList<>();
        for (int i = 0; i < minutes; i++) {
            perMinute.add(new ArrayList<>());
        }
        for (Map.Entry<String, Stats> e : STATS.entrySet()) {
            if (e.getKey().contains("~")) {
                continue;
            }
            Stats s = e.getValue();
            synchronized (s) {
                for (int i = 0; i < s.n; i++) {
                    int minute = (int) ((s.starts[i] - warmUntil) / 60_000_000_000L);
                    if (minute >= 0 && minute < minutes) {
                        perMinute.get(minute).add(s.nanos[i]);
                    }
                }
            }
        }
        StringBuilder line = new StringBuilder("by minute (requests/s, p95 ms):");
        for (int i = 0; i < minutes; i++) {
            long[] sorted = perMinute.get(i).stream().mapToLong(Long::longValue).sorted().toArray();
            int length = Math.min(60, seconds - i * 60);
            line.append(String.format(" %d:%.0f/%s", i + 1, sorted.length / (double) length, ms(sorted, 0.95)));
        }
        System.out.println(line);
    }

    static String ms(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return "-";
        }
        int index = Math.max(0, (int) Math.ceil(quantile * sorted.length) - 1);
        double value = sorted[index] / 1e6;
        return value >= 100 ? String.format("%.0f", value) : String.format("%.1f", value);
    }

    // ---------------------------------------------------------------- the app's heap and GC

    /** jstat -gc every 10 s for each pid, written with the wall-clock time; and the live heap by a full GC */
    static final class Sampler {
        final List<Long> pids;
        final Path out;
        final List<Process> processes = new ArrayList<>();
        final Map<Long, List<double[]>> samples = new ConcurrentHashMap<>();
        /** resident memory in kB (VmRSS from /proc), read beside each jstat sample */
        final Map<Long, List<Long>> resident = new ConcurrentHashMap<>();

        Sampler(List<Long> pids, Path out) {
            this.pids = pids;
            this.out = out;
        }

        void start() throws IOException {
            for (long pid : pids) {
                Process p = new ProcessBuilder("jstat", "-gc", Long.toString(pid), "10000").redirectErrorStream(true)
                        .start();
                processes.add(p);
                List<double[]> list = Collections.synchronizedList(new ArrayList<>());
                samples.put(pid, list);
                Path file = out.resolve("jstat-" + pid + ".txt");
                Thread reader = new Thread(() -> {
                    try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream()));
                         PrintWriter w = new PrintWriter(Files.newBufferedWriter(file))) {
                        String header = null;
                        for (String line; (line = in.readLine()) != null; ) {
                            long now = System.currentTimeMillis();
                            w.println(now + " " + line);
                            w.flush();
                            if (line.strip().startsWith("S0C")) {
                                header = line;
                                continue;
                            }
                            double[] v = parseJstat(header, line);
                            long rss = resident(pid, "VmRSS:");
                            if (rss >= 0) {
                                resident.computeIfAbsent(pid, k -> Collections.synchronizedList(new ArrayList<>()))
                                        .add(rss);
                            }
                            if (v != null) {
                                double[] row = Arrays.copyOf(v, v.length + 1);
                                row[v.length] = now;
                                list.add(row);
                            }
                        }
                    } catch (IOException e) {
                        System.err.println("jstat " + pid + ": " + e);
                    }
                });
                reader.setDaemon(true);
                reader.start();
            }
        }

        void stop() {
            processes.forEach(Process::destroy);
        }

        /** a line of /proc/PID/status in kB (VmRSS: resident now, VmHWM: the most resident so far), -1 if unreadable */
        static long resident(long pid, String field) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                    if (line.startsWith(field)) {
                        return Long.parseLong(line.substring(field.length()).replace("kB", "").strip());
                    }
                }
            } catch (IOException | RuntimeException e) {
                // the app has gone, or this is not Linux
            }
            return -1;
        }

        /** per pid: used heap in MB just after a full GC (jcmd GC.run) */
        Map<Long, Long> liveHeap() throws Exception {
            Map<Long, Long> live = new HashMap<>();
            for (long pid : pids) {
                Process gc = new ProcessBuilder("jcmd", Long.toString(pid), "GC.run").redirectErrorStream(true)
                        .start();
                gc.getInputStream().readAllBytes();
                gc.waitFor(60, TimeUnit.SECONDS);
                Process stat = new ProcessBuilder("jstat", "-gc", Long.toString(pid)).redirectErrorStream(true)
                        .start();
                String[] lines = new String(stat.getInputStream().readAllBytes()).strip().split("\n");
                stat.waitFor();
                double[] v = lines.length == 2 ? parseJstat(lines[0], lines[1]) : null;
                if (v != null) {
                    live.put(pid, Math.round(used(v) / 1024));
                }
            }
            return live;
        }

        /**
         * What fills the live heap (jcmd GC.class_histogram, after a full GC): when measuring starts and at the end,
         * all of it in OUT_DIR as histogram-PID-WHEN.txt; the largest classes at the end and those that grew most
         * in between are reported.
         */
        void histograms(String when) throws Exception {
            for (long pid : pids) {
                Process p = new ProcessBuilder("jcmd", Long.toString(pid), "GC.class_histogram")
                        .redirectErrorStream(true).start();
                String histogram = new String(p.getInputStream().readAllBytes());
                p.waitFor(120, TimeUnit.SECONDS);
                Files.writeString(out.resolve("histogram-" + pid + "-" + when + ".txt"), histogram);
                List<String> lines = histogram.lines().filter(l -> l.matches("\\s*\\d+:.*")).toList();
                Map<String, long[]> byClass = new HashMap<>();
                for (String line : lines) {
                    // rank: instances bytes class [module]
                    String[] f = line.strip().split("\\s+");
                    if (f.length >= 4) {
                        byClass.put(f[3], new long[] {Long.parseLong(f[1]), Long.parseLong(f[2])});
                    }
                }
                classes.put(pid + "-" + when, byClass);
                if (when.equals("end")) {
                    this.top.put(pid, lines.stream().limit(15).toList());
                }
            }
        }

        final Map<Long, List<String>> top = new ConcurrentHashMap<>();
        final Map<String, Map<String, long[]>> classes = new ConcurrentHashMap<>();

        /** the classes whose live instances grew most in bytes from the start of measuring to its end */
        List<String> growth(long pid, int limit) {
            Map<String, long[]> start = classes.getOrDefault(pid + "-start", Map.of());
            Map<String, long[]> end = classes.getOrDefault(pid + "-end", Map.of());
            if (start.isEmpty() || end.isEmpty()) {
                return List.of();
            }
            return end.entrySet().stream()
                    .map(e -> {
                        long[] before = start.getOrDefault(e.getKey(), new long[2]);
                        return Map.entry(e.getKey(), new long[] {e.getValue()[0] - before[0],
                                e.getValue()[1] - before[1]});
                    })
                    .sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]))
                    .limit(limit)
                    .map(e -> String.format("%+,12d bytes %+,10d instances  %s", e.getValue()[1], e.getValue()[0],
                            e.getKey()))
                    .toList();
        }

        void report(Map<Long, Long> liveAtStart, Map<Long, Long> liveAtEnd) {
            for (long pid : pids) {
                List<double[]> list;
                synchronized (samples.get(pid)) {
                    list = new ArrayList<>(samples.get(pid));
                }
                if (list.size() < 2) {
                    System.out.printf("app %d: fewer than two jstat samples%n", pid);
                    continue;
                }
                double[] first = list.get(0);
                double[] last = list.get(list.size() - 1);
                double maxUsed = list.stream().mapToDouble(Sampler::used).max().orElse(0);
                double maxOld = list.stream().mapToDouble(v -> v[7]).max().orElse(0);
                System.out.printf("app %d (jstat -gc every 10 s, %d samples over the whole run incl. warm-up): heap"
                                + " used %.0f MB at first, %.0f MB at last, at most %.0f MB of %.0f MB committed; old"
                                + " gen at most %.0f MB; young GCs %.0f (%.2f s), full GCs %.0f (%.2f s), concurrent"
                                + " %.0f (%.2f s), GC time in all %.2f s%n", pid, list.size(), used(first) / 1024,
                        used(last) / 1024, maxUsed / 1024, committed(last) / 1024, maxOld / 1024,
                        last[12] - first[12], last[13] - first[13], last[14] - first[14], last[15] - first[15],
                        last[16] - first[16], last[17] - first[17], last[18] - first[18]);
                List<Long> rss = resident.getOrDefault(pid, List.of());
                synchronized (rss) {
                    if (!rss.isEmpty()) {
                        System.out.printf("app %d: resident memory (VmRSS, beside each jstat sample) %d MB at first, %d MB"
                                        + " at last, at most %d MB; the most ever resident (VmHWM) %d MB%n", pid,
                                rss.get(0) / 1024, rss.get(rss.size() - 1) / 1024,
                                rss.stream().mapToLong(Long::longValue).max().orElse(0) / 1024,
                                resident(pid, "VmHWM:") / 1024);
                    }
                }
                System.out.printf("app %d: heap used just after a full GC (jcmd GC.run, then jstat: includes what the"
                        + " users allocated in between; the GC log's line is exact): %s MB when measuring started, %s MB"
                        + " at the end%n", pid, liveAtStart.getOrDefault(pid, -1L),
                        liveAtEnd.getOrDefault(pid, -1L));
                if (top.containsKey(pid)) {
                    System.out.printf("app %d: largest classes at the end (jcmd GC.class_histogram: rank, instances,"
                            + " bytes, class):%n", pid);
                    top.get(pid).forEach(l -> System.out.println("  " + l.strip()));
                }
                List<String> grew = growth(pid, 12);
                if (!grew.isEmpty()) {
                    System.out.printf("app %d: grew most while measuring (live, start against end):%n", pid);
                    grew.forEach(l -> System.out.println("  " + l));
                }
            }
        }

        static double used(double[] v) {
            return v[2] + v[3] + v[5] + v[7];
        }

        static double committed(double[] v) {
            return v[0] + v[1] + v[4] + v[6];
        }
    }

    /** S0C S1C S0U S1U EC EU OC OU MC MU CCSC CCSU YGC YGCT FGC FGCT CGC CGCT GCT, as numbers (KB, counts, s) */
    static double[] parseJstat(String header, String line) {
        if (header == null || line.isBlank()) {
            return null;
        }
        String[] names = header.strip().split("\\s+");
        String[] values = line.strip().split("\\s+");
        if (names.length != values.length) {
            return null;
        }
        String[] wanted = {"S0C", "S1C", "S0U", "S1U", "EC", "EU", "OC", "OU", "MC", "MU", "CCSC", "CCSU", "YGC",
                "YGCT", "FGC", "FGCT", "CGC", "CGCT", "GCT"};
        double[] v = new double[wanted.length];
        List<String> list = Arrays.asList(names);
        for (int i = 0; i < wanted.length; i++) {
            int at = list.indexOf(wanted[i]);
            try {
                v[i] = at < 0 || values[at].equals("-") ? 0 : Double.parseDouble(values[at]);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return v;
    }

    static final Pattern GC_PAUSE = Pattern.compile("\\[(\\d+)ms\\].*GC\\((\\d+)\\) Pause (\\S+)(.*?) "
            + "(\\d+)M->(\\d+)M\\((\\d+)M\\) ([\\d.]+)ms");

    /**
     * The pauses in the measured time from a GC log with the timemillis decorator, the heap after each young or full
     * GC by minute (lowest of the minute: what survives), and the first minutes against the last: GROWING when the
     * last are more than 10 % and 16 MB above the first. Also every full GC's heap after, our own (jcmd GC.run at the
     * start and the end: the live heap) and the JVM's (the heap ran full).
     */
    static void gcLog(Path log, long from, long to) throws IOException {
        if (!Files.exists(log)) {
            System.out.println("GC log " + log + ": missing");
            return;
        }
        int pauses = 0;
        int young = 0;
        int full = 0;
        double pauseMs = 0;
        double maxPause = 0;
        int minutes = (int) Math.max(1, (to - from + 59_999) / 60_000);
        long[] lowest = new long[minutes];
        long[] highest = new long[minutes];
        Arrays.fill(lowest, Long.MAX_VALUE);
        StringBuilder fulls = new StringBuilder();
        for (String line : Files.readAllLines(log)) {
            Matcher m = GC_PAUSE.matcher(line);
            if (!m.find()) {
                continue;
            }
            long at = Long.parseLong(m.group(1));
            if (m.group(3).equals("Full") && at >= from - 30_000 && at <= to + 60_000) {
                fulls.append(String.format(" %+.0fs:%s->%sM%s", (at - from) / 1000.0, m.group(5), m.group(6),
                        m.group(4).contains("Diagnostic") ? "(ours)" : ""));
            }
            if (at < from || at > to) {
                continue;
            }
            if (m.group(4).contains("System.gc()")) {
                continue; // our own full GCs at the start and the end
            }
            pauses++;
            double ms = Double.parseDouble(m.group(8));
            pauseMs += ms;
            maxPause = Math.max(maxPause, ms);
            String kind = m.group(3);
            if (kind.equals("Young") || kind.equals("Full")) {
                if (kind.equals("Young")) {
                    young++;
                } else {
                    full++;
                }
                int minute = (int) Math.min(minutes - 1, (at - from) / 60_000);
                long after = Long.parseLong(m.group(6));
                lowest[minute] = Math.min(lowest[minute], after);
                highest[minute] = Math.max(highest[minute], after);
            }
        }
        double span = (to - from) / 1000.0;
        System.out.printf("GC log %s, measured %.0f s: %d pauses (%d young, %d full, %d remark/cleanup), %.0f ms in"
                        + " all (%.2f %% of the time), longest %.1f ms%n", log.getFileName(), span, pauses, young, full,
                pauses - young - full, pauseMs, pauseMs / 10 / span, maxPause);
        StringBuilder series = new StringBuilder("heap after GC by minute, lowest/highest MB:");
        for (int i = 0; i < minutes; i++) {
            series.append(' ').append(i + 1).append(':').append(lowest[i] == Long.MAX_VALUE ? "-"
                    : lowest[i] + "/" + highest[i]);
        }
        System.out.println(series);
        System.out.println("full GCs (seconds from the start of measuring: heap before->after):"
                + (fulls.isEmpty() ? " none" : fulls));
        int window = Math.max(1, Math.min(5, minutes / 3));
        double first = median(Arrays.copyOfRange(lowest, 0, window));
        double last = median(Arrays.copyOfRange(lowest, minutes - window, minutes));
        if (Double.isNaN(first) || Double.isNaN(last)) {
            System.out.println("heap after GC: too few GCs for a verdict");
            return;
        }
        boolean growing = last > first * 1.1 && last - first > 16;
        System.out.printf("heap after GC, first %d min against last %d min (median of each minute's lowest): %.0f MB"
                + " -> %.0f MB: %s%n", window, window, first, last, growing ? "GROWING" : "FLAT");
    }

    static double median(long[] values) {
        long[] known = Arrays.stream(values).filter(v -> v != Long.MAX_VALUE).sorted().toArray();
        if (known.length == 0) {
            return Double.NaN;
        }
        return known.length % 2 == 1 ? known[known.length / 2]
                : (known[known.length / 2 - 1] + known[known.length / 2]) / 2.0;
    }

    // ---------------------------------------------------------------- small helpers

    static String first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    static String lastMatch(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        return last;
    }

    static List<String> distinct(Pattern pattern, String text) {
        List<String> list = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (list.isEmpty() || !list.get(list.size() - 1).equals(m.group(1))) {
                list.add(m.group(1));
            }
        }
        return list;
    }

    static List<Long> longs(String csv) {
        List<Long> list = new ArrayList<>();
        for (String s : csv.split(",")) {
            if (!s.isBlank()) {
                list.add(Long.parseLong(s.strip()));
            }
        }
        return list;
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    static void sleepUntil(long nanoTime) throws InterruptedException {
        long wait = (nanoTime - System.nanoTime()) / 1_000_000;
        if (wait > 0) {
            Thread.sleep(wait);
        }
    }
}
