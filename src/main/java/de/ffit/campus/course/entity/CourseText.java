package de.ffit.campus.course.entity;

import de.ffit.campus.platform.error.Require;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/**
 * One piece of course content (a title, a description, a lesson topic) in one language other than German. The German
 * text lives on the course, module, exercise or lesson itself; {@link #getSource()} is the German text this one was
 * translated from, so that a translation whose German changed since can be told apart ({@link #isOutdated}).
 */
@Entity
@Table(name = "course_text")
public class CourseText {

    public static final int MAX_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id", nullable = false, updatable = false)
    private Course course;

    @Column(name = "text_key", nullable = false, updatable = false, length = 80)
    private String key;

    @Column(name = "language", nullable = false, updatable = false, length = 12)
    private String language;

    @Column(name = "text", nullable = false, length = MAX_LENGTH)
    private String text;

    @Column(name = "source", nullable = false, length = MAX_LENGTH)
    private String source;

    @Column(name = "reviewed", nullable = false)
    private boolean reviewed;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "updated_by", nullable = false, length = 40)
    private String updatedBy;

    @Version
    private long version;

    protected CourseText() {
    }

    public CourseText(Course course, CourseTextKey key, String language, String text, String source,
            boolean reviewed, LocalDateTime at, String by) {
        this.course = Require.present(course, "course");
        this.key = Require.present(key, "key").value();
        this.language = Require.text(language, "language", 12);
        translate(text, source, reviewed, at, by);
    }

    /** a new or corrected translation of the German {@code newSource} */
    public final void translate(String newText, String newSource, boolean nowReviewed, LocalDateTime at, String by) {
        this.text = Require.text(newText, "text", MAX_LENGTH);
        this.source = Require.text(newSource, "source", MAX_LENGTH);
        this.reviewed = nowReviewed;
        this.updatedAt = Require.present(at, "updatedAt");
        this.updatedBy = Require.text(by, "updatedBy", 40);
    }

    /** true when the German text has changed since this was translated */
    public boolean isOutdated(String currentGerman) {
        return currentGerman != null && !currentGerman.strip().equals(source.strip());
    }

    public Long getId() {
        return id;
    }

    public Course getCourse() {
        return course;
    }

    public CourseTextKey getKey() {
        return CourseTextKey.parse(key);
    }

    public String getLanguage() {
        return language;
    }

    public String getText() {
        return text;
    }

    public String getSource() {
        return source;
    }

    public boolean isReviewed() {
        return reviewed;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version;
    }
}
