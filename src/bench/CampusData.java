import java.io.IOException;
import java.net.URI;
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
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a running app with a realistic organisation through its own API on loopback, the same way trainers and
 * coordinators would: one organisation with a coordinator, a location and a course of 6 modules x 5 exercises (12
 * mandatory), and COHORTS cohorts, each with its own trainer, started 16 weeks ago (Monday and Wednesday), with on
 * average LEARNERS learners (cohort sizes vary from LEARNERS-10 to LEARNERS+10, the total is exact; BENCH_SPREAD=0
 * in the environment makes them all LEARNERS, another number changes the 10), attendance
 * taken in the first HELD lessons for every learner (mostly present, some late, excused or absent; a few learners
 * miss a lot), and IN_CLASS exercises done in class, exercise n in held lesson n: ticked off for everyone present
 * or late in one request, as trainers do; of those who missed that lesson, one in three reports it as done at home,
 * and a trainer confirms the report, rejects it, or has not yet looked.
 *
 * Reused by the benchmarks: writes OUT_FILE as a properties file with the coordinator's credentials, the trainers'
 * credentials and every cohort's id, size and trainer.
 *
 * Usage: java src/bench/CampusData.java BASE_URL ADMIN_PASSWORD COHORTS LEARNERS HELD IN_CLASS OUT_FILE
 * e.g.   java src/bench/CampusData.java http://127.0.0.1:18181 bench-admin-1234 100 25 30 30 target/campus-data.properties
 * gives  100 cohorts, 2,500 learners, 75,000 attendance records, about 60,000 completions.
 */
public class CampusData {

    static final String PASSWORD = "Bench-Passwort-1";
    static final String[] MARKS = {"PRESENT", "PRESENT", "PRESENT", "PRESENT", "PRESENT", "PRESENT", "PRESENT",
            "LATE", "LATE", "EXCUSED", "ABSENT"};
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final AtomicLong REQUESTS = new AtomicLong();
    static final AtomicLong RECORDS = new AtomicLong();
    static final AtomicLong CONFIRMED = new AtomicLong();
    static final AtomicLong PENDING = new AtomicLong();
    static final AtomicLong REJECTED = new AtomicLong();
    static String base;

    public static void main(String[] args) throws Exception {
        if (args.length != 7) {
            System.err.println("usage: java src/bench/CampusData.java BASE_URL ADMIN_PASSWORD COHORTS LEARNERS HELD"
                    + " IN_CLASS OUT_FILE");
            System.exit(2);
        }
        base = args[0];
        if (!URI.create(base).getHost().equals("127.0.0.1")) {
            throw new IllegalArgumentException("benchmarks only talk to 127.0.0.1");
        }
        String admin = auth("admin", args[1]);
        int cohorts = Integer.parseInt(args[2]);
        int learners = Integer.parseInt(args[3]);
        int held = Integer.parseInt(args[4]);
        int inClass = Integer.parseInt(args[5]);
        Path out = Path.of(args[6]);
        long started = System.nanoTime();
        String run = Long.toString(System.currentTimeMillis(), 36);

        long org = id(call(admin, "POST", "/api/organisations",
                "{\"name\":\"Bench " + run + "\",\"integreatRegion\":\"augsburg\"}"));
        String coordinatorName = "bc-" + run;
        account(admin, org, coordinatorName, "COORDINATOR");
        String coordinator = auth(coordinatorName, PASSWORD);
        long location = id(call(coordinator, "POST", "/api/locations",
                "{\"name\":\"Raum 1\",\"kind\":\"CLASSROOM\"}"));
        long course = id(call(coordinator, "POST", "/api/courses", "{\"title\":\"ffIT Basis (Bench)\"}"));
        List<Long> exercises = new ArrayList<>();
        for (int m = 0; m < 6; m++) {
            long module = id(call(coordinator, "POST", "/api/courses/" + course + "/modules",
                    "{\"title\":\"Modul " + (m + 1) + "\"}"));
            for (int e = 0; e < 5; e++) {
                exercises.add(id(call(coordinator, "POST", "/api/modules/" + module + "/exercises",
                        "{\"title\":\"Übung " + (m + 1) + "." + (e + 1) + "\",\"mandatory\":" + (e < 2)
                                + ",\"competences\":[\"" + (m % 5 + 1) + "." + (e % 3 + 1) + "\"]}")));
            }
        }
        LocalDate monday = LocalDate.now().minusWeeks(16).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));

        // BENCH_SPREAD: how far cohort sizes go from the average (10; 0 gives every cohort LEARNERS learners)
        int maxSpread = Integer.parseInt(System.getenv().getOrDefault("BENCH_SPREAD", "10"));
        ExecutorService pool = Executors.newFixedThreadPool(12);
        List<Future<String>> lines = new ArrayList<>();
        for (int c = 0; c < cohorts; c++) {
            int number = c;
            // sizes in pairs around the average, so the total is exactly cohorts x learners (for an even count)
            int spread = (c / 2) % (maxSpread + 1);
            int size = Math.max(1, learners + (c % 2 == 0 ? spread : -spread));
            lines.add(pool.submit(() -> cohort(admin, coordinator, org, run, number, size, course, location, monday,
                    held, inClass, exercises)));
        }
        List<String> properties = new ArrayList<>();
        properties.add("coordinator=" + coordinatorName);
        properties.add("password=" + PASSWORD);
        properties.add("course=" + course);
        List<String> ids = new ArrayList<>();
        long totalLearners = 0;
        for (Future<String> line : lines) {
            String value;
            try {
                value = line.get();
            } catch (java.util.concurrent.ExecutionException e) {
                pool.shutdownNow();
                System.err.println("bench data failed: " + e.getCause().getMessage());
                System.exit(1);
                return;
            }
            properties.add(value);
            String[] parts = value.split("[=,]");
            ids.add(parts[1]);
            totalLearners += Integer.parseInt(parts[2]);
        }
        pool.shutdown();
        properties.add("cohorts=" + String.join(",", ids));
        Files.write(out, properties);
        System.out.printf("bench data: %d cohorts, %d learners, %d attendance records, %d completions (%d confirmed,"
                + " %d pending, %d rejected) in %d requests, %.0f s -> %s%n", cohorts, totalLearners, RECORDS.get(),
                CONFIRMED.get() + PENDING.get() + REJECTED.get(), CONFIRMED.get(), PENDING.get(), REJECTED.get(),
                REQUESTS.get(), (System.nanoTime() - started) / 1e9, out);
    }

    /** One cohort: its trainer, learners, attendance and completions. Returns "cohort.N=id,size,trainer". */
    static String cohort(String admin, String coordinator, long org, String run, int number, int size, long course,
            long location, LocalDate monday, int held, int exercisesDone, List<Long> exercises) throws Exception {
        String trainerName = "bt" + number + "-" + run;
        long trainerId = account(admin, org, trainerName, "TRAINER");
        String trainer = auth(trainerName, PASSWORD);
        long cohort = id(call(coordinator, "POST", "/api/cohorts", "{\"name\":\"Kurs " + (number + 1)
                + "\",\"courseId\":" + course + ",\"locationId\":" + location + ",\"trainerIds\":[" + trainerId
                + "],\"schedule\":{\"from\":\"" + monday + "\",\"to\":\"" + monday.plusWeeks(20).minusDays(1)
                + "\",\"days\":[\"MONDAY\",\"WEDNESDAY\"],\"start\":\"09:30:00\",\"end\":\"12:00:00\"}}"));
        List<Long> enrollments = new ArrayList<>();
        for (int l = 0; l < size; l++) {
            long learner = id(call(coordinator, "POST", "/api/learners", "{\"name\":\"Lernende " + (number + 1)
                    + "-" + (l + 1) + "\",\"nameOriginal\":\"أمينة " + (l + 1) + "\",\"preferredLanguage\":\""
                    + (l % 3 == 0 ? "ar" : l % 3 == 1 ? "fa" : "uk") + "\"}"));
            enrollments.add(id(call(coordinator, "POST", "/api/cohorts/" + cohort + "/enrollments",
                    "{\"learnerId\":" + learner + "}")));
        }
        List<Long> lessons = ids(call(trainer, "GET", "/api/cohorts/" + cohort + "/lessons", null));
        if (lessons.size() < held) {
            throw new IllegalStateException("cohort " + cohort + " has " + lessons.size() + " lessons, " + held
                    + " to hold");
        }
        String[][] marks = new String[held][enrollments.size()];
        for (int h = 0; h < held; h++) {
            String path = "/api/lessons/" + lessons.get(h) + "/attendance";
            HttpResponse<String> sheet = send(trainer, "GET", path, null, null);
            String etag = sheet.headers().firstValue("ETag").orElseThrow();
            StringBuilder body = new StringBuilder("{\"records\":[");
            for (int l = 0; l < enrollments.size(); l++) {
                // every seventh learner misses one lesson in three; the others follow the usual mix
                String mark = l % 7 == 3 && h % 3 == 0 ? "ABSENT" : MARKS[(l * 7 + h * 3 + number) % MARKS.length];
                marks[h][l] = mark;
                body.append(l == 0 ? "" : ",").append("{\"enrollmentId\":").append(enrollments.get(l))
                        .append(",\"status\":\"").append(mark).append("\"}");
            }
            send(trainer, "PUT", path, body.append("]}").toString(), etag);
            RECORDS.addAndGet(enrollments.size());
        }
        // exercise e is done in class in held lesson e: everyone present or late gets it ticked (one request);
        // some who missed that lesson report it as done at home: a trainer confirms it, rejects it, or not yet
        int inClass = Math.min(Math.min(exercisesDone, exercises.size()), Math.min(held, lessons.size()));
        for (int e = 0; e < inClass; e++) {
            String ticked = call(trainer, "POST", "/api/cohorts/" + cohort + "/exercises/" + exercises.get(e)
                    + "/present", "{\"lessonId\":" + lessons.get(e) + "}");
            CONFIRMED.addAndGet(Long.parseLong(ticked.replaceAll("\\D", "")));
            for (int l = 0; l < enrollments.size(); l++) {
                if (!attended(marks[e][l]) && (l + e) % 3 == 0) {
                    String path = "/api/enrollments/" + enrollments.get(l) + "/exercises/" + exercises.get(e);
                    call(coordinator, "POST", path + "/report", null);
                    if ((l + e) % 2 == 0) {
                        call(trainer, "POST", path + "/confirm", null);
                        CONFIRMED.incrementAndGet();
                    } else if ((l + e) % 5 == 1) {
                        call(trainer, "POST", path + "/reject", null);
                        REJECTED.incrementAndGet();
                    } else {
                        PENDING.incrementAndGet();
                    }
                }
            }
        }
        return "cohort." + (number + 1) + "=" + cohort + "," + size + "," + trainerName;
    }

    static boolean attended(String mark) {
        return mark.equals("PRESENT") || mark.equals("LATE");
    }

    static long account(String admin, long org, String username, String role) throws Exception {
        return id(call(admin, "POST", "/api/accounts", "{\"organisationId\":" + org + ",\"username\":\"" + username
                + "\",\"displayName\":\"" + username + "\",\"role\":\"" + role + "\",\"password\":\"" + PASSWORD
                + "\"}"));
    }

    static String auth(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static String call(String auth, String method, String path, String json) throws IOException, InterruptedException {
        return send(auth, method, path, json, null).body();
    }

    static HttpResponse<String> send(String auth, String method, String path, String json, String ifMatch)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", auth)
                .timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        REQUESTS.incrementAndGet();
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " -> " + response.statusCode() + " "
                    + response.body());
        }
        return response;
    }

    static long id(String json) {
        Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no id in " + json);
        }
        return Long.parseLong(m.group(1));
    }

    /** every "id" of a JSON array of flat objects, in order */
    static List<Long> ids(String json) {
        List<Long> ids = new ArrayList<>();
        Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(json);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }
}
