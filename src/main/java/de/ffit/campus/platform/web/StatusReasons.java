package de.ffit.campus.platform.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.lang.reflect.Method;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The reason phrase of 429: Payara's HTTP layer (Grizzly) knows no "Too Many Requests" and writes
 * {@code HTTP/1.1 429 CUSTOM}, and the Servlet API has no way to set a reason phrase any more. Its table of
 * statuses gets the missing line once at start; where that is not possible (another container), the status code
 * is still right and only the phrase stays as it was.
 */
@WebListener
public class StatusReasons implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(StatusReasons.class.getName());
    private static final String GRIZZLY_STATUS = "org.glassfish.grizzly.http.util.HttpStatus";

    @Override
    public void contextInitialized(ServletContextEvent event) {
        try {
            Class<?> status = Class.forName(GRIZZLY_STATUS);
            Object known = status.getMethod("getHttpStatus", int.class).invoke(null, 429);
            if ("Too Many Requests".equals(status.getMethod("getReasonPhrase").invoke(known))) {
                return;
            }
            Method register = status.getDeclaredMethod("register", int.class, String.class);
            register.setAccessible(true);
            register.invoke(null, 429, "Too Many Requests");
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            LOG.log(Level.FINE, "429 keeps the container's reason phrase", e);
        }
    }
}
