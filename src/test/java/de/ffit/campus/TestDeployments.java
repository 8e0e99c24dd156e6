package de.ffit.campus;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The deployments of the integration tests, built from the real WAR that {@code mvn package} made. */
public final class TestDeployments {

    private TestDeployments() {
    }

    /** The application exactly as it ships, for tests that talk to it over HTTP. */
    public static WebArchive application() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("campus.war")));
    }

    /**
     * The application plus access for Arquillian's own test runner servlet, which the application's
     * "everything needs a signed-in account" rule would otherwise send to the sign-in page.
     */
    public static WebArchive inContainer() {
        return open(application(), "arquillian", "/ArquillianServletRunnerEE9/*").addClasses(
                de.ffit.campus.support.Actors.class, de.ffit.campus.support.CampusToday.class,
                de.ffit.campus.support.Http.class);
    }

    /**
     * The application with a clock that the test moves forward instead of waiting
     * ({@link de.ffit.campus.support.ClockControl#advance}): it replaces the application's own clock
     * ({@code CampusClock}) for every bean, and only in this deployment.
     */
    public static WebArchive withMovableClock() {
        return open(application(), "test-clock", de.ffit.campus.support.ClockControl.PATH).addClasses(
                de.ffit.campus.support.MovableClock.class, de.ffit.campus.support.ClockControl.class);
    }

    /** Lets anyone reach {@code urlPattern}, which is the tests' own and not the application's. */
    private static WebArchive open(WebArchive war, String name, String urlPattern) {
        String webXml = read(war.get("WEB-INF/web.xml").getAsset().openStream());
        String open = "  <security-constraint>\n    <web-resource-collection>\n"
                + "      <web-resource-name>" + name + "</web-resource-name>\n"
                + "      <url-pattern>" + urlPattern + "</url-pattern>\n"
                + "    </web-resource-collection>\n  </security-constraint>\n";
        war.delete("WEB-INF/web.xml");
        return war.addAsWebInfResource(new StringAsset(webXml.replace("</web-app>", open + "</web-app>")),
                "web.xml");
    }

    private static String read(InputStream in) {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
