package de.ffit.campus.attendance.control;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import de.ffit.campus.platform.pdf.PdfFonts;
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

    private SignInSheet() {
    }

    public static byte[] render(Data data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 36, 36, 40, 40);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(data.labels().title() + " – " + data.cohortName());
            document.addCreator("ffIT Campus");
            document.open();
            Paragraph title = new Paragraph(data.labels().title(), PdfFonts.bold(16));
            title.setSpacingAfter(4);
            document.add(title);
            document.add(paragraph(data.cohortName(), 13, INK));
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
            Paragraph legend = paragraph(data.labels().legend(), 8.5f, MUTED);
            legend.setSpacingBefore(6);
            document.add(legend);
            Paragraph footer = paragraph(data.labels().footer(), 8, MUTED);
            footer.setSpacingBefore(10);
            document.add(footer);
        } catch (DocumentException e) {
            throw new IllegalStateException("sign-in sheet could not be written", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    /** A paragraph whose own font is ours too: OpenPDF spaces paragraphs with it (else Helvetica, not embedded). */
    private static Paragraph paragraph(String text, float size, Color color) {
        Paragraph paragraph = new Paragraph(PdfFonts.phrase(text, size, color));
        paragraph.setFont(PdfFonts.sans(size));
        return paragraph;
    }

    private static void fact(PdfPTable table, String label, String value) {
        PdfPCell name = new PdfPCell(PdfFonts.phrase(label, 9.5f, MUTED));
        name.setBorder(Rectangle.NO_BORDER);
        name.setPaddingBottom(3);
        table.addCell(name);
        PdfPCell text = new PdfPCell(PdfFonts.phrase(value, 10.5f, INK));
        text.setBorder(Rectangle.NO_BORDER);
        text.setPaddingBottom(3);
        table.addCell(text);
    }

    private static PdfPTable table(Data data) {
        List<String> statuses = data.labels().statuses();
        float[] widths = new float[3 + statuses.size()];
        widths[0] = 5;
        widths[1] = 40;
        widths[2] = 31;
        for (int i = 0; i < statuses.size(); i++) {
            widths[3 + i] = 6;
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        header(table, data.labels().number());
        header(table, data.labels().name());
        header(table, data.labels().signature());
        for (String status : statuses) {
            PdfPCell cell = header(table, status);
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
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
        PdfPCell latin = new PdfPCell(PdfFonts.phrase(person.name(), 11, INK));
        latin.setBorder(Rectangle.NO_BORDER);
        latin.setPadding(0);
        lines.addCell(latin);
        if (person.nameOriginal() != null && !person.nameOriginal().isBlank()) {
            PdfPCell original = new PdfPCell(PdfFonts.phrase(person.nameOriginal(), 10.5f, MUTED));
            original.setBorder(Rectangle.NO_BORDER);
            original.setPadding(0);
            original.setPaddingTop(1);
            if (PdfFonts.isRightToLeft(person.nameOriginal())) {
                original.setRunDirection(PdfWriter.RUN_DIRECTION_RTL);
            }
            lines.addCell(original);
        }
        PdfPCell cell = new PdfPCell(lines);
        cell.setMinimumHeight(30);
        return cell;
    }

    private static PdfPCell header(PdfPTable table, String text) {
        PdfPCell cell = new PdfPCell(PdfFonts.phrase(text, 9.5f, INK));
        cell.setBackgroundColor(new Color(0xf0, 0xf2, 0xf6));
        cell.setPadding(5);
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
