package de.ffit.campus.support;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Lets a test that talks to the server over HTTP move the server's {@link MovableClock} forward:
 * {@code POST /test-support/clock?seconds=n} answers 204. Packaged only by
 * {@link de.ffit.campus.TestDeployments#withMovableClock()}; the application as it ships has no such address.
 */
@WebServlet(urlPatterns = ClockControl.PATH)
public class ClockControl extends HttpServlet {

    private static final long serialVersionUID = 1L;
    public static final String PATH = "/test-support/clock";

    @Inject
    transient MovableClock clock;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long seconds;
        try {
            seconds = Long.parseLong(request.getParameter("seconds"));
        } catch (NumberFormatException e) {
            seconds = -1;
        }
        if (seconds < 0) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "seconds=n, n >= 0: the clock never goes back");
            return;
        }
        clock.advance(Duration.ofSeconds(seconds));
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    /** From the test: moves the clock of the application at {@code base} (e.g. http://127.0.0.1:8080/ffit-campus). */
    public static void advance(String base, Duration by) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + PATH + "?seconds=" + by.toSeconds()))
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(request,
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != HttpServletResponse.SC_NO_CONTENT) {
                throw new IllegalStateException("the clock did not move: " + answer.statusCode() + " "
                        + answer.body());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
