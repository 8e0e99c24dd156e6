package de.ffit.campus.platform.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.BaseFont;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A font cut to a text keeps that text's letters with their widths, and nothing else. */
class TrueTypeCutTest {

    static final Path FONTS = Path.of("certificate-templates", "fonts");

    static BaseFont font(byte[] ttf) throws Exception {
        return BaseFont.createFont("cut.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, ttf, null);
    }

    @Test
    void aLatinFontCutToANameKeepsItsLettersAndTheirWidthsAndIsSmall() throws Exception {
        byte[] whole = Files.readAllBytes(FONTS.resolve("NotoSans-Regular.ttf"));
        byte[] cut = TrueTypeCut.of(whole).forText("Jürgen Müller-Weiß");
        BaseFont full = font(whole);
        BaseFont small = font(cut);
        for (int c : "Jürgen Müller-Weiß()".codePoints().toArray()) {
            assertTrue(small.charExists(c), Character.toString(c));
            assertEquals(full.getWidth(c), small.getWidth(c), Character.toString(c));
        }
        assertFalse(small.charExists('Ж'));
        assertFalse(small.charExists('Q'));
        assertTrue(cut.length < whole.length / 50, cut.length + " bytes");
    }

    @Test
    void anArabicFontCutToANameKeepsTheContextualFormsOpenPdfSetsForItsLetters() throws Exception {
        byte[] whole = Files.readAllBytes(FONTS.resolve("NotoNaskhArabic-Regular.ttf"));
        BaseFont small = font(TrueTypeCut.of(whole).forText("أمينة حداد لا"));
        // meem: isolated, final, initial, medial; lam-alef; and no letter the name does not have
        for (int c : new int[] {0xFEE1, 0xFEE2, 0xFEE3, 0xFEE4, 0xFEFB, 0xFEFC}) {
            assertTrue(small.charExists(c), Integer.toHexString(c));
        }
        assertFalse(small.charExists(0x0634)); // sheen
        assertFalse(small.charExists(0xFEB5)); // sheen, isolated
    }
}
