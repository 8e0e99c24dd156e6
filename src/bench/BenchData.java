import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sets up benchmark data through the app's own API (loopback only): one organisation, a coordinator, and for
 * each trainer a cohort that started two weeks ago with its learners enrolled. Writes "user,password,lessonId"
 * per trainer (the cohort's first lesson, in the past) to the output file.
 *
 * Usage: java src/bench/BenchData.java BASE_URL ADMIN_PASSWORD TRAINERS LEARNERS OUT_FILE [COHORTS_PER_TRAINER]
 * (default 1; each cohort has two lessons a week, so a trainer with two cohorts has about ten lessons open for
 * attendance)
 */
public class BenchData {

    static final String PASSWORD = "Bench-Passwort-1";
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static String base;

    public static void main(String[] args) throws Exception {
        base = args[0];
        String admin = auth("admin", args[1]);
        int trainers = Integer.parseInt(args[2]);
        int learners = Integer.parseInt(args[3]);
        Path out = Path.of(args[4]);
        int cohorts = args.length > 5 ? Integer.parseInt(args[5]) : 1;
        String run = Long.toString(System.currentTimeMillis(), 36);
        long org = id(call(admin, "POST", "/api/organisations",
                "{\"name\":\"Bench " + run + "\",\"integreatRegion\":\"augsburg\"}"));
        String coordinatorName = "bc-" + run;
        account(admin, org, coordinatorName, "COORDINATOR");
        String coordinator = auth(coordinatorName, PASSWORD);
        long location = id(call(coordinator, "POST", "/api/locations", "{\"name\":\"Raum\",\"kind\":\"CLASSROOM\"}"));
        long course = id(call(coordinator, "POST", "/api/courses", "{\"title\":\"ffIT Basis\"}"));
        LocalDate monday = LocalDate.now().minusWeeks(2).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<String> lines = new ArrayList<>();
        for (int t = 0; t < trainers; t++) {
            String trainerName = "bt" + t + "-" + run;
            long trainer = account(admin, org, trainerName, "TRAINER");
            long lesson = 0;
            for (int c = 0; c < cohorts; c++) {
                long cohort = id(call(coordinator, "POST", "/api/cohorts", "{\"name\":\"Kurs " + t + "-" + c
                        + "\",\"courseId\":" + course + ",\"locationId\":" + location + ",\"trainerIds\":["
                        + trainer + "],\"schedule\":{\"from\":\"" + monday + "\",\"to\":\""
                        + monday.plusWeeks(8).minusDays(1) + "\",\"days\":[\"MONDAY\",\"WEDNESDAY\"],"
                        + "\"start\":\"09:30:00\",\"end\":\"12:00:00\"}}"));
                for (int l = 0; l < learners; l++) {
                    long learner = id(call(coordinator, "POST", "/api/learners", "{\"name\":\"Lernende " + t + "-"
                            + c + "-" + l + "\",\"nameOriginal\":\"أمينة " + l + "\",\"preferredLanguage\":\"ar\"}"));
                    call(coordinator, "POST", "/api/cohorts/" + cohort + "/enrollments", "{\"learnerId\":" + learner
                            + "}");
                }
                if (c == 0) {
                    lesson = id(call(coordinator, "GET", "/api/cohorts/" + cohort + "/lessons", null));
                }
            }
            lines.add(trainerName + "," + PASSWORD + "," + lesson);
        }
        Files.write(out, lines);
        System.out.println("bench data: " + trainers + " trainers, " + learners + " learners each -> " + out);
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
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", auth)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " -> " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    static long id(String json) {
        Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no id in " + json);
        }
        return Long.parseLong(m.group(1));
    }
}
