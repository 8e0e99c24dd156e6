package de.ffit.campus.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ffit.campus.audit.entity.AuditAction;
import de.ffit.campus.audit.entity.AuditEvent;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecurityLogTest {

    private static final LocalDateTime AT = LocalDateTime.of(2026, 12, 7, 9, 30);

    private static JsonObject parsed(String line) {
        try (var reader = Json.createReader(new StringReader(line))) {
            return reader.readObject();
        }
    }

    @Test
    void aLearnersChangeIsLoggedByIdAndChangedFieldsWithoutTheName() {
        AuditEvent event = new AuditEvent(7L, AT, "coordinator", "Learner", 42, "learner:42", AuditAction.CHANGED,
                null, null, "192.0.2.5");
        String line = SecurityLog.line(event, Map.of("name", "Amina Yusuf", "preferredLanguage", "ar"),
                Map.of("name", "Amina Yousef", "preferredLanguage", "ar"));
        assertFalse(line.contains("Amina"), line);
        JsonObject json = parsed(line);
        assertEquals("Learner", json.getString("subject"));
        assertEquals(42, json.getInt("id"));
        assertEquals("CHANGED", json.getString("action"));
        assertEquals("coordinator", json.getString("actor"));
        assertEquals("192.0.2.5", json.getString("address"));
        assertEquals(7, json.getInt("organisation"));
        assertEquals("2026-12-07T09:30:00Z", json.getString("at"));
        assertEquals("[\"name\"]", json.getJsonArray("changed").toString(), "which fields changed, not their values");
        assertFalse(json.containsKey("before"));
    }

    @Test
    void anAccountsRoleChangeIsReadableButNotThePersonsName() {
        AuditEvent event = new AuditEvent(3L, AT, "admin", "Account", 9, "account:9", AuditAction.CHANGED, null,
                null, "198.51.100.1");
        Map<String, String> before = new LinkedHashMap<>(Map.of("role", "COORDINATOR", "displayName", "Maria S.",
                "active", "true"));
        Map<String, String> after = new LinkedHashMap<>(Map.of("role", "TRAINER", "displayName", "Maria Schneider",
                "active", "true"));
        JsonObject json = parsed(SecurityLog.line(event, before, after));
        assertEquals("COORDINATOR", json.getJsonObject("before").getString("role"));
        assertEquals("TRAINER", json.getJsonObject("after").getString("role"));
        assertFalse(json.toString().contains("Maria"), json::toString);
        assertEquals("[\"displayName\",\"role\"]", json.getJsonArray("changed").toString());
    }

    @Test
    void aTypedUserNameCannotBreakTheLineOrTurnTheText() {
        AuditEvent event = new AuditEvent(null, AT, SecurityLog.printable("x\n{\"forged\":1}\u202Eadmin", 40),
                "SignIn", 0, "signin", AuditAction.SIGN_IN_FAILED, null, null, "203.0.113.7");
        String line = SecurityLog.line(event, null, null);
        assertFalse(line.contains("\n") || line.contains("\u202E"), line);
        JsonObject json = parsed(line);
        assertTrue(json.isNull("organisation"), "an unknown user name belongs to no organisation");
        assertEquals("x{\"forged\":1}admin", json.getString("actor"));
        assertFalse(json.containsKey("forged"));
    }

    @Test
    void printableCutsByCodePoints() {
        assertEquals("😀".repeat(3), SecurityLog.printable("😀".repeat(5), 3));
        assertEquals("", SecurityLog.printable(null, 3));
    }

    @Test
    void aSignInFailureHasNoEmptyValuesAndEverydayMarksStayOutOfTheLog() {
        AuditEvent failed = new AuditEvent(null, AT, "nobody", "SignIn", 0, "signin", AuditAction.SIGN_IN_FAILED,
                null, null, "203.0.113.7");
        JsonObject json = parsed(SecurityLog.line(failed, null, null));
        assertFalse(json.containsKey("before") || json.containsKey("after"), json::toString);
        assertTrue(SecurityLog.LOGGED.contains("SignIn") && SecurityLog.LOGGED.contains("Account")
                && SecurityLog.LOGGED.contains("Learner") && SecurityLog.LOGGED.contains("Enrollment"));
        assertFalse(SecurityLog.LOGGED.contains("Attendance") || SecurityLog.LOGGED.contains("CourseText"));
    }
}
