package de.ffit.campus.platform.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;

/**
 * The one way every PDF of ffIT Campus sets a text (certificates, sign-in sheets, learner cards, the impact report,
 * the personal-data export), so that Arabic, Dari/Farsi and Pashto come out joined and in reading order everywhere.
 * OpenPDF shapes Arabic-script letters and orders a line by the Unicode bidi algorithm only when a run direction is
 * set: text added to a document as a plain paragraph, or to a cell or column without one, is set letter by letter
 * from left to right (unjoined and backwards). So every text that may carry Arabic script goes through a cell or a
 * column whose run direction this class chooses: right to left when the text starts right to left (a name in
 * Arabic script), the bidi algorithm in a left-to-right line when it only contains some (a German sentence quoting
 * one), and no bidi at all for text without (as before, and cheaper).
 */
public final class PdfText {

    private PdfText() {
    }

    /**
     * The text as a PDF may set it: without the bidi embeddings, overrides and isolates (U+202A to U+202E, U+2066 to
     * U+2069) and control characters other than line breaks and tabs. A name with a right-to-left override stored
     * before names were cleaned must not turn the rest of its line around; every name is set as its own run (its
     * own cell or column, in the direction of its own first letter), so without these nothing in it reaches past it.
     */
    public static String settable(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder kept = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean drop = c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069'
                    || Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t';
            if (drop && kept == null) {
                kept = new StringBuilder(text.length()).append(text, 0, i);
            } else if (!drop && kept != null) {
                kept.append(c);
            }
        }
        return kept == null ? text : kept.toString();
    }

    /** Whether the first letter with a direction is right to left (Arabic script, Hebrew). */
    public static boolean startsRightToLeft(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            byte d = Character.getDirectionality(text.charAt(i));
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT) {
                return true;
            }
            if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                return false;
            }
        }
        return false;
    }

    /** Whether any letter is right to left. */
    public static boolean hasRightToLeft(String text) {
        return text != null && text.chars().anyMatch(c -> {
            byte d = Character.getDirectionality(c);
            return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT;
        });
    }

    /** The run direction OpenPDF is to set the text in, as a {@code PdfWriter.RUN_DIRECTION_*}. */
    public static int direction(String text) {
        if (startsRightToLeft(text)) {
            return PdfWriter.RUN_DIRECTION_RTL;
        }
        return hasRightToLeft(text) ? PdfWriter.RUN_DIRECTION_LTR : PdfWriter.RUN_DIRECTION_NO_BIDI;
    }

    /**
     * The run direction within a layout that reads right to left ({@code rightToLeft}, e.g. a page in the
     * reader's Arabic) or left to right: the layout's own direction, unless the text alone needs more.
     */
    public static int direction(String text, boolean rightToLeft) {
        return rightToLeft ? PdfWriter.RUN_DIRECTION_RTL : direction(text);
    }

    /**
     * A table cell with the text in our fonts, set in its direction, aligned to the {@code alignment}
     * ({@code Element.ALIGN_LEFT}, {@code _CENTER}, {@code _RIGHT}) as seen on the page, whatever the direction
     * (OpenPDF swaps left and right in a right-to-left cell).
     */
    public static PdfPCell cell(String text, float size, Color color, int alignment) {
        return cell(text, size, color, alignment, direction(text));
    }

    /** The same, in a run direction of the caller's (a whole table right to left). */
    public static PdfPCell cell(String text, float size, Color color, int alignment, int direction) {
        PdfPCell cell = new PdfPCell(PdfFonts.phrase(text, size, color));
        cell.setRunDirection(direction);
        cell.setHorizontalAlignment(visual(alignment, direction));
        return cell;
    }

    /** The same in a given phrase (e.g. in bold), whose text decides the direction. */
    public static PdfPCell cell(Phrase phrase, int alignment) {
        int direction = direction(phrase.getContent());
        PdfPCell cell = new PdfPCell(phrase);
        cell.setRunDirection(direction);
        cell.setHorizontalAlignment(visual(alignment, direction));
        return cell;
    }

    /**
     * A line or paragraph of text across the page, as an element for {@code Document.add}: a paragraph where no
     * letter is right to left (it flows and wraps as before), else a borderless full-width cell in which OpenPDF
     * shapes and orders it.
     */
    public static Element block(String text, float size, Color color, int alignment, float before, float after) {
        int direction = direction(text);
        if (direction == PdfWriter.RUN_DIRECTION_NO_BIDI) {
            Paragraph paragraph = new Paragraph(PdfFonts.phrase(text, size, color));
            // the paragraph's own font spaces its lines (else Helvetica, which is not embedded)
            paragraph.setFont(PdfFonts.sans(size));
            paragraph.setLeading(size * 1.3f);
            paragraph.setAlignment(alignment);
            paragraph.setSpacingBefore(before);
            paragraph.setSpacingAfter(after);
            return paragraph;
        }
        return line(cell(text, size, color, alignment, direction), size, before, after);
    }

    /** The same in the direction of a layout that reads right to left, when {@code rightToLeft}. */
    public static Element block(String text, float size, Color color, boolean rightToLeft, float before,
            float after) {
        if (!rightToLeft) {
            return block(text, size, color, Element.ALIGN_LEFT, before, after);
        }
        return line(cell(text, size, color, Element.ALIGN_RIGHT, PdfWriter.RUN_DIRECTION_RTL), size, before, after);
    }

    private static PdfPTable line(PdfPCell cell, float size, float before, float after) {
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setLeading(0, 1.3f);
        cell.setPaddingBottom(size * 0.3f);
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setSpacingBefore(before);
        table.setSpacingAfter(after);
        table.addCell(cell);
        return table;
    }

    /**
     * Draws one line at an exact place: its left edge at {@code x}, its baseline at {@code baseline},
     * {@code width} being its width as measured shaped. (This is how certificates place every line.)
     */
    public static void show(PdfContentByte canvas, Phrase phrase, float x, float baseline, float width,
            boolean rightToLeft) {
        ColumnText column = new ColumnText(canvas);
        column.setRunDirection(rightToLeft ? PdfWriter.RUN_DIRECTION_RTL
                : hasRightToLeft(phrase.getContent()) ? PdfWriter.RUN_DIRECTION_LTR : PdfWriter.RUN_DIRECTION_NO_BIDI);
        // The line starts at x and runs as wide as it measured. OpenPDF measures right-to-left text before joining
        // its letters (wider than it is drawn), so the column reaches far to the right: it must neither wrap the
        // line again nor align it by that wider measure.
        float size = phrase.getFont().getSize();
        // the first line's baseline lies one leading (the font size) below the column's top
        column.setSimpleColumn(x, baseline - size, x + width + 2000, baseline + size);
        // in a right-to-left column OpenPDF swaps the sides: "right" puts the line against the column's left edge
        column.setAlignment(rightToLeft ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
        column.setLeading(0, 1);
        column.setUseAscender(false);
        column.addText(phrase);
        try {
            column.go();
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Draws one line aligned at a point ({@code Element.ALIGN_LEFT}: starting at x, {@code _RIGHT}: ending at x,
     * {@code _CENTER}: centred on x), shaped and ordered by its direction.
     */
    public static void show(PdfContentByte canvas, int alignment, Phrase phrase, float x, float baseline) {
        ColumnText.showTextAligned(canvas, alignment, phrase, x, baseline, 0, direction(phrase.getContent()), 0);
    }

    /** The width of a line as OpenPDF sets it in its direction. */
    public static float width(Phrase phrase) {
        return ColumnText.getWidth(phrase, direction(phrase.getContent()), 0);
    }

    /** OpenPDF aligns a right-to-left cell mirrored: ask it for the other side to get the one meant. */
    private static int visual(int alignment, int direction) {
        if (direction != PdfWriter.RUN_DIRECTION_RTL) {
            return alignment;
        }
        return switch (alignment) {
            case Element.ALIGN_LEFT -> Element.ALIGN_RIGHT;
            case Element.ALIGN_RIGHT -> Element.ALIGN_LEFT;
            default -> alignment;
        };
    }
}
