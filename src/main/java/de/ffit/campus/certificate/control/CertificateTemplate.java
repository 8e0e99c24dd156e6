package de.ffit.campus.certificate.control;

import java.awt.Color;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A certificate template as read from {@code certificate-templates/<key>/template.json}: the page, its drawn frames
 * and lines, images, text blocks and the QR code block, and the texts in each language. Positions and sizes are in
 * millimetres from the top left corner of the page; font sizes in points. Checked when read: see
 * {@link TemplateReader}. {@code revision} tells apart what the template's files were when it was read (its
 * {@code version} is what its author wrote): {@code sha256:} and the SHA-256 of the template's files and fonts; a
 * certificate keeps it, so a reprint uses the template only when it is still exactly the one it was issued with.
 */
public record CertificateTemplate(String key, int version, String name, float widthMm, float heightMm,
        String primaryLanguage, List<Frame> frames, List<Line> lines, List<Image> images, List<Block> blocks,
        Optional<Qr> qr, Map<String, Map<String, String>> texts, String revision) {

    /** The values a template may use, each written {@code {name}} in a text. */
    public static final Set<String> PLACEHOLDERS = Set.of("name", "nameOriginal", "birthDate", "course", "cohort",
            "cohortStart", "cohortEnd", "location", "lessonsAttended", "lessonsHeld", "modules", "competences",
            "issueDate", "serial", "organisation", "signatory", "trainers", "verifyUrl", "verificationCode",
            "shortCode", "verifyAddress");

    public CertificateTemplate {
        frames = List.copyOf(frames);
        lines = List.copyOf(lines);
        images = List.copyOf(images);
        blocks = List.copyOf(blocks);
        texts = Map.copyOf(texts);
    }

    /** the languages the template has texts in */
    public Set<String> languages() {
        return texts.keySet();
    }

    /** A rectangle drawn {@code inset} mm inside the page edge, optionally with rounded corners. */
    public record Frame(float insetMm, float lineWidthMm, Color color, float radiusMm) {
    }

    /** A straight line, e.g. to sign on. */
    public record Line(float x1Mm, float y1Mm, float x2Mm, float y2Mm, float lineWidthMm, Color color) {
    }

    /** A picture at (x, y) (its top left corner), {@code width} wide; its height follows from its proportions. */
    public record Image(String file, byte[] bytes, float xMm, float yMm, float widthMm) {
    }

    /** Where a block's text comes from. */
    public enum Language {
        /** the template's primary language (German for ffIT) */
        PRIMARY,
        /** the learner's preferred language; left out when it is the primary one or the template lacks it */
        SECOND
    }

    /**
     * A block of text. Its text is either {@code content} (the same in every language, usually a placeholder such
     * as {@code {name}}) or the text named {@code text} in the block's language. {@code y} is the baseline of the
     * first line. Lines wrap within {@code width}; a text that would need more than {@code maxLines} lines is set
     * smaller, half a point at a time, until it fits: it never runs out of its block. With a {@code height} (mm, 0
     * for none) the block is a box whose top is the top of a first line at full size: the text is set smaller until
     * all its lines fit in the box, and is centred in it vertically. {@code when} names a placeholder without which the
     * block is left out (e.g. a birth date).
     */
    public record Block(String id, String content, String text, Language language, String when, float xMm, float yMm,
            float widthMm, float heightMm, String font, float size, int maxLines, float lineHeight,
            Color color, Align align) {
    }

    /** Horizontal alignment; {@code START} and {@code END} follow the writing direction of the text's language. */
    public enum Align {
        LEFT, CENTER, RIGHT, START, END
    }

    /** The QR code of the verification address, {@code size} mm square, top left corner at (x, y). */
    public record Qr(float xMm, float yMm, float sizeMm, Color color) {
    }
}
