package de.ffit.campus.report.control;

import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ffit.campus.platform.i18n.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The impact report's PDF as a funder reads it: the languages' own names in their own script, in reading order. */
class ImpactFilesTest {

    static final Path OUT = Path.of("target", "impact");

    static ImpactReport report() {
        ImpactReport.Figures figures = new ImpactReport.Figures(42, 30, 29, 71, 84, 3, 40);
        List<ImpactReport.LanguageCount> languages = List.of(
                new ImpactReport.LanguageCount("ar", Language.AR.nativeName(), 14),
                new ImpactReport.LanguageCount("fa", Language.FA.nativeName(), 9),
                new ImpactReport.LanguageCount("ps", Language.PS.nativeName(), 7),
                new ImpactReport.LanguageCount("uk", Language.UK.nativeName(), 6),
                new ImpactReport.LanguageCount("ti", Language.TI.nativeName(), 6));
        List<ImpactReport.TrendPoint> quarters = List.of(new ImpactReport.TrendPoint(2026, 1, 10, 6, 6),
                new ImpactReport.TrendPoint(2026, 2, 12, 9, 8), new ImpactReport.TrendPoint(2026, 3, 8, 7, 7),
                new ImpactReport.TrendPoint(2026, 4, 12, 8, 8));
        List<ImpactReport.TrendPoint> years = List.of(new ImpactReport.TrendPoint(2026, 0, 42, 30, 29));
        return new ImpactReport(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), "Tür an Tür", null, null,
                figures, List.of(), List.of(new ImpactReport.Group(1, "Lechhausen", figures)),
                List.of(new ImpactReport.Group(2, "ffIT Basis", figures)), languages, quarters, years);
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC);
        }
    }

    @Test
    void theLanguagesNamesInArabicScriptAreJoinedAndInReadingOrder() throws IOException {
        byte[] pdf = ImpactFiles.pdf(report(), Locale.GERMAN, LocalDate.of(2027, 1, 5));
        Files.createDirectories(OUT);
        Files.write(OUT.resolve("impact-de.pdf"), pdf);
        String text = text(pdf);
        for (String name : List.of("العربية", "پښتو", Language.FA.nativeName(), "Українська", "ትግርኛ")) {
            assertTrue(text.contains(name), "«" + name + "» not in the PDF's text:\n" + text);
        }
    }

    @Test
    void theArabicUsersReportReadsTheSame() throws IOException {
        byte[] pdf = ImpactFiles.pdf(report(), Locale.forLanguageTag("ar"), LocalDate.of(2027, 1, 5));
        Files.createDirectories(OUT);
        Files.write(OUT.resolve("impact-ar.pdf"), pdf);
        String text = text(pdf);
        for (String name : List.of("العربية", "پښتو", "دری/فارسی")) {
            assertTrue(text.contains(name), "«" + name + "» not in the PDF's text:\n" + text);
        }
    }
}
