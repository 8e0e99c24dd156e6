package de.ffit.campus.kiosk.control;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import de.ffit.campus.platform.pdf.PdfFonts;
import io.nayuki.qrcodegen.QrCode;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Printable learner cards for the kiosk: credit-card sized, ten to an A4 sheet (two columns, five rows, the grid
 * centred, cards touching so that one cut separates two of them). A card shows who it belongs to, the learner's code
 * in groups of four, and a QR code of the kiosk address; the learner scans it and then types their PIN, so the card
 * alone opens nothing. Names are never cut: a long one wraps onto a second line and gets smaller until it fits.
 */
public final class LearnerCardSheet {

    /** What one card shows. */
    public record Card(String name, String nameOriginal, String code, String qrText, String organisation,
            String cohort, String course, Labels labels) {

        public Card {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(qrText, "qrText");
            Objects.requireNonNull(organisation, "organisation");
        }

        /** a card in the sheet's words, naming the cohort */
        public Card(String name, String nameOriginal, String code, String qrText, String organisation, String cohort) {
            this(name, nameOriginal, code, qrText, organisation, cohort, null, null);
        }
    }

    /**
     * The printed words, already in a language: the sheet's (the coordinator's), or a card's own (the learner's),
     * then with the hint in German as well ({@code hintGerman}, null when the card is German anyway) for whoever
     * helps at the kiosk.
     */
    public record Labels(String heading, String codeLabel, String hint, String hintGerman) {

        public Labels(String heading, String codeLabel, String hint) {
            this(heading, codeLabel, hint, null);
        }
    }

    private static final float MM = 72f / 25.4f;
    private static final float CARD_WIDTH = 85.6f * MM;
    private static final float CARD_HEIGHT = 54f * MM;
    private static final int COLUMNS = 2;
    private static final int ROWS = 5;
    /** inside the cut line, so that a cut a little off the line takes nothing printed */
    private static final float MARGIN = 3f * MM;
    private static final float BAND_HEIGHT = 8f * MM;
    /** the QR code with its quiet zone of four modules */
    private static final float QR_SIZE = 28f * MM;
    private static final int QUIET_MODULES = 4;

    private static final Color INK = new Color(0x1d, 0x24, 0x33);
    private static final Color MUTED = new Color(0x4a, 0x55, 0x68);
    private static final Color BRAND = new Color(0x0b, 0x3d, 0x6e);
    private static final Color PALE = new Color(0xd5, 0xe0, 0xec);
    private static final Color CUT = new Color(0xbb, 0xc0, 0xc8);
    /** the share of the font size a line takes above and below its baseline (Noto Sans) */
    private static final float ASCENT = 0.77f;
    private static final float DESCENT = 0.24f;
    private static final float SMALLEST = 4f;

    private LearnerCardSheet() {
    }

    public static byte[] render(List<Card> cards, Labels labels) {
        if (cards == null || cards.isEmpty()) {
            throw new IllegalArgumentException("no learner card to print");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        Document document = new Document(PageSize.A4, 0, 0, 0, 0);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setCompressionLevel(9);
            document.addTitle(labels.heading());
            document.addCreator("ffIT Campus");
            document.open();
            PdfContentByte canvas = writer.getDirectContent();
            int perPage = COLUMNS * ROWS;
            for (int first = 0; first < cards.size(); first += perPage) {
                if (first > 0) {
                    document.newPage();
                }
                List<Card> page = cards.subList(first, Math.min(cards.size(), first + perPage));
                cutLines(canvas, page.size());
                for (int i = 0; i < page.size(); i++) {
                    card(canvas, page.get(i), labels, left(i), bottom(i));
                }
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("learner cards could not be written", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    /** The left edge of the {@code index}th card of a page (row by row). */
    private static float left(int index) {
        float gridLeft = (PageSize.A4.getWidth() - COLUMNS * CARD_WIDTH) / 2;
        return gridLeft + (index % COLUMNS) * CARD_WIDTH;
    }

    private static float bottom(int index) {
        float gridTop = PageSize.A4.getHeight() - (PageSize.A4.getHeight() - ROWS * CARD_HEIGHT) / 2;
        return gridTop - (index / COLUMNS + 1) * CARD_HEIGHT;
    }

    /**
     * "K7MXQ2PA" as "K7MX Q2PA", a code with its check character "K7MXQ2PA7" as "K7M XQ2 PA7": easier to read out and
     * to type.
     */
    static String grouped(String code) {
        int group = code.length() % 3 == 0 && code.length() % 4 != 0 ? 3 : 4;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < code.length(); i += group) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(code, i, Math.min(code.length(), i + group));
        }
        return out.toString();
    }

    /**
     * The outline of every card on the page, each edge drawn once (neighbours share an edge) and in the same
     * direction, so the dashes of a shared edge do not run into each other.
     */
    private static void cutLines(PdfContentByte canvas, int count) {
        Set<List<Float>> edges = new LinkedHashSet<>();
        for (int i = 0; i < count; i++) {
            float x = left(i);
            float y = bottom(i);
            edges.add(List.of(x, y, x + CARD_WIDTH, y));
            edges.add(List.of(x, y + CARD_HEIGHT, x + CARD_WIDTH, y + CARD_HEIGHT));
            edges.add(List.of(x, y, x, y + CARD_HEIGHT));
            edges.add(List.of(x + CARD_WIDTH, y, x + CARD_WIDTH, y + CARD_HEIGHT));
        }
        canvas.saveState();
        canvas.setColorStroke(CUT);
        canvas.setLineWidth(0.4f);
        canvas.setLineDash(3f, 2f, 0f);
        for (List<Float> edge : edges) {
            canvas.moveTo(edge.get(0), edge.get(1));
            canvas.lineTo(edge.get(2), edge.get(3));
        }
        canvas.stroke();
        canvas.restoreState();
    }

    private static void card(PdfContentByte canvas, Card card, Labels sheet, float x, float y) {
        Labels labels = card.labels() == null ? sheet : card.labels();
        float top = y + CARD_HEIGHT;
        float innerLeft = x + MARGIN;
        float innerRight = x + CARD_WIDTH - MARGIN;
        band(canvas, card, labels, innerLeft, innerRight, top - MARGIN);

        // the hint along the bottom, over the whole width
        float hintTop = hint(canvas, labels, innerLeft, innerRight, y + MARGIN);

        // the QR code on the right, centred between the band and the hint
        float bandBottom = top - MARGIN - BAND_HEIGHT;
        float qrLeft = innerRight - QR_SIZE;
        float qrBottom = hintTop + (bandBottom - hintTop - QR_SIZE) / 2;
        qr(canvas, card.qrText(), qrLeft, qrBottom);

        // code at the foot of the column left of the QR code, name and original name above it in what is left
        float columnRight = qrLeft - 1.5f * MM;
        float width = columnRight - innerLeft;
        Text code = Text.fitted(grouped(card.code()), 17f, INK, true, width);
        float codeBaseline = hintTop + 2.5f * MM + DESCENT * code.size();
        code.show(canvas, innerLeft, codeBaseline);
        Text label = Text.fitted(labels.codeLabel(), 7f, MUTED, false, width);
        float labelBaseline = codeBaseline + ASCENT * code.size() + 1.2f * MM + DESCENT * label.size();
        label.show(canvas, innerLeft, labelBaseline);

        float nameTop = bandBottom - 3f * MM;
        float room = nameTop - (labelBaseline + label.ascent() + 2f * MM);
        boolean original = card.nameOriginal() != null && !card.nameOriginal().isBlank();
        // the original name gets at least one line of 8 pt
        float originalRoom = original ? 1.3f * 8f + 2f : 0;
        Lines name = Lines.fit(card.name(), INK, true, width, room - originalRoom, 15f, 11.5f, 13f);
        float bottom = name.draw(canvas, innerLeft, nameTop);
        if (original) {
            // never larger than the name above it
            float largest = Math.min(10f, name.size());
            Lines.fit(card.nameOriginal(), MUTED, false, width, room - name.height() - 2f, largest,
                    Math.min(8f, largest), Math.min(9f, largest)).draw(canvas, innerLeft, bottom - 2f);
        }
    }

    /**
     * The coloured band across the top: the heading on the left, the organisation on the right and the cohort, if
     * there is one, under it (on one line together they would be too small to read).
     */
    private static void band(PdfContentByte canvas, Card card, Labels labels, float left, float right, float top) {
        canvas.saveState();
        canvas.setColorFill(BRAND);
        canvas.roundRectangle(left, top - BAND_HEIGHT, right - left, BAND_HEIGHT, 1.2f * MM);
        canvas.fill();
        canvas.restoreState();
        float padding = 2f * MM;
        float middle = top - BAND_HEIGHT / 2;
        float room = right - left - 2 * padding;
        Text heading = Text.fitted(labels.heading(), 8f, Color.WHITE, true, room / 2);
        heading.show(canvas, left + padding, middle - (ASCENT - DESCENT) * heading.size() / 2);
        float width = room - heading.width() - 3f * MM;
        // the course in the learner's language where the card has it, else the cohort's name
        String second = card.course() == null || card.course().isBlank() ? card.cohort() : card.course();
        if (second == null || second.isBlank()) {
            Text organisation = Text.shortened(card.organisation(), 7.5f, Color.WHITE, width);
            organisation.show(canvas, right - padding, middle - (ASCENT - DESCENT) * organisation.size() / 2,
                    Element.ALIGN_RIGHT);
            return;
        }
        Text organisation = Text.shortened(card.organisation(), 6.8f, Color.WHITE, width);
        Text cohort = Text.shortened(second, 6.3f, PALE, width);
        float leading = 1.2f * organisation.size();
        float first = middle + (leading + DESCENT * cohort.size() - ASCENT * organisation.size()) / 2;
        organisation.show(canvas, right - padding, first, Element.ALIGN_RIGHT);
        cohort.show(canvas, right - padding, first - leading, Element.ALIGN_RIGHT);
    }

    /**
     * The hint in small type, on up to two lines ending just above {@code bottom} (three with the German one under
     * it); returns the top of its text.
     */
    private static float hint(PdfContentByte canvas, Labels labels, float left, float right, float bottom) {
        float size = 6.5f;
        int most = labels.hintGerman() == null ? 2 : 3;
        List<String> lines = hintLines(labels, size, right - left);
        while (lines.size() > most && size > SMALLEST) {
            size -= 0.25f;
            lines = hintLines(labels, size, right - left);
        }
        float leading = 1.25f * size;
        float baseline = bottom + DESCENT * size + (lines.size() - 1) * leading;
        float top = baseline + ASCENT * size;
        for (String line : lines) {
            Text text = Text.fitted(line, size, MUTED, false, right - left);
            if (text.direction() == PdfWriter.RUN_DIRECTION_RTL) {
                text.show(canvas, right, baseline, Element.ALIGN_RIGHT);
            } else {
                text.show(canvas, left, baseline);
            }
            baseline -= leading;
        }
        return top;
    }

    private static List<String> hintLines(Labels labels, float size, float width) {
        List<String> lines = new ArrayList<>(wrap(labels.hint(), size, false, width));
        if (labels.hintGerman() != null) {
            lines.addAll(wrap(labels.hintGerman(), size, false, width));
        }
        return lines;
    }

    /** Greedy wrapping at spaces; a word wider than the width stays whole (the caller makes the type smaller). */
    private static List<String> wrap(String text, float size, boolean bold, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (line.isEmpty() || Text.of(candidate, size, INK, bold).width() <= width) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /**
     * A QR code as filled squares (sharp at any printer resolution) in a square of {@link #QR_SIZE} whose lower left
     * corner is given, the quiet zone included.
     */
    private static void qr(PdfContentByte canvas, String text, float left, float bottom) {
        QrCode code = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int n = code.size;
        float module = QR_SIZE / (n + 2 * QUIET_MODULES);
        float x0 = left + QUIET_MODULES * module;
        float top = bottom + QR_SIZE - QUIET_MODULES * module;
        canvas.saveState();
        canvas.setColorFill(Color.BLACK);
        for (int row = 0; row < n; row++) {
            int column = 0;
            while (column < n) {
                if (!code.getModule(column, row)) {
                    column++;
                    continue;
                }
                int start = column;
                while (column < n && code.getModule(column, row)) {
                    column++;
                }
                // a run of dark modules as one rectangle, a hair taller so no light seam shows between rows
                canvas.rectangle(x0 + start * module, top - (row + 1) * module, (column - start) * module,
                        module + 0.05f);
            }
        }
        canvas.fill();
        canvas.restoreState();
    }

    /**
     * A name set as large as it fits: on one line if that is no smaller than {@code oneLineSmallest}, else on two
     * lines no larger than {@code twoLinesLargest}; a word too wide for the column, or too little height, makes it
     * smaller still. Nothing is cut.
     */
    private record Lines(List<Text> lines, float size) {

        static Lines fit(String text, Color color, boolean bold, float width, float height, float largest,
                float oneLineSmallest, float twoLinesLargest) {
            String line = text.strip();
            for (float size = largest; size >= oneLineSmallest; size -= 0.25f) {
                Lines one = new Lines(List.of(Text.of(line, size, color, bold)), size);
                if (one.fits(width, height)) {
                    return one;
                }
            }
            Lines two = wrapped(line, color, bold, width, twoLinesLargest);
            for (float size = twoLinesLargest - 0.25f; !two.fits(width, height) && size >= SMALLEST; size -= 0.25f) {
                two = wrapped(line, color, bold, width, size);
            }
            return two;
        }

        private static Lines wrapped(String text, Color color, boolean bold, float width, float size) {
            List<String> wrapped = wrap(text, size, bold, width);
            if (wrapped.size() > 2) {
                wrapped = List.of(text); // three lines would not fit: one line, as small as it must be
            }
            List<Text> lines = new ArrayList<>();
            for (String part : wrapped) {
                lines.add(Text.of(part, size, color, bold));
            }
            return new Lines(lines, size);
        }

        private boolean fits(float width, float height) {
            return lines.stream().allMatch(l -> l.width() <= width) && height() <= height;
        }

        float leading() {
            return lines.get(0).ascent() + lines.get(0).descent() + 0.1f * size;
        }

        float height() {
            return lines.get(0).ascent() + (lines.size() - 1) * leading() + lines.get(lines.size() - 1).descent();
        }

        /** Draws the lines with the first one's letters just below {@code top}; returns the bottom of the last. */
        float draw(PdfContentByte canvas, float left, float top) {
            float baseline = top - lines.get(0).ascent();
            for (int i = 0; i < lines.size(); i++) {
                if (i > 0) {
                    baseline -= leading();
                }
                lines.get(i).show(canvas, left, baseline);
            }
            return baseline - lines.get(lines.size() - 1).descent();
        }
    }

    /**
     * One line of text in our fonts, set right to left when it is in Arabic script, with its width as drawn (OpenPDF
     * measures it after joining the Arabic letters when given the run direction).
     */
    private record Text(Phrase phrase, int direction, float size, float width) {

        static Text of(String text, float size, Color color, boolean bold) {
            Phrase phrase = phrase(text, size, color, bold);
            int direction = PdfFonts.isRightToLeft(text) ? PdfWriter.RUN_DIRECTION_RTL
                    : PdfWriter.RUN_DIRECTION_NO_BIDI;
            return new Text(phrase, direction, size, ColumnText.getWidth(phrase, direction, 0));
        }

        /** At {@code size}, or smaller until it is no wider than {@code width}. */
        static Text fitted(String text, float size, Color color, boolean bold, float width) {
            Text line = of(text, size, color, bold);
            while (line.width() > width && size > SMALLEST) {
                size = Math.max(SMALLEST, size - 0.25f);
                line = of(text, size, color, bold);
            }
            return line;
        }

        /** At {@code size}, or smaller down to two thirds of it, and then cut short with an ellipsis. */
        static Text shortened(String text, float size, Color color, float width) {
            float smallest = size * 2 / 3;
            Text line = of(text, size, color, false);
            while (line.width() > width && size > smallest) {
                size = Math.max(smallest, size - 0.25f);
                line = of(text, size, color, false);
            }
            String shorter = text.strip();
            while (line.width() > width && shorter.length() > 1) {
                shorter = shorter.substring(0, shorter.length() - 1).strip();
                line = of(shorter + "…", size, color, false);
            }
            return line;
        }

        /** how far the letters reach above the baseline: Naskh letters reach higher and lower than Latin ones */
        float ascent() {
            return (direction == PdfWriter.RUN_DIRECTION_RTL ? 0.85f : ASCENT) * size;
        }

        float descent() {
            return (direction == PdfWriter.RUN_DIRECTION_RTL ? 0.45f : DESCENT) * size;
        }

        void show(PdfContentByte canvas, float x, float baseline) {
            show(canvas, x, baseline, Element.ALIGN_LEFT);
        }

        /** {@code x} is the left edge for {@link Element#ALIGN_LEFT}, the right edge for the right. */
        void show(PdfContentByte canvas, float x, float baseline, int alignment) {
            ColumnText.showTextAligned(canvas, alignment, phrase, x, baseline, 0, direction, 0);
        }

        /** Each character in the first of our fonts that has it; Latin and Cyrillic in bold when asked. */
        private static Phrase phrase(String text, float size, Color color, boolean bold) {
            Phrase phrase = PdfFonts.phrase(text, size, color);
            if (!bold) {
                return phrase;
            }
            BaseFont regular = PdfFonts.sans(size).getBaseFont();
            Font heavy = PdfFonts.bold(size);
            heavy.setColor(color);
            Phrase heavier = new Phrase();
            for (Element element : phrase) {
                Chunk chunk = (Chunk) element;
                heavier.add(chunk.getFont().getBaseFont() == regular ? new Chunk(chunk.getContent(), heavy) : chunk);
            }
            return heavier;
        }
    }
}
