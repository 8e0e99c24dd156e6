import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Saves one lesson's attendance through PUT /api/lessons/{id}/attendance over and over, each time changing every
 * learner's mark (the worst case: every record and an audit event per learner written), with If-Match from the
 * previous answer. Prints the latency percentiles of the measured saves.
 *
 * Usage: java src/bench/AttendanceSaveBench.java BASE_URL USER PASSWORD LESSON_ID WARMUP SAVES
 */
public class AttendanceSaveBench {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String auth = "Basic " + Base64.getEncoder().encodeToString((args[1] + ":" + args[2])
                .getBytes(StandardCharsets.UTF_8));
        String path = base + "/api/lessons/" + args[3] + "/attendance";
        int warmup = Integer.parseInt(args[4]);
        int saves = Integer.parseInt(args[5]);
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> first = http.send(HttpRequest.newBuilder(URI.create(path)).header("Authorization", auth)
                .build(), HttpResponse.BodyHandlers.ofString());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        List<String> enrollments = new ArrayList<>();
        Matcher m = Pattern.compile("\"enrollmentId\":(\\d+)").matcher(first.body());
        while (m.find()) {
            enrollments.add(m.group(1));
        }
        long[] nanos = new long[saves];
        int errors = 0;
        for (int i = 0; i < warmup + saves; i++) {
            String status = i % 2 == 0 ? "PRESENT" : "LATE";
            StringBuilder body = new StringBuilder("{\"records\":[");
            for (int e = 0; e < enrollments.size(); e++) {
                body.append(e == 0 ? "" : ",").append("{\"enrollmentId\":").append(enrollments.get(e))
                        .append(",\"status\":\"").append(status).append("\"}");
            }
            body.append("]}");
            HttpRequest put = HttpRequest.newBuilder(URI.create(path)).header("Authorization", auth)
                    .header("Content-Type", "application/json").header("If-Match", etag)
                    .PUT(HttpRequest.BodyPublishers.ofString(body.toString())).build();
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(put, HttpResponse.BodyHandlers.ofString());
            long took = System.nanoTime() - start;
            if (response.statusCode() != 200) {
                errors++;
                System.err.println("save " + i + ": " + response.statusCode() + " " + response.body());
                etag = http.send(HttpRequest.newBuilder(URI.create(path)).header("Authorization", auth).build(),
                        HttpResponse.BodyHandlers.ofString()).headers().firstValue("ETag").orElseThrow();
                continue;
            }
            etag = response.headers().firstValue("ETag").orElseThrow();
            if (i >= warmup) {
                nanos[i - warmup] = took;
            }
        }
        Arrays.sort(nanos);
        System.out.printf("attendance saves: %d learners per save, %d saves measured after %d warm-up, %d errors%n",
                enrollments.size(), saves, warmup, errors);
        System.out.printf("latency ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f%n", ms(nanos, 0.50), ms(nanos, 0.95),
                ms(nanos, 0.99), nanos[nanos.length - 1] / 1e6);
    }

    static double ms(long[] sorted, double p) {
        return sorted[(int) Math.ceil(p * sorted.length) - 1] / 1e6;
    }
}
