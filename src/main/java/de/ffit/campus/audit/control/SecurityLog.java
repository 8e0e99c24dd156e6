package de.ffit.campus.audit.control;

import de.ffit.campus.audit.entity.AuditEvent;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every security event of the audit trail as one line of JSON in the log {@value #LOGGER} (for the operator's log
 * collection and alerting): when, which organisation, who, from which address, what (subject type and id, action)
 * and which values changed. Security events are those about sign-ins, accounts, organisations, the planning records
 * (locations, courses, cohorts, enrolments), learners and their personal data, certificates and kiosks; the
 * everyday marks (attendance, exercises) and imported course texts stay in the trail only, else a spreadsheet import
 * would write hundreds of lines. The values themselves only for staff records (accounts, organisations, locations, kiosks, not
 * the display name): a learner's record is named by id only, so that the log holds no learner's name; the trail in
 * the database keeps the values. User input is written without control characters, so a line stays one line.
 */
public final class SecurityLog {

    public static final String LOGGER = "ffit.security";
    private static final Logger LOG = Logger.getLogger(LOGGER);
    private static final JsonProvider JSON = JsonProvider.provider();

    /** kinds of subject whose events are logged */
    static final Set<String> LOGGED = Set.of("SignIn", "Account", "Organisation", "Location", "Course", "Module",
            "Exercise", "Cohort", "Enrollment", "Learner", "Certificate", "Kiosk", "KioskSetUp");
    /** kinds of subject whose values may appear in the log: they hold no learner's data */
    static final Set<String> STAFF_SUBJECTS = Set.of("Account", "Organisation", "Location", "Kiosk", "SignIn");
    /** values that stay out of the log even for those: a person's name */
    static final Set<String> NEVER_LOGGED = Set.of("displayName");

    private SecurityLog() {
    }

    static void write(AuditEvent event, Map<String, String> before, Map<String, String> after) {
        if (LOGGED.contains(event.getSubjectType()) && LOG.isLoggable(Level.INFO)) {
            LOG.info(line(event, before, after));
        }
    }

    static String line(AuditEvent event, Map<String, String> before, Map<String, String> after) {
        JsonObjectBuilder line = JSON.createObjectBuilder()
                .add("event", "audit")
                .add("at", event.getOccurredAt().toInstant(ZoneOffset.UTC).toString());
        if (event.getOrganisationId() == null) {
            line.addNull("organisation");
        } else {
            line.add("organisation", event.getOrganisationId());
        }
        line.add("actor", printable(event.getActor(), 40))
                .add("address", event.getClientAddress() == null ? "" : event.getClientAddress())
                .add("subject", event.getSubjectType())
                .add("id", event.getSubjectId())
                .add("action", event.getAction().name())
                .add("context", printable(event.getContext(), 80));
        Set<String> changed = new TreeSet<>();
        Map<String, String> was = before == null ? Map.of() : before;
        Map<String, String> is = after == null ? Map.of() : after;
        changed.addAll(was.keySet());
        changed.addAll(is.keySet());
        changed.removeIf(key -> was.containsKey(key) && is.containsKey(key)
                && Objects.equals(was.get(key), is.get(key)));
        JsonArrayBuilder keys = JSON.createArrayBuilder();
        changed.forEach(keys::add);
        line.add("changed", keys);
        if (STAFF_SUBJECTS.contains(event.getSubjectType()) && !changed.isEmpty()) {
            line.add("before", values(was, changed)).add("after", values(is, changed));
        }
        return line.build().toString();
    }

    private static JsonObjectBuilder values(Map<String, String> values, Set<String> keys) {
        JsonObjectBuilder object = JSON.createObjectBuilder();
        for (String key : keys) {
            if (values.containsKey(key) && !NEVER_LOGGED.contains(key)) {
                String value = values.get(key);
                if (value == null) {
                    object.addNull(key);
                } else {
                    object.add(key, printable(value, 120));
                }
            }
        }
        return object;
    }

    /** the text without control and format characters (line breaks, bidi overrides), at most that many code points */
    static String printable(String text, int max) {
        if (text == null) {
            return "";
        }
        StringBuilder kept = new StringBuilder();
        text.strip().codePoints().filter(c -> {
            int type = Character.getType(c);
            return type != Character.CONTROL && type != Character.FORMAT && type != Character.LINE_SEPARATOR
                    && type != Character.PARAGRAPH_SEPARATOR;
        }).limit(max).forEach(kept::appendCodePoint);
        return kept.toString();
    }
}
