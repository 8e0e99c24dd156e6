package de.ffit.campus.platform.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts every PDF of ffIT Campus embeds (as subsets), from {@code certificate-templates/fonts}: Noto Sans for
 * Latin (with Turkish and Kurdish letters) and Cyrillic, Noto Naskh Arabic for Arabic, Persian and Pashto, Noto
 * Sans Ethiopic for Tigrinya. Each file is read once: OpenPDF re-reads a font given by path for every document.
 */
public final class PdfFonts {

    static final String DIRECTORY = "/certificate-templates/fonts/";

    private static final class Loaded {
        static final BaseFont SANS = load("NotoSans-Regular.ttf");
        static final BaseFont SANS_BOLD = load("NotoSans-Bold.ttf");
        static final BaseFont ARABIC = load("NotoNaskhArabic-Regular.ttf");
        static final BaseFont ETHIOPIC = load("NotoSansEthiopic-Regular.ttf");
    }

    private PdfFonts() {
    }

    private static BaseFont load(String file) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(DIRECTORY + file)) {
            if (in == null) {
                throw new IllegalStateException("font missing: certificate-templates/fonts/" + file);
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Font sans(float size) {
        return new Font(Loaded.SANS, size);
    }

    public static Font bold(float size) {
        return new Font(Loaded.SANS_BOLD, size);
    }

    /** Text in any of our scripts: each character in the first font that has it. */
    public static Phrase phrase(String text, float size, Color color) {
        FontSelector selector = new FontSelector();
        selector.addFont(font(Loaded.SANS, size, color));
        selector.addFont(font(Loaded.ARABIC, size, color));
        selector.addFont(font(Loaded.ETHIOPIC, size, color));
        return selector.process(text == null ? "" : PdfText.settable(text));
    }

    private static Font font(BaseFont base, float size, Color color) {
        Font font = new Font(base, size);
        font.setColor(color);
        return font;
    }

    /** Whether the text is written right to left (Arabic script: Arabic, Persian, Pashto, Sorani). */
    public static boolean isRightToLeft(String text) {
        return text != null && text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                == Character.UnicodeScript.ARABIC);
    }
}
