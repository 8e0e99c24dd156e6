package de.ffit.campus.certificate.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The default template rendered for learners writing in every script ffIT meets, read back with PDFBox: the text a
 * reader (or a screen reader, or a search) gets out of the PDF is the name as written, in the right order, with
 * every font embedded as a subset. The PDFs land in target/certificates for a look.
 */
class CertificateRendererTest {

    static final Path TEMPLATES = Path.of("certificate-templates");
    static final Path OUT = Path.of("target", "certificates");
    static CertificateFonts fonts;
    static CertificateTemplate basis;
    static CertificateRenderer renderer;

    @BeforeAll
    static void readTemplates() throws IOException {
        fonts = CertificateFonts.read(TEMPLATES.resolve("fonts"));
        basis = TemplateReader.readAll(TEMPLATES, fonts).get("ffit-basis");
        renderer = new CertificateRenderer(fonts);
        Files.createDirectories(OUT);
    }

    static CertificateContent learner(String name, String original, String language, LocalDate birth) {
        return new CertificateContent(name, original, birth, "ffIT Basis", "ffIT Basis – Lechhausen, Herbst",
                LocalDate.of(2026, 9, 7), LocalDate.of(2026, 11, 25), "Gemeinschaftsunterkunft Lechhausen", 15, 16,
                List.of("Computer-Grundlagen", "Smartphone-Grundlagen", "Internet und E-Mail"),
                List.of("1.1", "2.1", "4.2"), LocalDate.of(2026, 11, 30), "FFIT-2026-000042", "Tür an Tür – Augsburg",
                "Claudia Koordinatorin", List.of("Tom Trainer", "Sara Schmidt"),
                "https://campus.example.org/verify/q7Xw2mB9kLp4RtZs8NvC1a", "q7Xw2mB9kLp4RtZs8NvC1a", language)
                .withShortCode(SHORT_CODE, "campus.example.org/verify");
    }

    static final String SHORT_CODE = "K7M2-QX9P-4T";

    static String nfkc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC);
    }

    /** text as one line: wrapped lines joined by a space */
    static String flat(String s) {
        return s.replaceAll("\\s+", " ");
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC);
        }
    }

    static byte[] render(String file, CertificateContent content) throws IOException {
        byte[] pdf = renderer.render(basis, content);
        Files.write(OUT.resolve(file + ".pdf"), pdf);
        return pdf;
    }

    @Test
    void aGermanCertificateSaysWhoDidWhatWithUmlautsAndTheSerial() throws IOException {
        byte[] pdf = render("de", learner("Jürgen Müller-Weiß", null, "de", LocalDate.of(1990, 4, 3)));
        String text = text(pdf);
        assertTrue(text.contains("Zertifikat"), text);
        assertTrue(text.contains("Jürgen Müller-Weiß"), text);
        assertTrue(text.contains("geboren am 3. April 1990"), text);
        assertTrue(text.contains("15 von 16 Terminen"), text);
        assertTrue(text.contains("FFIT-2026-000042"), text);
        assertTrue(text.contains("Ausgestellt am 30. November 2026"), text);
        assertTrue(pdf.length < 60 * 1024, pdf.length + " bytes");
    }

    @Test
    void arabicPersianAndPashtoNamesComeOutJoinedAndInTheirOrder() throws IOException {
        Map<String, String[]> learners = Map.of(
                "ar", new String[] {"Amina Haddad", "أمينة حداد", "شهادة"},
                "fa", new String[] {"Mohammad Rahimi", "محمد رحیمی", "گواهی‌نامه"},
                "ps", new String[] {"Zarghuna Ahmadzai", "زرغونه احمدزۍ", "تصدیق‌نامه"});
        for (Map.Entry<String, String[]> l : learners.entrySet()) {
            String[] v = l.getValue();
            byte[] pdf = render(l.getKey(), learner(v[0], v[1], l.getKey(), null));
            String text = text(pdf);
            assertTrue(text.contains(v[0]), text);
            assertTrue(text.contains(Normalizer.normalize(v[1], Normalizer.Form.NFKC)), l.getKey() + ": " + text);
            assertTrue(text.contains(Normalizer.normalize(v[2].replace("\u200c", ""), Normalizer.Form.NFKC))
                    || text.contains(Normalizer.normalize(v[2], Normalizer.Form.NFKC)), l.getKey() + ": " + text);
            assertTrue(!text.contains("geboren"), "no birth date, no line for it");
        }
    }

    /** The second-language block of a certificate: its sentence in that language (to the full stop), read back. */
    private static String secondBlock(String text, String start) {
        String from = Normalizer.normalize(start, Normalizer.Form.NFKC);
        int at = text.indexOf(from);
        assertTrue(at >= 0, "no block starting with " + start + " in: " + text);
        int end = text.indexOf('.', at);
        assertTrue(end > at, "no end of the block starting with " + start);
        return text.substring(at, end);
    }

    @Test
    void theArabicPersianAndPashtoBlocksWriteTheirNumbersAndDatesInTheirOwnDigits() throws IOException {
        String ar = text(render("ar-digits", learner("Amina Haddad", "أمينة حداد", "ar", null)));
        // 15 of 16 lessons, 7 September to 25 November 2026, in Arabic-Indic digits
        assertTrue(ar.contains("١٥") && ar.contains("١٦") && ar.contains("٢٠٢٦") && ar.contains("٢٥"), ar);
        assertTrue(!ar.contains("۱۵") && !ar.contains("۲۰۲۶"), "no Persian digits in Arabic: " + ar);
        String fa = text(render("fa-digits", learner("Mohammad Rahimi", "محمد رحیمی", "fa", null)));
        assertTrue(fa.contains("۱۵") && fa.contains("۱۶") && fa.contains("۲۰۲۶"), fa);
        assertTrue(!fa.contains("١٥") && !fa.contains("٢٠٢٦"), "no Arabic-Indic digits in Persian: " + fa);
        String ps = text(render("ps-digits", learner("Zarghuna Ahmadzai", "زرغونه احمدزۍ", "ps", null)));
        assertTrue(ps.contains("۱۵") && ps.contains("۱۶") && ps.contains("۲۰۲۶"), ps);
        // the German block keeps its digits, and so do the serial and the verification code
        assertTrue(ar.contains("15 von 16 Terminen") && ar.contains("FFIT-2026-000042"), ar);
        assertTrue(ar.contains(SHORT_CODE), ar);
        // Western digits in the Arabic paragraph would be the mix this test is about
        for (String block : List.of(secondBlock(ar, "تشهد"), secondBlock(fa, "این"), secondBlock(ps, "دا"))) {
            assertTrue(block.chars().noneMatch(c -> c >= '0' && c <= '9'), "Western digits in: " + block);
        }
    }

    @Test
    void everyTextBlockOfABilingualCertificateHasItsSecondLanguageLine() throws IOException {
        // every block with a German text has a block with the same text in the learner's language; "intro" ("Hiermit
        // wird bestätigt, dass") is the only exception: each language's body sentence begins with that statement
        java.util.Set<String> second = new java.util.HashSet<>();
        basis.blocks().stream().filter(b -> b.language() == CertificateTemplate.Language.SECOND && b.text() != null)
                .forEach(b -> second.add(b.text()));
        for (CertificateTemplate.Block b : basis.blocks()) {
            if (b.language() == CertificateTemplate.Language.PRIMARY && b.text() != null && !"intro".equals(b.text())) {
                assertTrue(second.contains(b.text()), "block " + b.id() + " has no line in the learner's language");
            }
        }
        assertTrue(second.containsAll(List.of("issued", "trainers", "verify", "competences")), second.toString());

        // read back from an Arabic learner's certificate: each of those lines in Arabic, with Arabic dates
        CertificateContent content = learner("Amina Haddad", "أمينة حداد", "ar", LocalDate.of(1990, 4, 3));
        String text = flat(text(render("ar-bilingual", content)));
        for (String key : second) {
            String arabic = basis.texts().get("ar").get(key);
            int placeholder = arabic.indexOf('{');
            String fixed = (placeholder < 0 ? arabic : arabic.substring(0, placeholder)).strip();
            // word by word: a line that mixes Arabic with Latin names comes back with its runs in visual order
            for (String word : nfkc(fixed).split("\\s+")) {
                String bare = word.replaceAll("^[:،]+|[:،]+$", "");
                assertTrue(text.contains(bare), key + ": no \"" + bare + "\" of \"" + fixed + "\" in " + text);
            }
        }
        assertTrue(text.contains(nfkc("صدرت بتاريخ " + CertificateContent.date(content.issueDate(), "ar"))), text);
        assertTrue(text.contains(nfkc("تاريخ الميلاد: " + CertificateContent.date(content.birthDate(), "ar"))), text);
        assertTrue(text.contains("Ausgestellt am 30. November 2026"), text);
        assertEquals(2, text.split("Tom Trainer, Sara Schmidt", -1).length - 1, "course lead in both: " + text);
        assertTrue(text.contains(nfkc("الكفاءات المكتسبة وفق إطار DigComp 2.2: 1.1 ")), text);
        // the typed way to verify: the address twice (German and Arabic line), the short code once, unbroken
        assertEquals(2, text.split("campus\\.example\\.org/verify", -1).length - 1, text);
        assertEquals(1, text.split(SHORT_CODE, -1).length - 1, text);
        assertTrue(!text.contains("q7Xw2mB9kLp4RtZs8NvC1a"), "the QR code's long code is not printed to be typed");
    }

    @Test
    void theStatedPeriodIsTheOneTheCertificateIsGiven() throws IOException {
        CertificateContent content = learner("Amina Haddad", "أمينة حداد", "ar", null);
        String text = flat(text(render("ar-period", content)));
        assertTrue(text.contains("vom 7. September 2026 bis 25. November 2026"), text);
        assertTrue(text.contains(nfkc("من " + CertificateContent.date(content.cohortStart(), "ar") + " إلى "
                + CertificateContent.date(content.cohortEnd(), "ar"))), text);
    }

    @Test
    void aGermanAndPersianCertificateWithALongNameKeepsEveryBlockOnThePage() throws IOException {
        String name = "Mohammad Reza Abdolrahim Hosseinzadeh-Tabrizi Khorasani Mirzaei Ghorbani Esfahani";
        byte[] pdf = render("fa-long", learner(name, "محمدرضا عبدالرحیم حسین‌زاده تبریزی خراسانی میرزایی قربانی اصفهانی",
                "fa", LocalDate.of(1988, 1, 21)));
        String text = flat(text(pdf));
        assertTrue(text.contains(nfkc("تاریخ تولد:")) && text.contains(nfkc("مدرسان دوره")), text);
        assertTrue(text.contains(SHORT_CODE) && text.contains("FFIT-2026-000042"), text);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            Positions positions = new Positions();
            positions.getText(document);
            float width = document.getPage(0).getMediaBox().getWidth();
            assertTrue(positions.minX >= 0 && positions.maxX <= width, positions.minX + ".." + positions.maxX);
        }
    }

    @Test
    void theArabicBlocksCarryTheCourseAndModulesInArabicAndTheGermanBlocksInGerman() throws IOException {
        List<String> arabicModules = List.of("أساسيات الحاسوب", "أساسيات الهاتف الذكي", "الإنترنت والبريد");
        CertificateContent content = learner("Amina Haddad", "أمينة حداد", "ar", null)
                .inSecondLanguage("الأساسيات الرقمية", arabicModules);
        String text = text(render("ar-titles", content));
        assertTrue(text.contains("am Kurs „ffIT Basis“"), "the German block, in German: " + text);
        assertTrue(text.contains("Computer-Grundlagen · Smartphone-Grundlagen · Internet und E-Mail"),
                "the German block names the modules in German: " + text);
        assertTrue(text.contains(Normalizer.normalize("«الأساسيات الرقمية»", Normalizer.Form.NFKC)),
                "the Arabic block names the course in Arabic: " + text);
        for (String module : arabicModules) {
            assertTrue(text.contains(Normalizer.normalize(module, Normalizer.Form.NFKC)),
                    "the Arabic block names the module " + module + ": " + text);
        }
        assertTrue(!text.contains("«ffIT Basis»"), "no German title in the Arabic sentence: " + text);
    }

    @Test
    void cyrillicEthiopicAndKurdishNamesAreSetInFontsThatHaveTheirLetters() throws IOException {
        String uk = text(render("uk", learner("Olena Kovalenko", "Олена Коваленко", "uk", null)));
        assertTrue(uk.contains("Олена Коваленко") && uk.contains("Сертифікат"), uk);
        String ti = text(render("ti", learner("Tesfay Gebremedhin", "ተስፋይ ገብረመድህን", "ti", null)));
        assertTrue(ti.contains("ተስፋይ ገብረመድህን") && ti.contains("ምስክር ወረቐት"), ti);
        String kmr = text(render("kmr", learner("Rojda Aslan", "Rojda Aslan", "kmr", null)));
        assertTrue(kmr.contains("Rojda Aslan") && kmr.contains("Sertîfîka"), kmr);
        String ckb = text(render("ckb", learner("Shilan Rashid", "شیلان ڕەشید", "ckb", null)));
        assertTrue(ckb.contains(Normalizer.normalize("شیلان ڕەشید", Normalizer.Form.NFKC)), ckb);
    }

    @Test
    void theQrCodeOnThePrintedPageReadsAsTheVerificationAddress() throws Exception {
        CertificateContent content = learner("Amina Haddad", "أمينة حداد", "ar", null);
        byte[] pdf = render("qr", content);
        java.awt.image.BufferedImage page;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            page = new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(0, 150);
        }
        int w = page.getWidth();
        int h = page.getHeight();
        int[] rgb = page.getRGB(0, 0, w, h, null, 0, w);
        com.google.zxing.LuminanceSource luminance = new com.google.zxing.RGBLuminanceSource(w, h, rgb);
        com.google.zxing.Result read = new com.google.zxing.qrcode.QRCodeReader().decode(
                new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(luminance)),
                java.util.Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, true));
        assertEquals(content.verifyUrl(), read.getText());
    }

    @Test
    void everyFontIsEmbeddedAsASubset() throws IOException {
        byte[] pdf = render("fonts", learner("Amina Haddad", "أمينة حداد", "ar", null));
        List<String> names = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(0);
            collectFonts(page.getResources(), names, document);
        }
        assertTrue(names.size() >= 3, names.toString());
        for (String name : names) {
            // a subset's name starts with six capitals and a plus
            assertTrue(name.matches("[A-Z]{6}\\+.*"), name);
        }
    }

    private static void collectFonts(org.apache.pdfbox.pdmodel.PDResources resources, List<String> names,
            PDDocument document) throws IOException {
        for (var name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            assertTrue(font.isEmbedded(), font.getName() + " embedded");
            names.add(font.getName());
        }
        for (var name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) {
                collectFonts(form.getResources(), names, document);
            }
        }
    }

    @Test
    void aVeryLongNameShrinksToFitAndNeverRunsOffThePage() throws IOException {
        String name = "Mohammad Abdul-Rahman Khalil Ibrahim Al-Hashimi Bin Abdullah Al-Tamimi Al-Qurashi "
                + "Al-Baghdadi Al-Husseini";
        byte[] pdf = render("long", learner(name, "محمد عبد الرحمن خليل إبراهيم الهاشمي بن عبد الله التميمي القرشي البغدادي الحسيني",
                "ar", null));
        String text = text(pdf).replaceAll("\\s+", " ");
        assertTrue(text.contains("Al-Baghdadi Al-Husseini"), text);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            Positions positions = new Positions();
            positions.getText(document);
            float width = document.getPage(0).getMediaBox().getWidth();
            assertTrue(positions.minX >= 0 && positions.maxX <= width, positions.minX + ".." + positions.maxX);
        }
    }

    /** the leftmost and rightmost point of any text on the page */
    static final class Positions extends PDFTextStripper {
        float minX = Float.MAX_VALUE;
        float maxX = 0;

        Positions() throws IOException {
        }

        @Override
        protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
            for (var p : positions) {
                minX = Math.min(minX, p.getXDirAdj());
                maxX = Math.max(maxX, p.getXDirAdj() + p.getWidthDirAdj());
            }
        }
    }

    @Test
    void aWholeCohortGoesIntoOneDocumentWithOnePagePerLearner() throws IOException {
        List<CertificateContent> cohort = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            cohort.add(learner("Lernende " + i, i % 2 == 0 ? "أمينة " + i : null, i % 2 == 0 ? "ar" : "uk", null));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.renderAll(basis, cohort, out);
        Files.write(OUT.resolve("cohort.pdf"), out.toByteArray());
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            assertEquals(12, document.getNumberOfPages());
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(7);
            stripper.setEndPage(7);
            String seventh = stripper.getText(document);
            assertTrue(seventh.contains("Lernende 6"), seventh);
        }
        // what all pages share is in the file once: far less than twelve single certificates
        assertTrue(out.size() < 12 * renderer.render(basis, cohort.get(0)).length / 3, out.size() + " bytes");
    }

    @Test
    void aNameStoredWithABidiOverrideComesOutWithoutItAndTurnsNothingAround() throws IOException {
        // stored before names were cleaned: an override in the name, an isolate in the original
        String text = text(render("ar-override", learner("Amina \u202EHaddad\u0007", "\u2067أمينة حداد\u202E", "ar",
                null)));
        assertTrue(text.contains("Amina Haddad"), text);
        assertTrue(text.contains("أمينة حداد") || text.contains("حداد أمينة"), text);
        assertTrue(text.chars().noneMatch(c -> c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || c == 7),
                text);
        assertTrue(text.contains("FFIT-2026-000042"), text);
    }
    @Test
    void aSingleCertificateIsUnder30KilobytesInEveryScriptAndEmbedsOnlyTheFontsItDraws() throws IOException {
        // issue 24 item 5: a certificate file a learner mails or uploads stays under 30 KB, an Arabic long name too
        Map<String, CertificateContent> learners = Map.of(
                "size-de", learner("Anna-Katharina Freifrau von Schönberg-Hohenzollern-Württemberg", null, "de",
                        LocalDate.of(1964, 7, 17)),
                "size-ar", learner("Mohammad Abdul-Rahman Khalil Ibrahim Al-Hashimi",
                        "محمد عبد الرحمن خليل إبراهيم الهاشمي بن عبد الله التميمي القرشي", "ar", null),
                "size-fa", learner("Fatemeh Hosseini", "فاطمه حسینی", "fa", LocalDate.of(1996, 8, 30)),
                "size-uk", learner("Olena Kovalenko", "Олена Коваленко", "uk", null),
                "size-ti", learner("Tesfay Gebremedhin", "ተስፋይ ገብረመድህን", "ti", null));
        for (Map.Entry<String, CertificateContent> each : learners.entrySet()) {
            byte[] pdf = render(each.getKey(), each.getValue());
            assertTrue(pdf.length < 30 * 1024, each.getKey() + ": " + pdf.length + " bytes");
        }
        List<String> german = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(render("size-de", learners.get("size-de")))) {
            collectFonts(document.getPage(0).getResources(), german, document);
        }
        assertTrue(german.stream().noneMatch(n -> n.contains("Arabic") || n.contains("Ethiopic")), german.toString());
    }
}
