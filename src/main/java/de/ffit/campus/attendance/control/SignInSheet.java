package de.ffit.campus.attendance.control;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import de.ffit.campus.platform.pdf.PdfFonts;
import de.ffit.campus.platform.pdf.PdfText;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * The paper fallback: a printable sign-in sheet for one lesson (date, time, location, trainers, every learner
 * with a signature field and boxes to tick), so that attendance taken on paper can be entered afterwards.
 */
public final class SignInSheet {

    /** The fixed texts, in the language the sheet is printed in. */
    public record Labels(String title, String when, String location, String trainers, String topic, String number,
            String name, String signature, List<String> statuses, String legend, String footer) {
    }

    public record Person(String name, String nameOriginal) {
    }

    public record Data(String cohortName, String when, String location, String trainers, String topic,
            List<Person> people, Labels labels) {
    }

    private static final Color INK = new Color(0x1d, 0x24, 0x33);
    private static final Color MUTED = new Color(0x4a, 0x55, 0x68);
    private static final Color LINE = new Color(0x9a, 0xa3, 0xb2);
    private static final float MARGIN = 36;
    private static final float HEADER_SIZE = 9.5f;
    private static final float HEADER_PADDING = 5;
    /** the narrowest a status column gets: a box to tick by hand */
    private static final float TICK_BOX = 30;

    private SignInSheet() {
    }

    public static byte[] render(Data data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, 40, 40);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(data.labels().title() + " – " + data.cohortName());
            document.addCreator("ffIT Campus");
            document.open();
            PdfPCell title = PdfText.cell(new Phrase(data.labels().title(), PdfFonts.bold(16)), Element.ALIGN_LEFT);
            title.setBorder(Rectangle.NO_BORDER);
            title.setPadding(0);
            title.setPaddingBottom(6);
            PdfPTable heading = new PdfPTable(1);
            heading.setWidthPercentage(100);
            heading.addCell(title);
            document.add(heading);
            document.add(PdfText.block(data.cohortName(), 13, INK, Element.ALIGN_LEFT, 0, 0));
            PdfPTable facts = new PdfPTable(new float[] {22, 78});
            facts.setWidthPercentage(100);
            facts.setSpacingBefore(8);
            facts.setSpacingAfter(10);
            fact(facts, data.labels().when(), data.when());
            fact(facts, data.labels().location(), data.location());
            fact(facts, data.labels().trainers(), data.trainers());
            if (data.topic() != null && !data.topic().isBlank()) {
                fact(facts, data.labels().topic(), data.topic());
            }
            document.add(facts);
            document.add(table(data));
            document.add(PdfText.block(data.labels().legend(), 8.5f, MUTED, Element.ALIGN_LEFT, 6, 0));
            document.add(PdfText.block(data.labels().footer(), 8, MUTED, Element.ALIGN_LEFT, 10, 0));
        } catch (DocumentException e) {
            throw new IllegalStateException("sign-in sheet could not be written", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static void fact(PdfPTable table, String label, String value) {
        PdfPCell name = PdfText.cell(label, 9.5f, MUTED, Element.ALIGN_LEFT);
        name.setBorder(Rectangle.NO_BORDER);
        name.setPaddingBottom(3);
        table.addCell(name);
        PdfPCell text = PdfText.cell(value, 10.5f, INK, Element.ALIGN_LEFT);
        text.setBorder(Rectangle.NO_BORDER);
        text.setPaddingBottom(3);
        table.addCell(text);
    }

    private static PdfPTable table(Data data) {
        List<String> statuses = data.labels().statuses();
        PdfPTable table = new PdfPTable(widths(data));
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        header(table, data.labels().number(), Element.ALIGN_LEFT);
        header(table, data.labels().name(), Element.ALIGN_LEFT);
        header(table, data.labels().signature(), Element.ALIGN_LEFT);
        for (String status : statuses) {
            header(table, status, Element.ALIGN_CENTER);
        }
        int number = 1;
        for (Person person : data.people()) {
            table.addCell(bordered(new PdfPCell(PdfFonts.phrase(String.valueOf(number++), 10, INK))));
            table.addCell(bordered(nameCell(person)));
            table.addCell(bordered(new PdfPCell(new Phrase(" ", PdfFonts.sans(10)))));
            for (int i = 0; i < statuses.size(); i++) {
                table.addCell(bordered(new PdfPCell(new Phrase(" ", PdfFonts.sans(10)))));
            }
        }
        return table;
    }

    /** The name as on the certificate, and under it the original script, right to left where it is. */
    private static PdfPCell nameCell(Person person) {
        PdfPTable lines = new PdfPTable(1);
        lines.setWidthPercentage(100);
        PdfPCell latin = PdfText.cell(person.name(), 11, INK, Element.ALIGN_LEFT);
        latin.setBorder(Rectangle.NO_BORDER);
        latin.setPadding(0);
        lines.addCell(latin);
        if (person.nameOriginal() != null && !person.nameOriginal().isBlank()) {
            PdfPCell original = PdfText.cell(person.nameOriginal(), 10.5f, MUTED, Element.ALIGN_LEFT);
            original.setBorder(Rectangle.NO_BORDER);
            original.setPadding(0);
            original.setPaddingTop(1);
            lines.addCell(original);
        }
        PdfPCell cell = new PdfPCell(lines);
        cell.setMinimumHeight(30);
        return cell;
    }

    /**
     * The columns' widths in points: the number and each status as wide as its header (measured, so that no
     * abbreviation breaks, "Anw." or "Запізн." alike) and at least a box to tick; name and signature share the rest.
     */
    static float[] widths(Data data) {
        List<String> statuses = data.labels().statuses();
        float[] widths = new float[3 + statuses.size()];
        float padding = 2 * HEADER_PADDING + 2;
        widths[0] = Math.max(headerWidth(data.labels().number()), headerWidth(String.valueOf(data.people().size())))
                + padding;
        float rest = PageSize.A4.getWidth() - 2 * MARGIN - widths[0];
        for (int i = 0; i < statuses.size(); i++) {
            widths[3 + i] = Math.max(TICK_BOX, headerWidth(statuses.get(i)) + padding);
            rest -= widths[3 + i];
        }
        widths[1] = rest * 0.56f;
        widths[2] = rest * 0.44f;
        return widths;
    }

    private static float headerWidth(String text) {
        return PdfText.width(PdfFonts.phrase(text, HEADER_SIZE, INK));
    }

    private static PdfPCell header(PdfPTable table, String text, int alignment) {
        PdfPCell cell = PdfText.cell(text, HEADER_SIZE, INK, alignment);
        cell.setBackgroundColor(new Color(0xf0, 0xf2, 0xf6));
        cell.setPadding(HEADER_PADDING);
        cell.setBorderColor(LINE);
        table.addCell(cell);
        return cell;
    }

    private static PdfPCell bordered(PdfPCell cell) {
        cell.setBorderColor(LINE);
        cell.setPadding(5);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setMinimumHeight(30);
        return cell;
    }
}
