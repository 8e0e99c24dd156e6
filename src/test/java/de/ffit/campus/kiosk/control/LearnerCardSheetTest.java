package de.ffit.campus.kiosk.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A sheet of twelve cards read back with PDFBox and ZXing. Where the cards are is worked out here from the paper
 * (A4, 85.6 × 54 mm cards, 2 × 5, the grid centred), not taken from the renderer, so the tests also prove the
 * positions: every card's QR code is read from its own cut-out of the printed page. The PDF lands in target/pdf.
 */
class LearnerCardSheetTest {

    static final LearnerCardSheet.Labels GERMAN = new LearnerCardSheet.Labels("Lernkarte", "Code",
            "Karte am Kiosk scannen, dann deine PIN eingeben.");
    static final String LONG_NAME = "Mohammad Abdul-Rahman Al-Hashimi Nouri";
    static final String ARABIC = "أمينة حداد";
    static final String PERSIAN = "محمد رحیمی";

    static final double DPI = 300;
    static final double GRID_LEFT_MM = (210 - 2 * 85.6) / 2;
    static final double GRID_TOP_MM = (297 - 5 * 54) / 2.0;

    static List<LearnerCardSheet.Card> cards;
    static byte[] pdf;

    @BeforeAll
    static void renderTwelve() throws IOException {
        String[][] people = {
            {"Amina Haddad", ARABIC},
            {LONG_NAME, "محمد عبد الرحمن الهاشمي نوري"},
            {"Mohammad Rahimi", PERSIAN},
            {"Olena Kovalenko", "Олена Коваленко"},
            {"Tesfay Gebremedhin", "ተስፋይ ገብረመድህን"},
            {"Mehmet Yılmaz", null},
            {"Jürgen Müller-Weiß", null},
            {"Rojda Aslan", null},
            {"Zarghuna Ahmadzai", "زرغونه احمدزۍ"},
            {"Abdulrahmanmohammedalhashimi Nouri", null},
            {"Sara Schmidt", null},
            {"Li Wei", null}};
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ23456789";
        java.util.Random random = new java.util.Random(7);
        cards = new ArrayList<>();
        for (int i = 0; i < people.length; i++) {
            StringBuilder code = new StringBuilder();
            for (int j = 0; j < 8; j++) {
                code.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String cohort = i % 3 == 0 ? null : "ffIT Basis – Lechhausen, Herbst";
            cards.add(new LearnerCardSheet.Card(people[i][0], people[i][1], code.toString(),
                    "https://campus.example.org/kiosk/card/" + code + "x" + i, "Tür an Tür – Augsburg", cohort));
        }
        pdf = LearnerCardSheet.render(cards, GERMAN);
        Files.createDirectories(Path.of("target", "pdf"));
        Files.write(Path.of("target", "pdf", "learner-cards.pdf"), pdf);
    }

    @Test
    void aLearnersCardSpeaksTheirLanguageWithTheGermanHintBesideItAndNamesTheCourseInIt() throws IOException {
        LearnerCardSheet.Labels arabic = new LearnerCardSheet.Labels("بطاقة التعلّم", "الرمز",
                "امسح هذه البطاقة في الكشك ثم اكتب رقمك السري.", GERMAN.hint());
        byte[] sheet = LearnerCardSheet.render(List.of(
                new LearnerCardSheet.Card("Amina Haddad", ARABIC, "K7MXQ2PA", "https://campus.example.org/kiosk/?code=K7MXQ2PA",
                        "Tür an Tür – Augsburg", "ffIT Basis – Lechhausen, Herbst", "الأساسيات الرقمية", arabic),
                new LearnerCardSheet.Card("Olena Kovalenko", null, "Q2PAK7MX", "https://campus.example.org/kiosk/?code=Q2PAK7MX",
                        "Tür an Tür – Augsburg", "ffIT Basis – Lechhausen, Herbst", "Цифрові основи",
                        new LearnerCardSheet.Labels("Картка учня", "Код", "Відскануйте картку в кіоску, потім введіть PIN.",
                                GERMAN.hint()))), GERMAN);
        Files.createDirectories(Path.of("target", "pdf"));
        Files.write(Path.of("target", "pdf", "learner-cards-own-language.pdf"), sheet);
        String text = java.text.Normalizer.normalize(text(sheet), java.text.Normalizer.Form.NFKC).replaceAll("\\s+", " ");
        for (String said : List.of("بطاقة التعلّم", "امسح هذه البطاقة في الكشك ثم اكتب رقمك السري.", "الأساسيات الرقمية",
                "Картка учня", "Відскануйте картку в кіоску, потім введіть PIN.", "Цифрові основи")) {
            String normal = java.text.Normalizer.normalize(said, java.text.Normalizer.Form.NFKC);
            assertTrue(text.contains(normal), said + " missing in: " + text);
        }
        assertEquals(2, text.split(java.util.regex.Pattern.quote(GERMAN.hint()), -1).length - 1,
                "the German hint on both cards: " + text);
        assertTrue(!text.contains("Lernkarte"), "each card's heading in its learner's language: " + text);
    }

    @Test
    void twelveCardsFillTwoA4Pages() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(2, document.getNumberOfPages());
            for (var page : document.getPages()) {
                PDRectangle box = page.getMediaBox();
                assertEquals(PDRectangle.A4.getWidth(), box.getWidth(), 0.5);
                assertEquals(PDRectangle.A4.getHeight(), box.getHeight(), 0.5);
            }
        }
    }

    @Test
    void everyNameAndCodeCanBeReadAsPrinted() throws IOException {
        // a long name is set on two lines
        String text = text(pdf).replaceAll("\\s+", " ");
        for (LearnerCardSheet.Card card : cards) {
            assertTrue(text.contains(card.name()), card.name() + " missing in: " + text);
            String grouped = card.code().substring(0, 4) + " " + card.code().substring(4);
            assertTrue(text.contains(grouped), grouped + " missing in: " + text);
        }
        assertTrue(text.contains("Lernkarte") && text.contains("Tür an Tür – Augsburg")
                && text.contains("ffIT Basis – Lechhausen, Herbst"), text);
        assertTrue(text.contains("Karte am Kiosk scannen, dann deine PIN eingeben."), text);
        assertEquals("K7MX Q2PA", LearnerCardSheet.grouped("K7MXQ2PA"));
        assertEquals("K7M XQ2 PA7", LearnerCardSheet.grouped("K7MXQ2PA7"), "a code with its check character");
    }

    /**
     * The Arabic and Persian names are drawn in joined letter forms; PDFBox gives them back in reading order, and
     * folding the joined forms to plain letters (NFKC) gives the names as they were typed.
     */
    @Test
    void arabicScriptNamesComeBackInReadingOrder() throws IOException {
        String text = text(pdf);
        for (String name : List.of(ARABIC, PERSIAN, "زرغونه احمدزۍ", "Олена Коваленко", "ተስፋይ ገብረመድህን")) {
            assertTrue(text.contains(Normalizer.normalize(name, Normalizer.Form.NFKC)), name + " missing in: " + text);
        }
    }

    @Test
    void everyCardsQrCodeReadsAsItsAddressFromWhereTheCardShouldBe() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, (float) DPI);
                for (int i = page * 10; i < Math.min(cards.size(), page * 10 + 10); i++) {
                    Rectangle card = pixels(cardMm(i % 10));
                    assertEquals(cards.get(i).qrText(), decode(image.getSubimage(card.x, card.y, card.width,
                            card.height)), "card " + i);
                }
            }
        }
    }

    /** No glyph outside its card's margin, and none within 2 mm of a QR code. */
    @Test
    void textStaysOnItsCardAndClearOfTheQrCode() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, (float) DPI);
            List<Rectangle2D> symbols = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                symbols.add(symbolMm(image, cardMm(i)));
            }
            Glyphs glyphs = new Glyphs();
            glyphs.setStartPage(1);
            glyphs.setEndPage(1);
            glyphs.getText(document);
            assertTrue(glyphs.boxes.size() > 300, glyphs.boxes.size() + " glyphs");
            for (Rectangle2D glyph : glyphs.boxes) {
                int card = -1;
                for (int i = 0; i < 10; i++) {
                    Rectangle2D inner = cardMm(i);
                    inner = new Rectangle2D.Double(inner.getX() + 2, inner.getY() + 2, inner.getWidth() - 4,
                            inner.getHeight() - 4);
                    if (inner.contains(glyph)) {
                        card = i;
                    }
                }
                assertTrue(card >= 0, "glyph at " + glyph + " mm is off its card or in the cut margin");
                Rectangle2D symbol = symbols.get(card);
                Rectangle2D keepOut = new Rectangle2D.Double(symbol.getX() - 2, symbol.getY() - 2,
                        symbol.getWidth() + 4, symbol.getHeight() + 4);
                assertTrue(!keepOut.intersects(glyph), "glyph at " + glyph + " mm too near the QR code " + symbol);
                assertTrue(symbol.getWidth() >= 20 && symbol.getHeight() >= 20, "QR code " + symbol + " mm");
            }
        }
    }

    @Test
    void anEmptyListIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> LearnerCardSheet.render(List.of(), GERMAN));
    }

    /** The card at {@code index} (0..9) of a page in millimetres from the page's top left corner. */
    static Rectangle2D cardMm(int index) {
        return new Rectangle2D.Double(GRID_LEFT_MM + (index % 2) * 85.6, GRID_TOP_MM + (index / 2) * 54, 85.6, 54);
    }

    static Rectangle pixels(Rectangle2D mm) {
        double f = DPI / 25.4;
        int x = (int) Math.round(mm.getX() * f);
        int y = (int) Math.round(mm.getY() * f);
        return new Rectangle(x, y, (int) Math.round(mm.getMaxX() * f) - x, (int) Math.round(mm.getMaxY() * f) - y);
    }

    /** The dark modules' bounds on a card, in mm: only the QR code is printed pure black. */
    static Rectangle2D symbolMm(BufferedImage page, Rectangle2D cardMm) {
        Rectangle card = pixels(cardMm);
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = -1;
        int maxY = -1;
        for (int y = card.y; y < card.y + card.height; y++) {
            for (int x = card.x; x < card.x + card.width; x++) {
                int rgb = page.getRGB(x, y);
                if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 20) {
                    minX = Math.min(minX, x);
                    minY = Math.min(minY, y);
                    maxX = Math.max(maxX, x);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        assertTrue(maxX >= 0, "no QR code on card " + cardMm);
        double mm = 25.4 / DPI;
        return new Rectangle2D.Double(minX * mm, minY * mm, (maxX + 1 - minX) * mm, (maxY + 1 - minY) * mm);
    }

    static String decode(BufferedImage image) throws Exception {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] rgb = image.getRGB(0, 0, w, h, null, 0, w);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, rgb))),
                Map.of(DecodeHintType.TRY_HARDER, true)).getText();
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC);
        }
    }

    /** Every glyph's box in mm from the page's top left corner (baseline down to the descent not included). */
    static final class Glyphs extends PDFTextStripper {
        final List<Rectangle2D> boxes = new ArrayList<>();

        Glyphs() throws IOException {
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            double mm = 25.4 / 72;
            for (TextPosition p : positions) {
                if (p.getUnicode().isBlank()) {
                    continue;
                }
                boxes.add(new Rectangle2D.Double(p.getXDirAdj() * mm, (p.getYDirAdj() - p.getHeightDir()) * mm,
                        p.getWidthDirAdj() * mm, p.getHeightDir() * mm));
            }
        }
    }
}
