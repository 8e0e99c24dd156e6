package de.ffit.campus.certificate.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A cohort's print (issue 24, item 4): what was frozen at issue rendered again into one document is what the issued
 * PDFs say, page by page, and a thousand certificates make a file a print shop accepts.
 */
class CohortPrintTest {

    static CertificateFonts fonts;
    static CertificateTemplate basis;
    static CertificateRenderer renderer;

    @BeforeAll
    static void readTemplates() throws IOException {
        fonts = CertificateFonts.read(CertificateRendererTest.TEMPLATES.resolve("fonts"));
        basis = TemplateReader.readAll(CertificateRendererTest.TEMPLATES, fonts).get("ffit-basis");
        renderer = new CertificateRenderer(fonts);
        Files.createDirectories(CertificateRendererTest.OUT);
    }

    /** a learner of a mixed cohort: Arabic, Persian, Ukrainian, Tigrinya and German names and languages */
    static CertificateContent learner(int i) {
        String[][] kinds = {{"Amina Haddad", "أمينة حداد", "ar"}, {"Dariush Karimi", "داریوش کریمی", "fa"},
                {"Olena Kovalenko", "Олена Коваленко", "uk"}, {"Selam Tesfay", "ሰላም ተስፋይ", "ti"},
                {"Jürgen Müller-Weiß", null, "de"}};
        String[] kind = kinds[i % kinds.length];
        return CertificateRendererTest.learner(kind[0] + " " + i, kind[1] == null ? null : kind[1] + " " + i,
                kind[2], i % 3 == 0 ? LocalDate.of(1990 + i % 20, 1 + i % 12, 1 + i % 28) : null);
    }

    /** issued as the application issues: the single PDF, and what it printed, frozen */
    record Issued(byte[] pdf, CohortPrint.Sheet sheet) {
    }

    static Issued issue(CertificateContent content) {
        byte[] pdf = renderer.render(basis, content);
        String frozen = FrozenContent.freeze(basis, content).toJson();
        return new Issued(pdf, new CohortPrint.Sheet(basis.key(), basis.revision(), frozen, () -> pdf));
    }

    static byte[] print(List<CohortPrint.Sheet> sheets) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CohortPrint.write(renderer, basis, sheets, out, () -> { });
        return out.toByteArray();
    }

    static List<String> pages(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                pages.add(extractor.getTextFromPage(page));
            }
            return pages;
        } finally {
            reader.close();
        }
    }

    @Test
    void aReprintedPageSaysWhatTheIssuedPdfSaysArabicNameIncluded() throws IOException {
        List<Issued> issued = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            issued.add(issue(learner(i)));
        }
        // an old certificate, issued before contents were frozen, is copied from its stored PDF
        byte[] old = renderer.render(basis, learner(7));
        List<CohortPrint.Sheet> sheets = new ArrayList<>(issued.stream().map(Issued::sheet).toList());
        sheets.add(2, new CohortPrint.Sheet(basis.key(), null, null, () -> old));
        byte[] printed = print(sheets);
        Files.write(CertificateRendererTest.OUT.resolve("cohort-print.pdf"), printed);

        List<String> pages = pages(printed);
        assertEquals(6, pages.size());
        List<byte[]> expected = new ArrayList<>(issued.stream().map(Issued::pdf).toList());
        expected.add(2, old);
        for (int i = 0; i < expected.size(); i++) {
            List<String> single = pages(expected.get(i));
            assertEquals(1, single.size());
            assertEquals(single.get(0), pages.get(i), "page " + (i + 1));
        }
        String first = CertificateRendererTest.text(printed);
        assertTrue(first.contains("Amina Haddad 0"), first);
    }

    @Test
    void aCertificateIssuedWithAnotherRevisionOfTheTemplateIsPrintedFromItsStoredPdf() throws IOException {
        Issued issued = issue(learner(1));
        String otherFrozen = FrozenContent.freeze(basis, learner(2)).toJson();
        CohortPrint.Sheet changedSince = new CohortPrint.Sheet(basis.key(), "sha256:" + "0".repeat(64), otherFrozen,
                issued::pdf);
        List<String> pages = pages(print(List.of(changedSince)));
        assertEquals(pages(issued.pdf()), pages);
        assertTrue(pages.get(0).contains("Dariush Karimi 1"), pages.get(0));
    }

    @Test
    void aThousandCertificatesInOneFileStayUnderFiveMegabytes() throws IOException {
        List<CohortPrint.Sheet> sheets = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            sheets.add(issue(learner(i)).sheet());
        }
        byte[] printed = print(sheets);
        assertEquals(1000, new PdfReader(printed).getNumberOfPages());
        assertTrue(printed.length < 5_000_000, printed.length + " bytes");
    }
}
