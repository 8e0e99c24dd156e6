package de.ffit.campus.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ffit.campus.cohort.entity.CohortPhase;
import de.ffit.campus.cohort.entity.EnrollmentStatus;
import de.ffit.campus.cohort.entity.LessonState;
import de.ffit.campus.course.entity.ExcusedCounts;
import de.ffit.campus.course.entity.LateCounts;
import de.ffit.campus.organisation.entity.LocationKind;
import de.ffit.campus.platform.security.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text a page asks for exists, including those it builds from an enum value ("phase." + phase). */
class PageTextsTest {

    private static final Pattern STATIC_KEY = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");
    private static final Pattern BUILT_KEY = Pattern.compile("msg\\['([A-Za-z0-9_.]+\\.)'\\.concat");

    @Test
    void everyKeyThePagesUseIsInTheEnglishBase() throws IOException {
        Properties english = BundlesTest.load("i18n/messages.properties");
        Set<String> missing = new TreeSet<>();
        Set<String> prefixes = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(Path.of("webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                String text = Files.readString(page);
                Matcher m = STATIC_KEY.matcher(text);
                while (m.find()) {
                    if (!english.containsKey(m.group(1))) {
                        missing.add(page + ": " + m.group(1));
                    }
                }
                Matcher b = BUILT_KEY.matcher(text);
                while (b.find()) {
                    prefixes.add(b.group(1));
                }
            }
        }
        assertTrue(missing.isEmpty(), "pages use texts that do not exist: " + missing);
        for (String prefix : prefixes) {
            for (String value : valuesFor(prefix)) {
                assertTrue(english.containsKey(prefix + value), "missing " + prefix + value);
            }
        }
    }

    private static Set<String> valuesFor(String prefix) {
        Enum<?>[] values = switch (prefix) {
            case "phase." -> CohortPhase.values();
            case "lessonState." -> LessonState.values();
            case "enrollmentStatus." -> EnrollmentStatus.values();
            case "role." -> Role.values();
            case "locationKind." -> LocationKind.values();
            case "lateCounts." -> LateCounts.values();
            case "excusedCounts." -> ExcusedCounts.values();
            case "weekday." -> DayOfWeek.values();
            case "attendanceStatus." -> de.ffit.campus.attendance.entity.AttendanceStatus.values();
            case "standing." -> de.ffit.campus.attendance.entity.Standing.values();
            case "progressStatus." -> de.ffit.campus.progress.entity.ProgressStatus.values();
            case "completionState." -> de.ffit.campus.progress.entity.CompletionState.values();
            case "certificate.job." -> de.ffit.campus.certificate.control.PrintJobs.Kind.values();
            case "verify.status." -> de.ffit.campus.certificate.entity.Certificate.Status.values();
            case "kiosk.status." -> de.ffit.campus.progress.entity.ProgressStatus.values();
            case "kiosk.mark." -> de.ffit.campus.kiosk.control.MyProgress.Mark.values();
            case "audit.action." -> de.ffit.campus.audit.entity.AuditAction.values();
            case "guides.state." -> de.ffit.campus.guide.control.CatalogueStatus.State.values();
            case "kiosk.certificate." -> de.ffit.campus.kiosk.control.MyProgress.CertificateState.Kind.values();
            case "digcomp." -> null;
            case "home." -> de.ffit.campus.attendance.control.AgendaItem.Kind.values();
            case "verify.jwt." -> de.ffit.campus.badge.control.CredentialCheck.Outcome.values();
            default -> throw new AssertionError("a page builds keys from an unknown prefix: " + prefix);
        };
        if (values == null) {
            return Set.of("1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "3.1", "3.2", "3.3", "3.4",
                    "4.1", "4.2", "4.3", "4.4", "5.1", "5.2", "5.3", "5.4");
        }
        boolean lowerCase = prefix.equals("home.");
        return Arrays.stream(values).map(v -> lowerCase ? v.name().toLowerCase(java.util.Locale.ROOT) : v.name())
                .collect(java.util.stream.Collectors.toSet());
    }
}
