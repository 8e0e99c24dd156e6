package de.ffit.campus.course.entity;

import de.ffit.campus.platform.error.CampusException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names one piece of a course's content in every language: {@code course.title}, {@code course.description},
 * {@code module.12.title}, {@code exercise.34.title}, {@code exercise.34.description}, {@code topic.<hash>}. The
 * key is what a translator's spreadsheet carries in its first column.
 */
public record CourseTextKey(String value) implements Serializable {

    public enum Kind {
        COURSE,
        MODULE,
        EXERCISE,
        TOPIC
    }

    private static final Pattern FORMAT = Pattern.compile(
            "course\\.(title|description)|(module|exercise)\\.(\\d{1,18})\\.(title|description)|topic\\.([0-9a-f]{16})");

    public CourseTextKey {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw CampusException.invalid("error.courseTextKey", "key");
        }
    }

    public static CourseTextKey parse(String value) {
        return new CourseTextKey(value == null ? null : value.strip());
    }

    public static CourseTextKey courseTitle() {
        return new CourseTextKey("course.title");
    }

    public static CourseTextKey courseDescription() {
        return new CourseTextKey("course.description");
    }

    public static CourseTextKey moduleTitle(long moduleId) {
        return new CourseTextKey("module." + moduleId + ".title");
    }

    public static CourseTextKey moduleDescription(long moduleId) {
        return new CourseTextKey("module." + moduleId + ".description");
    }

    public static CourseTextKey exerciseTitle(long exerciseId) {
        return new CourseTextKey("exercise." + exerciseId + ".title");
    }

    public static CourseTextKey exerciseDescription(long exerciseId) {
        return new CourseTextKey("exercise." + exerciseId + ".description");
    }

    /**
     * A lesson topic is typed per lesson; the same German topic in any lesson of the course shares one translation.
     * Its key is a hash of the topic as typed, ignoring case and runs of white space.
     */
    public static CourseTextKey topic(String germanTopic) {
        String normal = germanTopic == null ? "" : germanTopic.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8));
            return new CourseTextKey("topic." + HexFormat.of().formatHex(hash, 0, 8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public Kind kind() {
        return Kind.valueOf(value.substring(0, value.indexOf('.')).toUpperCase(Locale.ROOT));
    }

    /** the module's or exercise's id, or -1 for the course itself and for topics */
    public long ownerId() {
        Matcher m = FORMAT.matcher(value);
        m.matches();
        return m.group(3) == null ? -1 : Long.parseLong(m.group(3));
    }

    @Override
    public String toString() {
        return value;
    }
}
