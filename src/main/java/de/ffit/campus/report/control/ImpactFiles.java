package de.ffit.campus.report.control;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import de.ffit.campus.platform.export.Spreadsheet;
import de.ffit.campus.platform.i18n.Language;
import de.ffit.campus.platform.i18n.Messages;
import de.ffit.campus.platform.i18n.Numerals;
import de.ffit.campus.platform.pdf.PdfText;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The impact report as files for an annual report: a one-page PDF and a CSV. Figures only, and any count of one to
 * four people shown as "&lt; 5" (a rate over fewer than five people as "–"), so that nobody can be picked out.
 */
public final class ImpactFiles {

    private static final Color INK = new Color(0x1d, 0x24, 0x33);
    private static final Color MUTED = new Color(0x4a, 0x55, 0x68);
    private static final Color BRAND = new Color(0x0b, 0x5c, 0xad);
    private static final Color LINE = new Color(0xd5, 0xda, 0xe3);
    private static final Color GROUND = new Color(0xf4, 0xf6, 0xf9);
    private static final int LANGUAGES_SHOWN = 8;

    private ImpactFiles() {
    }

    /** A count as the report shows it: "&lt; 5" for one to four. */
    public static String count(int n) {
        return n > 0 && n < ImpactReport.SMALLEST_GROUP ? "< " + ImpactReport.SMALLEST_GROUP : String.valueOf(n);
    }

    /** A rate as the report shows it: "–" when there is none or it is over fewer than five people. */
    public static String rate(Integer percent, int base) {
        return percent == null || base < ImpactReport.SMALLEST_GROUP ? "–" : percent + " %";
    }

    /** PDF and CSV in the user's language, or German where it is written right to left (the layout is not). */
    public static Locale locale(Locale user) {
        return Language.ofLocale(user).isRightToLeft() ? Locale.GERMAN : user;
    }

    private static String t(Locale locale, String key, Object... args) {
        return Messages.text(locale, key, args);
    }

    private static String period(ImpactReport r, Locale locale) {
        DateTimeFormatter day = Numerals.localized(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM), locale);
        return r.from().format(day) + " – " + r.to().format(day);
    }

    private static String scope(ImpactReport r, Locale locale) {
        List<String> parts = new ArrayList<>();
        parts.add(r.organisation() == null ? t(locale, "report.allOrganisations") : r.organisation());
        if (r.location() != null) {
            parts.add(t(locale, "field.location") + ": " + r.location());
        }
        if (r.course() != null) {
            parts.add(t(locale, "report.course") + ": " + r.course());
        }
        return String.join(" · ", parts);
    }

    private static List<String> groupHeader(Locale locale, String first) {
        return List.of(first, t(locale, "report.participants"), t(locale, "report.graduates"),
                t(locale, "report.completionRate"), t(locale, "report.averageAttendance"),
                t(locale, "report.certificates"), t(locale, "report.withdrawals"));
    }

    private static List<String> groupRow(String name, ImpactReport.Figures f) {
        return List.of(name, count(f.participants()), count(f.graduates()), rate(f.completionRate(),
                f.finishedEnrollments()), rate(f.averageAttendance(), f.participants()), count(f.certificates()),
                count(f.withdrawals()));
    }

    // ---- CSV --------------------------------------------------------------------------------------------------

    public static byte[] csv(ImpactReport r, Locale user) {
        Locale locale = locale(user);
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(t(locale, "report.period"), period(r, locale)));
        rows.add(List.of(t(locale, "report.scope"), scope(r, locale)));
        rows.add(List.of());
        rows.add(groupRow(t(locale, "report.total"), r.total()));
        section(rows, groupHeader(locale, t(locale, "report.byOrganisation")), r.byOrganisation());
        section(rows, groupHeader(locale, t(locale, "report.byLocation")), r.byLocation());
        section(rows, groupHeader(locale, t(locale, "report.byCourse")), r.byCourse());
        rows.add(List.of());
        rows.add(List.of(t(locale, "report.byLanguage"), t(locale, "report.participants")));
        r.byLanguage().forEach(l -> rows.add(List.of(l.name() + " (" + l.code() + ")", count(l.learners()))));
        rows.add(List.of());
        rows.add(List.of(t(locale, "report.trend"), t(locale, "report.participants"), t(locale, "report.graduates"),
                t(locale, "report.certificates")));
        for (List<ImpactReport.TrendPoint> points : List.of(r.years(), r.quarters())) {
            points.forEach(p -> rows.add(List.of(p.label(), count(p.participants()), count(p.graduates()),
                    count(p.certificates()))));
        }
        rows.add(List.of());
        rows.add(List.of(t(locale, "report.privacy")));
        return Spreadsheet.csv(groupHeader(locale, ""), rows);
    }

    private static void section(List<List<String>> rows, List<String> header, List<ImpactReport.Group> groups) {
        if (groups.isEmpty()) {
            return;
        }
        rows.add(List.of());
        rows.add(header);
        groups.forEach(g -> rows.add(groupRow(g.name(), g.figures())));
    }

    // ---- PDF --------------------------------------------------------------------------------------------------

    public static byte[] pdf(ImpactReport r, Locale user, LocalDate today) {
        Locale locale = locale(user);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 42, 42, 40, 36);
        PdfWriter.getInstance(document, bytes);
        document.addTitle(t(locale, "report.title"));
        document.open();

        document.add(PdfText.block(t(locale, "report.title"), 18, BRAND, Element.ALIGN_LEFT, 0, 0));
        document.add(line(scope(r, locale) + " · " + period(r, locale), 10.5f, INK, 2, 10));

        // the six key figures
        PdfPTable keys = new PdfPTable(3);
        keys.setWidthPercentage(100);
        keys.setSpacingAfter(10);
        ImpactReport.Figures f = r.total();
        key(keys, t(locale, "report.participants"), count(f.participants()));
        key(keys, t(locale, "report.graduates"), count(f.graduates()));
        key(keys, t(locale, "report.certificates"), count(f.certificates()));
        key(keys, t(locale, "report.completionRate"), rate(f.completionRate(), f.finishedEnrollments()));
        key(keys, t(locale, "report.averageAttendance"), rate(f.averageAttendance(), f.participants()));
        key(keys, t(locale, "report.withdrawals"), count(f.withdrawals()));
        document.add(keys);

        if (r.isEmpty()) {
            document.add(line(t(locale, "report.empty"), 11, MUTED, 4, 8));
        }
        groups(document, locale, t(locale, "report.byOrganisation"), r.byOrganisation());
        groups(document, locale, t(locale, "report.byLocation"), r.byLocation());
        groups(document, locale, t(locale, "report.byCourse"), r.byCourse());

        // languages and the years side by side
        PdfPTable twoColumns = new PdfPTable(new float[] {1, 1.3f});
        twoColumns.setWidthPercentage(100);
        PdfPTable languages = table(new float[] {2, 1.3f}, List.of(t(locale, "report.byLanguage"),
                t(locale, "report.participants")));
        List<ImpactReport.LanguageCount> shown = r.byLanguage().size() > LANGUAGES_SHOWN
                ? r.byLanguage().subList(0, LANGUAGES_SHOWN - 1) : r.byLanguage();
        shown.forEach(l -> row(languages, List.of(l.name(), count(l.learners()))));
        if (shown.size() < r.byLanguage().size()) {
            int others = r.byLanguage().subList(shown.size(), r.byLanguage().size()).stream()
                    .mapToInt(ImpactReport.LanguageCount::learners).sum();
            row(languages, List.of(t(locale, "report.otherLanguages"), count(others)));
        }
        PdfPTable years = table(new float[] {1.2f, 1, 1, 1}, List.of(t(locale, "report.year"),
                t(locale, "report.participants"), t(locale, "report.graduates"), t(locale, "report.certificates")));
        r.years().forEach(p -> row(years, List.of(p.label(), count(p.participants()), count(p.graduates()),
                count(p.certificates()))));
        twoColumns.addCell(wrap(languages, 0, 6));
        twoColumns.addCell(wrap(years, 6, 0));
        twoColumns.setSpacingBefore(4);
        document.add(twoColumns);

        document.add(line(t(locale, "report.definitions"), 7.5f, MUTED, 10, 2));
        document.add(line(t(locale, "report.privacy") + " " + t(locale, "report.made", today.format(
                Numerals.localized(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM), locale))), 7.5f, MUTED, 2, 0));
        document.close();
        return bytes.toByteArray();
    }

    private static Element line(String text, float size, Color color, float before, float after) {
        return PdfText.block(text, size, color, Element.ALIGN_LEFT, before, after);
    }

    private static void key(PdfPTable keys, String label, String value) {
        PdfPCell cell = new PdfPCell();
        cell.setBorderColor(LINE);
        cell.setBackgroundColor(GROUND);
        cell.setPadding(7);
        cell.addElement(PdfText.block(value, 20, BRAND, Element.ALIGN_LEFT, 0, 0));
        cell.addElement(PdfText.block(label, 9, MUTED, Element.ALIGN_LEFT, 0, 0));
        keys.addCell(cell);
    }

    private static void groups(Document document, Locale locale, String title, List<ImpactReport.Group> groups) {
        if (groups.isEmpty()) {
            return;
        }
        PdfPTable table = table(new float[] {2.2f, 1.2f, 1.2f, 1.2f, 1.2f, 1.2f, 1.2f}, groupHeader(locale, title));
        groups.forEach(g -> row(table, groupRow(g.name(), g.figures())));
        table.setSpacingAfter(8);
        document.add(table);
    }

    private static PdfPTable table(float[] widths, List<String> header) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (int i = 0; i < header.size(); i++) {
            PdfPCell cell = PdfText.cell(header.get(i), i == 0 ? 8.5f : 7, i == 0 ? INK : MUTED,
                    i == 0 ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
            cell.setBorder(Rectangle.BOTTOM);
            cell.setBorderColor(BRAND);
            cell.setPaddingBottom(4);
            cell.setPaddingLeft(2);
            cell.setPaddingRight(2);
            cell.setVerticalAlignment(Element.ALIGN_BOTTOM);
            table.addCell(cell);
        }
        return table;
    }

    private static void row(PdfPTable table, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            PdfPCell cell = PdfText.cell(values.get(i), 8.5f, INK, i == 0 ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
            cell.setBorder(Rectangle.BOTTOM);
            cell.setBorderColor(LINE);
            cell.setPadding(3);
            table.addCell(cell);
        }
    }

    private static PdfPCell wrap(PdfPTable inner, float left, float right) {
        PdfPCell cell = new PdfPCell(inner);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPaddingLeft(left);
        cell.setPaddingRight(right);
        return cell;
    }
}
