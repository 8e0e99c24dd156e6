package de.ffit.campus.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (bundled for the tests from npm by {@code src/test/js/axe.sh}, nothing loaded from the internet) run on
 * the page as it is now, against WCAG 2.2 A/AA.
 */
public final class Axe {

    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    /** the script, read once (about 500 KB) */
    private static String script;

    private Axe() {
    }

    private static synchronized String script() {
        if (script == null) {
            try {
                script = Files.readString(Path.of("target", "test-vendor", "axe.min.js"), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return script;
    }

    /** The page's violations, one line each: the rule, its impact and up to three of the elements. */
    @SuppressWarnings("unchecked")
    public static List<String> violations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(script());
        Map<String, Object> result = (Map<String, Object>) js.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
                        + ".then(r => done({violations: r.violations.map(v => v.id + ' (' + v.impact + '): '"
                        + " + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))}))"
                        + ".catch(e => done({violations: ['axe failed: ' + e]}));", TAGS);
        return (List<String>) result.get("violations");
    }
}
