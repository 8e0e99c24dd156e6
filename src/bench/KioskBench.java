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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The learner kiosk under load, on loopback only: KIOSKS kiosk devices at once, each set up through the app's own
 * setup page with a setup code from POST /api/kiosks, each with one learner (from a different cohort of the data
 * CampusData.java made) signed in through the code and PIN screens, then every kiosk reloading "My progress"
 * (/kiosk/me.xhtml), in two runs:
 *   paced  - each kiosk pauses a random 0.5 to 1.5 s between its requests (about one page a second per kiosk, far
 *            more often than a person reads and taps)
 *   flat   - no pause at all: 20 request loops at once, the server's saturation
 * each WARMUP seconds unmeasured, then SECONDS measured, at most 2,000 requests per kiosk. Every answer is checked
 * (200, the learner's own page). Prints latency percentiles, throughput, and PASS or MISS against p95 < 100 ms.
 *
 * Usage: java src/bench/KioskBench.java BASE_URL DATA_FILE KIOSKS WARMUP SECONDS
 */
public class KioskBench {

    static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    static final double TARGET_P95_MS = 100;
    static final int MAX_REQUESTS_PER_KIOSK = 2_000;
    static final HttpClient API = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static String base;
    static String basic;

    /** one kiosk device with its own cookies, and the learner signed in on it */
    record Kiosk(HttpClient browser, String learnerName) {
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
        int kiosks = Integer.parseInt(args[2]);
        int warmup = Integer.parseInt(args[3]);
        int seconds = Integer.parseInt(args[4]);
        basic = "Basic " + Base64.getEncoder().encodeToString((data.getProperty("coordinator") + ":"
                + data.getProperty("password")).getBytes(StandardCharsets.UTF_8));
        List<Long> cohorts = new ArrayList<>();
        for (String name : data.stringPropertyNames()) {
            if (name.startsWith("cohort.")) {
                cohorts.add(Long.parseLong(data.getProperty(name).split(",")[0]));
            }
        }
        cohorts.sort(Long::compare);
        long location = Long.parseLong(first(api("GET", "/api/locations", null), "\"id\":(\\d+)"));

        List<Kiosk> devices = new ArrayList<>();
        long run = System.currentTimeMillis() % 100_000;
        for (int k = 0; k < kiosks; k++) {
            long cohort = cohorts.get(k * cohorts.size() / kiosks);
            String enrolments = api("GET", "/api/cohorts/" + cohort + "/enrollments", null);
            long learner = Long.parseLong(first(enrolments, "\"learnerId\":(\\d+)"));
            String pin = first(api("PUT", "/api/learners/" + learner + "/pin", "{}"), "\"pin\":\"(\\d+)\"");
            String details = api("GET", "/api/learners/" + learner, null);
            String code = first(details, "\"code\":\"([A-Z0-9]+)\"");
            String name = first(details, "\"name\":\"([^\"]+)\"");
            String setup = first(api("POST", "/api/kiosks", "{\"name\":\"Bench kiosk " + run + "-" + k
                    + "\",\"locationId\":" + location + "}"), "\"setupCode\":\"([A-Z0-9-]+)\"");
            HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();
            submit(browser, "/kiosk/setup.xhtml", "setup-form", Map.of("setupCode", setup, "set-up", "x"));
            submit(browser, "/kiosk/", "code-form", Map.of("code", code, "next", "x"));
            HttpResponse<String> signedIn = submit(browser, "/kiosk/pin.xhtml", "pin-form",
                    Map.of("pin", pin, "sign-in", "x"));
            if (!signedIn.uri().getPath().endsWith("/kiosk/me.xhtml") || !signedIn.body().contains(name)) {
                throw new IllegalStateException("kiosk " + k + " did not sign in: " + signedIn.uri());
            }
            devices.add(new Kiosk(browser, name));
        }
        System.out.printf("%d kiosks set up, one learner signed in on each (cohorts of the generated data)%n", kiosks);

        run("paced", devices, warmup, seconds, 500, 1500);
        run("flat", devices, warmup, seconds, 0, 0);
    }

    /** all kiosks reload their page at once, each pausing between pauseFrom and pauseTo ms; prints the figures */
    static void run(String name, List<Kiosk> devices, int warmup, int seconds, int pauseFrom, int pauseTo)
            throws Exception {
        ConcurrentLinkedQueue<long[]> measured = new ConcurrentLinkedQueue<>();
        AtomicInteger failures = new AtomicInteger();
        long warmUntil = System.nanoTime() + warmup * 1_000_000_000L;
        long stopAt = warmUntil + seconds * 1_000_000_000L;
        CountDownLatch done = new CountDownLatch(devices.size());
        for (Kiosk kiosk : devices) {
            new Thread(() -> {
                long[] own = new long[MAX_REQUESTS_PER_KIOSK];
                int n = 0;
                java.util.Random random = new java.util.Random();
                try {
                    while (System.nanoTime() < stopAt && n < own.length) {
                        if (pauseTo > 0) {
                            Thread.sleep(pauseFrom + random.nextInt(pauseTo - pauseFrom + 1));
                        }
                        long start = System.nanoTime();
                        HttpResponse<String> page = kiosk.browser().send(HttpRequest.newBuilder(
                                URI.create(base + "/kiosk/me.xhtml")).build(), HttpResponse.BodyHandlers.ofString());
                        long took = System.nanoTime() - start;
                        if (page.statusCode() != 200 || !page.uri().getPath().endsWith("/me.xhtml")
                                || !page.body().contains(kiosk.learnerName())) {
                            failures.incrementAndGet();
                        }
                        if (start >= warmUntil) {
                            own[n++] = took;
                        }
                    }
                } catch (Exception e) {
                    failures.incrementAndGet();
                    System.err.println(e);
                } finally {
                    measured.add(Arrays.copyOf(own, n));
                    done.countDown();
                }
            }).start();
        }
        done.await();
        long[] all = measured.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        if (all.length == 0) {
            throw new IllegalStateException("nothing measured");
        }
        double p95 = ms(all, 0.95);
        System.out.printf("%-5s GET /kiosk/me.xhtml, %d kiosks at once, %s, %d s after %d s warm-up: %d requests "
                        + "(%.0f/s), %d failed; p50 %.1f ms, p90 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                name, devices.size(), pauseTo > 0 ? pauseFrom + "-" + pauseTo + " ms pause each" : "no pause",
                seconds, warmup, all.length, all.length / (double) seconds, failures.get(), ms(all, 0.50),
                ms(all, 0.90), p95, ms(all, 0.99), all[all.length - 1] / 1e6);
        System.out.printf("%-5s %s: p95 %.1f ms against the target of %.0f ms%n", name,
                p95 < TARGET_P95_MS && failures.get() == 0 ? "PASS" : "MISS", p95, TARGET_P95_MS);
    }

    /** GETs a kiosk page and posts its form (plain, no Ajax), following the redirects */
    static HttpResponse<String> submit(HttpClient browser, String path, String form, Map<String, String> fields)
            throws Exception {
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        Map<String, String> body = new LinkedHashMap<>();
        body.put(form, form);
        body.putAll(fields);
        body.put("jakarta.faces.ViewState", first(page.body(), VIEW_STATE.pattern()));
        StringBuilder encoded = new StringBuilder();
        body.forEach((k, v) -> encoded.append(encoded.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return browser.send(HttpRequest.newBuilder(page.uri())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encoded.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String api(String method, String path, String json) throws Exception {
        HttpResponse<String> response = API.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", basic).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    static String first(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no " + regex + " in " + text.substring(0, Math.min(300, text.length())));
        }
        return m.group(1);
    }

    static double ms(long[] sorted, double quantile) {
        return sorted[(int) Math.ceil(quantile * sorted.length) - 1] / 1e6;
    }
}
