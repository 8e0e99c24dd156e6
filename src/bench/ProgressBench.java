import java.net.CookieManager;
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
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads cohort progress the two ways a coordinator does, one request at a time on loopback, over the cohorts of a
 * file written by CampusData.java:
 *   page - the cohort dashboard /cohorts/progress.xhtml?id=N after signing in through the form
 *   api  - GET /api/cohorts/N/progress with HTTP Basic
 * Each request is checked (200, one row per enrolled learner). Prints latency percentiles of the measured requests
 * after WARMUP unmeasured ones, cycling through all cohorts. With a MariaDB client on the path it also counts the
 * SQL statements per request (the server's Com_select and Questions before and after 20 requests of one cohort),
 * for the smallest and the largest cohort, to show the count does not grow with the number of learners.
 *
 * Usage: java src/bench/ProgressBench.java BASE_URL DATA_FILE WARMUP REQUESTS
 */
public class ProgressBench {

    static final HttpClient API = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final HttpClient BROWSER = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(5)).build();
    static String base;
    static String basic;

    record Cohort(long id, int size) {
    }

    public static void main(String[] args) throws Exception {
        base = args[0];
        if (!URI.create(base).getHost().equals("127.0.0.1")) {
            throw new IllegalArgumentException("benchmarks only talk to 127.0.0.1");
        }
        Properties data = new Properties();
        try (var in = Files.newBufferedReader(Path.of(args[1]))) {
            data.load(in);
        }
        int warmup = Integer.parseInt(args[2]);
        int requests = Integer.parseInt(args[3]);
        String user = data.getProperty("coordinator");
        String password = data.getProperty("password");
        basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        List<Cohort> cohorts = new ArrayList<>();
        for (String name : data.stringPropertyNames()) {
            if (name.startsWith("cohort.")) {
                String[] v = data.getProperty(name).split(",");
                cohorts.add(new Cohort(Long.parseLong(v[0]), Integer.parseInt(v[1])));
            }
        }
        cohorts.sort(Comparator.comparingLong(Cohort::id));
        signIn(user, password);

        System.out.printf("%d cohorts of %d to %d learners; %d warm-up and %d measured requests each, one at a time%n",
                cohorts.size(), cohorts.stream().mapToInt(Cohort::size).min().orElse(0),
                cohorts.stream().mapToInt(Cohort::size).max().orElse(0), warmup, requests);
        for (String kind : List.of("page", "api")) {
            long[] nanos = new long[requests];
            for (int i = 0; i < warmup + requests; i++) {
                Cohort cohort = cohorts.get(i % cohorts.size());
                long start = System.nanoTime();
                read(kind, cohort);
                if (i >= warmup) {
                    nanos[i - warmup] = System.nanoTime() - start;
                }
            }
            Arrays.sort(nanos);
            System.out.printf("%-4s %s: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", kind,
                    kind.equals("page") ? "/cohorts/progress.xhtml?id=N" : "GET /api/cohorts/N/progress",
                    ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99), nanos[nanos.length - 1] / 1e6);
        }
        Cohort smallest = cohorts.stream().min(Comparator.comparingInt(Cohort::size)).orElseThrow();
        Cohort largest = cohorts.stream().max(Comparator.comparingInt(Cohort::size)).orElseThrow();
        if (status() == null) {
            System.out.println("(no mariadb client on the path: SQL statements not counted)");
            return;
        }
        for (String kind : List.of("page", "api")) {
            for (Cohort cohort : List.of(smallest, largest)) {
                long[] before = status();
                for (int i = 0; i < 20; i++) {
                    read(kind, cohort);
                }
                long[] after = status();
                System.out.printf("%-4s cohort of %2d learners: %.1f SELECTs and %.1f statements in all per request%n",
                        kind, cohort.size(), (after[0] - before[0]) / 20.0, (after[1] - before[1] - 1) / 20.0);
            }
        }
    }

    static double ms(long[] sorted, double quantile) {
        return sorted[(int) Math.ceil(quantile * sorted.length) - 1] / 1e6;
    }

    /** one read, checked: the answer must list every learner of the cohort */
    static void read(String kind, Cohort cohort) throws Exception {
        HttpResponse<String> response;
        int rows;
        if (kind.equals("page")) {
            response = BROWSER.send(HttpRequest.newBuilder(URI.create(base + "/cohorts/progress.xhtml?id=" + cohort.id()))
                    .header("Accept-Language", "de").build(), HttpResponse.BodyHandlers.ofString());
            rows = count(response.body(), "<tr id=\"learner-");
        } else {
            response = API.send(HttpRequest.newBuilder(URI.create(base + "/api/cohorts/" + cohort.id() + "/progress"))
                    .header("Authorization", basic).header("Accept-Language", "de").build(),
                    HttpResponse.BodyHandlers.ofString());
            rows = count(response.body(), "\"enrollmentId\"");
        }
        if (response.statusCode() != 200 || rows != cohort.size()) {
            throw new IllegalStateException(kind + " cohort " + cohort.id() + ": " + response.statusCode() + ", "
                    + rows + " rows for " + cohort.size() + " learners");
        }
    }

    static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    static void signIn(String user, String password) throws Exception {
        String page = BROWSER.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no sign-in form");
        }
        String form = "signIn=signIn&signIn%3Ausername=" + enc(user) + "&signIn%3Apassword=" + enc(password)
                + "&signIn%3Asubmit=x&jakarta.faces.ViewState=" + enc(m.group(1));
        HttpResponse<String> answer = BROWSER.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 302 && answer.statusCode() != 303) {
            throw new IllegalStateException("sign-in refused: " + answer.statusCode());
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Com_select and Questions of the MariaDB server, or null without a client */
    static long[] status() {
        try {
            Process p = new ProcessBuilder("mariadb", "-N", "-B", "-e",
                    "SHOW GLOBAL STATUS WHERE Variable_name IN ('Com_select','Questions')").start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                return null;
            }
            long select = 0;
            long questions = 0;
            for (String line : out.split("\n")) {
                String[] kv = line.trim().split("\\s+");
                if (kv[0].equalsIgnoreCase("Com_select")) {
                    select = Long.parseLong(kv[1]);
                } else if (kv[0].equalsIgnoreCase("Questions")) {
                    questions = Long.parseLong(kv[1]);
                }
            }
            return new long[] {select, questions};
        } catch (Exception e) {
            return null;
        }
    }
}
