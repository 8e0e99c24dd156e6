package de.ffit.campus.privacy.control;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import de.ffit.campus.platform.i18n.Language;
import de.ffit.campus.platform.i18n.Messages;
import de.ffit.campus.platform.i18n.Numerals;
import de.ffit.campus.platform.pdf.PdfText;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;

/**
 * The readable form of {@link LearnerDataExport}'s document: the same data, section by section, with labels in
 * the reader's language (right to left for Arabic, Persian and Pashto), names in their own script. Nothing is
 * left out that the JSON has; technical ids stay out of the tables.
 */
public final class LearnerDataPdf {

    private static final Color INK = new Color(0x1f, 0x29, 0x37);
    private static final Color MUTED = new Color(0x4b, 0x55, 0x63);
    private static final Color RULE = new Color(0xd1, 0xd5, 0xdb);
    private static final Color HEAD = new Color(0xf3, 0xf4, 0xf6);

    /** the sections after the learner, and the columns each shows, in order */
    private static final List<String[]> SECTIONS = List.of(
            new String[] {"enrollments", "cohort", "course", "location", "status", "enrolledOn", "withdrawnOn",
                    "withdrawalReason"},
            new String[] {"attendance", "lessonDate", "startTime", "status", "note", "recordedBy", "recordedAt"},
            new String[] {"exercises", "exercise", "state", "source", "reportedAt", "confirmedBy", "confirmedAt"},
            new String[] {"certificates", "serial", "status", "learnerName", "courseTitle", "issuedOn", "issuedBy",
                    "overrideReason", "revokedAt", "revokeReason"},
            new String[] {"changes", "occurredAt", "actor", "subjectType", "action", "beforeValue", "afterValue"});

    private static final List<String> LEARNER = List.of("name", "nameOriginal", "code", "preferredLanguage",
            "birthDate", "consentOn", "createdAt", "pinSet", "pinSetAt", "pinLockedUntil");

    private LearnerDataPdf() {
    }

    public static byte[] render(JsonObject data, Locale locale) {
        boolean rtl = Language.ofLocale(locale).isRightToLeft();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 30, 30, 32, 32);
        try {
            PdfWriter.getInstance(document, out);
            JsonObject learner = data.getJsonObject("learner");
            String name = learner.getString("name", "");
            document.addTitle(t(locale, "privacy.pdf.title", name));
            document.addCreator("ffIT Campus");
            document.open();
            document.add(paragraph(t(locale, "privacy.pdf.title", name), 15, INK, rtl));
            document.add(paragraph(t(locale, "privacy.pdf.intro",
                    value(locale, "", "exportedAt", data.get("exportedAt"))), 9, MUTED, rtl));

            document.add(heading(t(locale, "privacy.pdf.learner"), rtl));
            PdfPTable facts = table(new float[] {25, 75}, rtl);
            for (String key : LEARNER) {
                if (learner.containsKey(key)) {
                    facts.addCell(cell(label(locale, key), 8.5f, MUTED, null, rtl));
                    facts.addCell(cell(value(locale, "learner", key, learner.get(key)), 9.5f, INK, null, rtl));
                }
            }
            document.add(facts);

            for (String[] section : SECTIONS) {
                JsonArray rows = data.getJsonArray(section[0]);
                document.add(heading(t(locale, "privacy.pdf." + section[0]) + " ("
                        + Numerals.number(rows.size(), locale) + ")", rtl));
                if (rows.isEmpty()) {
                    document.add(paragraph(t(locale, "privacy.pdf.none"), 9, MUTED, rtl));
                    continue;
                }
                List<String> columns = new ArrayList<>(List.of(section).subList(1, section.length));
                float[] widths = new float[columns.size()];
                Arrays.fill(widths, 1f);
                PdfPTable table = table(widths, rtl);
                table.setHeaderRows(1);
                for (String column : columns) {
                    table.addCell(cell(label(locale, column), 8, MUTED, HEAD, rtl));
                }
                for (JsonValue row : rows) {
                    JsonObject r = row.asJsonObject();
                    for (String column : columns) {
                        table.addCell(cell(r.containsKey(column) ? value(locale, section[0], column, r.get(column))
                                : "", 8.5f, INK, null, rtl));
                    }
                }
                document.add(table);
            }
            document.add(block(t(locale, "privacy.pdf.footer"), 8, MUTED, rtl, 12));
        } catch (DocumentException e) {
            throw new IllegalStateException("the personal data PDF could not be written", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static String t(Locale locale, String key, Object... args) {
        return Messages.text(locale, key, args);
    }

    private static String label(Locale locale, String key) {
        try {
            return Messages.bundle(locale).getString("privacy.field." + key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** the words we have for the codes in a section's column */
    private static final Map<String, String> WORDS = Map.of(
            "enrollments.status", "enrollmentStatus.", "attendance.status", "attendanceStatus.",
            "exercises.state", "completionState.", "changes.action", "audit.action.");

    /** A value as a reader understands it: yes/no, a language's own name, a status in words where we have them. */
    private static String value(Locale locale, String section, String key, JsonValue value) {
        return switch (value.getValueType()) {
            case TRUE -> t(locale, "yes");
            case FALSE -> t(locale, "no");
            case NULL -> "";
            case STRING -> {
                String text = ((JsonString) value).getString();
                String words = WORDS.get(section + "." + key);
                if (words != null) {
                    try {
                        yield Messages.bundle(locale).getString(words + text);
                    } catch (MissingResourceException e) {
                        yield text;
                    }
                }
                if (key.equals("preferredLanguage")) {
                    yield Language.of(text).map(Language::nativeName).orElse(text);
                }
                // a moment to the minute: "2026-12-01 03:49" (the JSON keeps it exact), a day or a time of day; in
                // the reader's digits, like every number they read (codes and serials stay as they are)
                if (text.matches("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}.*")) {
                    yield Numerals.digits(text.substring(0, 16).replace('T', ' '), locale);
                }
                if (text.matches("\\d{4}-\\d{2}-\\d{2}|\\d{2}:\\d{2}(:\\d{2})?")) {
                    yield Numerals.digits(text, locale);
                }
                yield text;
            }
            case NUMBER -> Numerals.number(((JsonNumber) value).numberValue(), locale);
            default -> value.toString();
        };
    }

    private static PdfPTable table(float[] widths, boolean rtl) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(6);
        if (rtl) {
            table.setRunDirection(PdfWriter.RUN_DIRECTION_RTL);
        }
        return table;
    }

    private static PdfPCell cell(String text, float size, Color color, Color background, boolean rtl) {
        PdfPCell cell = PdfText.cell(text, size, color, rtl ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT,
                PdfText.direction(text, rtl));
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(RULE);
        cell.setPadding(3);
        if (background != null) {
            cell.setBackgroundColor(background);
        }
        return cell;
    }

    private static Element heading(String text, boolean rtl) {
        return block(text, 11.5f, INK, rtl, 8);
    }

    private static Element paragraph(String text, float size, Color color, boolean rtl) {
        return block(text, size, color, rtl, 0);
    }

    /** A line of text, set as every PDF of ours sets it (see {@link PdfText}). */
    private static Element block(String text, float size, Color color, boolean rtl, float spaceBefore) {
        return PdfText.block(text, size, color, rtl, spaceBefore, 0);
    }
}
