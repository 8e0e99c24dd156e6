package de.ffit.campus.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.ffit.campus.support.Http.As;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;

/**
 * One organisation of a test, set up through the API by the installation's first admin: a coordinator, a
 * trainer, a location and a course. Every run uses fresh names, so tests never meet each other's data.
 */
public final class Fixture {

    public static final String PASSWORD = "Test-Passwort-123";
    public static final As ADMIN = Http.as("admin", System.getProperty("it.admin.password", "it-admin-Secret-1"));

    public final String run;
    public final long organisationId;
    public final As coordinator;
    public final String coordinatorName;
    public final As trainer;
    public final long trainerId;
    public final long locationId;
    public final long courseId;

    private final Http http;

    public Fixture(Http http, String label) {
        this(http, label, "augsburg");
    }

    /** The same, for an organisation of this Integreat region. */
    public Fixture(Http http, String label, String region) {
        this.http = http;
        this.run = label + "-" + UUID.randomUUID().toString().substring(0, 6);
        organisationId = created(http.post(ADMIN, "/api/organisations",
                "{\"name\":" + Http.str("Org " + run) + ",\"integreatRegion\":" + Http.str(region) + "}"));
        coordinatorName = ("c-" + run).toLowerCase();
        account(coordinatorName, "COORDINATOR");
        coordinator = Http.as(coordinatorName, PASSWORD);
        String trainerName = ("t-" + run).toLowerCase();
        trainerId = account(trainerName, "TRAINER");
        trainer = Http.as(trainerName, PASSWORD);
        locationId = created(http.post(coordinator, "/api/locations",
                "{\"name\":\"Gemeinschaftsunterkunft\",\"kind\":\"ACCOMMODATION\"}"));
        courseId = created(http.post(coordinator, "/api/courses",
                "{\"title\":\"ffIT Basis\",\"minAttendancePercent\":75,\"minExercisePercent\":60}"));
    }

    public long account(String username, String role) {
        return created(http.post(ADMIN, "/api/accounts", "{\"organisationId\":" + organisationId
                + ",\"username\":" + Http.str(username) + ",\"displayName\":" + Http.str("Test " + username)
                + ",\"role\":\"" + role + "\",\"password\":\"" + PASSWORD + "\"}"));
    }

    public long learner(String name, String original, String language) {
        return created(http.post(coordinator, "/api/learners", "{\"name\":" + Http.str(name)
                + (original == null ? "" : ",\"nameOriginal\":" + Http.str(original))
                + ",\"preferredLanguage\":\"" + language + "\",\"consent\":true}"));
    }

    /** A cohort with two lessons a week for {@code weeks} weeks from next Monday, taught by the trainer. */
    public long cohort(String name, int weeks) {
        return cohort(name, CampusToday.today().with(TemporalAdjusters.next(DayOfWeek.MONDAY)), weeks);
    }

    /** The same from the Monday of the week {@code weeksAgo} weeks back, so that some lessons lie in the past. */
    public long cohortStartedWeeksAgo(String name, int weeksAgo, int weeks) {
        return cohort(name, CampusToday.today().minusWeeks(weeksAgo).with(TemporalAdjusters.previousOrSame(
                DayOfWeek.MONDAY)), weeks);
    }

    private long cohort(String name, LocalDate monday, int weeks) {
        return created(http.post(coordinator, "/api/cohorts", "{\"name\":" + Http.str(name)
                + ",\"courseId\":" + courseId + ",\"locationId\":" + locationId + ",\"trainerIds\":[" + trainerId
                + "],\"schedule\":{\"from\":\"" + monday + "\",\"to\":\"" + monday.plusWeeks(weeks).minusDays(1)
                + "\",\"days\":[\"MONDAY\",\"WEDNESDAY\"],\"start\":\"09:30:00\",\"end\":\"12:00:00\"}}"));
    }

    public long enrol(long cohortId, long learnerId) {
        return created(http.post(coordinator, "/api/cohorts/" + cohortId + "/enrollments",
                "{\"learnerId\":" + learnerId + "}"));
    }

    public static long created(Http.Response response) {
        assertEquals(201, response.status(), response::toString);
        return response.id();
    }
}
