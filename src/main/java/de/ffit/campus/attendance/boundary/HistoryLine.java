package de.ffit.campus.attendance.boundary;

import de.ffit.campus.audit.entity.AuditEvent;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * One line of a lesson's history as the page shows it: when (local time), who, whose mark or the lesson itself,
 * and what it was before and after.
 */
public record HistoryLine(LocalDateTime at, String by, boolean lesson, String learner, String before,
        String beforeNote, String after, String afterNote) {

    private static final JsonProvider JSON = JsonProvider.provider();

    static HistoryLine of(AuditEvent event, ZoneId zone) {
        JsonObject before = parse(event.getBefore());
        JsonObject after = parse(event.getAfter());
        boolean lesson = "Lesson".equals(event.getSubjectType());
        String key = lesson ? "state" : "status";
        return new HistoryLine(event.getOccurredAt().atOffset(ZoneOffset.UTC).atZoneSameInstant(zone)
                .toLocalDateTime(), event.getActor(), lesson, text(after, "learner", text(before, "learner", null)),
                text(before, key, null), text(before, "note", null), text(after, key, null),
                text(after, "note", null));
    }

    private static JsonObject parse(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            return reader.readObject();
        } catch (RuntimeException broken) {
            return null;
        }
    }

    private static String text(JsonObject object, String key, String fallback) {
        return object != null && object.containsKey(key) && !object.isNull(key) ? object.getString(key) : fallback;
    }

    /** the same line, naming the person who made the change */
    HistoryLine by(String name) {
        return new HistoryLine(at, name, lesson, learner, before, beforeNote, after, afterNote);
    }

    /** the message key prefix for the before/after values */
    public String getValuePrefix() {
        return lesson ? "lessonState." : "attendanceStatus.";
    }
}
