package de.ffit.campus.attendance.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import de.ffit.campus.attendance.entity.AttendanceStatus;
import de.ffit.campus.platform.i18n.Language;
import de.ffit.campus.platform.i18n.Messages;
import org.junit.jupiter.api.Test;

class SignInSheetTest {

    static final SignInSheet.Labels GERMAN = new SignInSheet.Labels("Anwesenheitsliste", "Termin", "Ort",
            "Trainer/innen", "Thema", "Nr.", "Name", "Unterschrift", List.of("A", "V", "E", "F"),
            "A = anwesend, V = verspätet, E = entschuldigt, F = fehlt", "Gedruckt am 24.11.2026 · ffIT Campus");

    static SignInSheet.Data sample(int learners) {
        List<SignInSheet.Person> people = new java.util.ArrayList<>(List.of(
                new SignInSheet.Person("Amina Haddad", "أمينة حداد"),
                new SignInSheet.Person("Mohammad Rahimi", "محمد رحیمی"),
                new SignInSheet.Person("Olena Kovalenko", "Олена Коваленко"),
                new SignInSheet.Person("Mehmet Yılmaz", null),
                new SignInSheet.Person("Tesfay Gebremedhin", "ተስፋይ ገብረመድህን"),
                new SignInSheet.Person("Rojda Aslan Şêxmûs Xwendekar-Berfîn Dilşad Kurmancî Ji Bo Navê Dirêj", null)));
        for (int i = people.size(); i < learners; i++) {
            people.add(new SignInSheet.Person("Teilnehmende " + i, null));
        }
        return new SignInSheet.Data("ffIT Basis – Lechhausen, Herbst", "Montag, 2. März 2026, 09:30–12:00",
                "Gemeinschaftsunterkunft Lechhausen", "Tarek Trainer", "Internet und E-Mail", people, GERMAN);
    }

    @Test
    void listsEveryLearnerInTheirScriptsWithTheLessonFactsAndEmbeddedFonts() throws Exception {
        byte[] pdf = SignInSheet.render(sample(6));
        Files.createDirectories(Path.of("target", "pdf"));
        Files.write(Path.of("target", "pdf", "sign-in-sheet.pdf"), pdf);
        PdfReader reader = new PdfReader(pdf);
        assertEquals(1, reader.getNumberOfPages());
        String text = Normalizer.normalize(new PdfTextExtractor(reader).getTextFromPage(1), Normalizer.Form.NFKC);
        for (String expected : List.of("Anwesenheitsliste", "ffIT Basis – Lechhausen, Herbst", "Montag, 2. März 2026",
                "Gemeinschaftsunterkunft Lechhausen", "Tarek Trainer", "Unterschrift", "Amina Haddad",
                "Mehmet Yılmaz", "Олена Коваленко", "Tesfay Gebremedhin")) {
            assertTrue(text.contains(expected), expected + " missing in: " + text);
        }
        Set<String> fonts = new HashSet<>();
        PdfDictionary resources = reader.getPageN(1).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.FONT);
        for (PdfName key : resources.getKeys()) {
            PdfDictionary font = resources.getAsDict(key);
            fonts.add(font.getAsName(PdfName.BASEFONT).toString());
            assertTrue(font.contains(PdfName.DESCENDANTFONTS), "only embedded Unicode fonts: " + font.getAsName(PdfName.BASEFONT));
            PdfDictionary descendant = font.getAsArray(PdfName.DESCENDANTFONTS).getAsDict(0);
            assertTrue(descendant.getAsDict(PdfName.FONTDESCRIPTOR).contains(PdfName.FONTFILE2),
                    "embedded: " + font.getAsName(PdfName.BASEFONT));
        }
        assertTrue(fonts.stream().anyMatch(f -> f.contains("NotoNaskhArabic")), fonts.toString());
        assertTrue(fonts.stream().anyMatch(f -> f.contains("NotoSansEthiopic")), fonts.toString());
    }

    @Test
    void aFullCohortFlowsOntoMorePagesWithTheHeaderRepeated() throws Exception {
        PdfReader reader = new PdfReader(SignInSheet.render(sample(40)));
        assertTrue(reader.getNumberOfPages() >= 2);
        assertTrue(new PdfTextExtractor(reader).getTextFromPage(2).contains("Unterschrift"));
    }

    /** The sheet's labels as the app prints them in a language (right-to-left languages get the German sheet). */
    static SignInSheet.Labels labels(java.util.Locale locale) {
        List<String> statuses = java.util.Arrays.stream(AttendanceStatus.values())
                .map(s -> Messages.text(locale, "attendanceStatus.short." + s)).toList();
        return new SignInSheet.Labels(Messages.text(locale, "sheet.title"), Messages.text(locale, "sheet.when"),
                Messages.text(locale, "field.location"), Messages.text(locale, "field.trainers"),
                Messages.text(locale, "field.topic"), Messages.text(locale, "sheet.number"),
                Messages.text(locale, "field.name"), Messages.text(locale, "sheet.signature"), statuses, "",
                "ffIT Campus");
    }

    @Test
    void theColumnHeadersFitOnOneLineInEveryLanguage() throws Exception {
        List<String> broken = new java.util.ArrayList<>();
        for (Language language : Language.values()) {
            java.util.Locale locale = language.isRightToLeft() ? java.util.Locale.GERMAN
                    : java.util.Locale.forLanguageTag(language.code());
            SignInSheet.Labels labels = labels(locale);
            SignInSheet.Data data = sample(3);
            byte[] pdf = SignInSheet.render(new SignInSheet.Data(data.cohortName(), data.when(), data.location(),
                    data.trainers(), data.topic(), data.people(), labels));
            Files.createDirectories(Path.of("target", "pdf"));
            Files.write(Path.of("target", "pdf", "sign-in-sheet-" + language.code() + ".pdf"), pdf);
            try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
                org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
                stripper.setSortByPosition(true);
                String header = Normalizer.normalize(stripper.getText(document), Normalizer.Form.NFKC).lines()
                        .filter(l -> l.contains(labels.signature())).findFirst().orElse("");
                List<String> expected = new java.util.ArrayList<>(List.of(labels.number(), labels.name(),
                        labels.signature()));
                expected.addAll(labels.statuses());
                for (String label : expected) {
                    // read back NFKC-normalised (№ becomes No)
                    label = Normalizer.normalize(label, Normalizer.Form.NFKC);
                    if (!java.util.Arrays.asList(header.split("\\s+")).contains(label)) {
                        broken.add(language.code() + ": «" + label + "» not whole in the header line «" + header + "»");
                    }
                }
            }
        }
        assertTrue(broken.isEmpty(), String.join("\n", broken));
    }
}
