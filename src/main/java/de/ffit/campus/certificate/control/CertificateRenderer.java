package de.ffit.campus.certificate.control;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfImportedPage;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import de.ffit.campus.certificate.control.CertificateFonts.Face;
import de.ffit.campus.certificate.control.CertificateTemplate.Align;
import de.ffit.campus.certificate.control.CertificateTemplate.Block;
import de.ffit.campus.platform.i18n.Language;
import de.ffit.campus.platform.pdf.PdfText;
import io.nayuki.qrcodegen.QrCode;
import java.awt.Color;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;

/**
 * Draws certificates from a template with OpenPDF. Text is laid out here, not by OpenPDF: each line is measured
 * shaped (Arabic letters joined) with the same font through Java's text layout, wrapped at spaces within the
 * block's width, made smaller until it fits the block's lines, and placed exactly; right-to-left lines are shaped
 * and ordered by OpenPDF's bidi support. Every character is set in the first font of the block's family that has
 * it, so a German certificate can carry an Arabic or Tigrinya name. What every certificate of a document shares
 * (frames, lines, images, texts without placeholders) is drawn once per document and reused on every page.
 */
public final class CertificateRenderer {

    static final float MM = 72f / 25.4f;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");
    private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);
    private static final float SMALLEST = 5f;
    /** the share of the font size above and below the baseline that a line of text takes */
    private static final float ASCENT = 0.8f;
    private static final float DESCENT = 0.25f;

    private final CertificateFonts fonts;
    private final Map<Measure, Float> widths = new ConcurrentHashMap<>();
    /** strings measured since the widths were last forgotten (counted, as asking the map its size is not free) */
    private final AtomicInteger measured = new AtomicInteger();

    /** what a width depends on: the family (one list per family, compared by identity), the size and the text */
    private record Measure(int family, float size, String text) {
    }
    private final Map<CertificateTemplate.Image, Picture> pictures = new ConcurrentHashMap<>();

    /**
     * A template's image decoded and compressed once: colour and transparency as deflated samples. Every document
     * gets its own {@code Image} made from these bytes, which OpenPDF writes as they are (decoding the PNG and
     * compressing its pixels again for every certificate took most of a single certificate's time).
     */
    record Picture(int width, int height, byte[] rgb, byte[] alpha) {

        static Picture of(CertificateTemplate.Image image) {
            try {
                BufferedImage decoded = ImageIO.read(
                        new ByteArrayInputStream(image.bytes()));
                int w = decoded.getWidth();
                int h = decoded.getHeight();
                byte[] rgb = new byte[w * h * 3];
                byte[] alpha = new byte[w * h];
                boolean transparent = false;
                for (int y = 0, i = 0; y < h; y++) {
                    for (int x = 0; x < w; x++, i++) {
                        int argb = decoded.getRGB(x, y);
                        rgb[3 * i] = (byte) (argb >> 16);
                        rgb[3 * i + 1] = (byte) (argb >> 8);
                        rgb[3 * i + 2] = (byte) argb;
                        alpha[i] = (byte) (argb >>> 24);
                        transparent |= (argb >>> 24) != 0xff;
                    }
                }
                return new Picture(w, h, deflate(rgb), transparent ? deflate(alpha) : null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        Image image() {
            try {
                Image picture = Image.getInstance(width, height, 3, 8, rgb);
                picture.setDeflated(true);
                if (alpha != null) {
                    Image mask = Image.getInstance(width, height, 1, 8, alpha);
                    mask.setDeflated(true);
                    mask.makeMask();
                    picture.setImageMask(mask);
                }
                return picture;
            } catch (DocumentException e) {
                throw new IllegalStateException(e);
            }
        }

        private static byte[] deflate(byte[] raw) {
            Deflater deflater = new Deflater(9);
            deflater.setInput(raw);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 4 + 64);
            byte[] buffer = new byte[16 * 1024];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            deflater.end();
            return out.toByteArray();
        }
    }

    public CertificateRenderer(CertificateFonts fonts) {
        this.fonts = fonts;
    }

    /**
     * One certificate as a PDF of its own, its fonts cut to the letters it sets (a font OpenPDF embeds keeps the
     * glyph table of the whole font it was given, so a font cut to these letters makes the smallest file).
     */
    public byte[] render(CertificateTemplate template, CertificateValues content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(24 * 1024);
        try (Printing printing = new Printing(template, out, lettersOf(template, content))) {
            printing.add(content);
        }
        return out.toByteArray();
    }

    /** every text the certificate may set: a superset of what it draws is enough for cutting its fonts */
    private static String lettersOf(CertificateTemplate template, CertificateValues content) {
        StringBuilder letters = new StringBuilder();
        for (String language : new String[] {template.primaryLanguage(), content.secondLanguage()}) {
            Map<String, String> texts = language == null ? null : template.texts().get(language);
            for (Block block : template.blocks()) {
                String raw = block.content() != null ? block.content() : texts == null ? null : texts.get(block.text());
                if (raw != null) {
                    letters.append(PdfText.settable(fill(raw, content, language))).append(' ');
                }
            }
        }
        return letters.toString();
    }

    /**
     * Certificates one page each into a single PDF written to {@code out} as pages are finished (OpenPDF keeps
     * little per page once written), so memory stays bounded however many there are.
     */
    public void renderAll(CertificateTemplate template, Iterable<? extends CertificateValues> contents,
            OutputStream out) {
        try (Printing printing = open(template, out)) {
            for (CertificateValues content : contents) {
                printing.add(content);
            }
        }
    }

    /** A document to add certificates to one by one; closing it finishes the PDF. */
    public Printing open(CertificateTemplate template, OutputStream out) {
        return new Printing(template, out, null);
    }

    /**
     * One PDF of certificates, one page each, written as pages are finished: rendered ones share the fonts, the
     * drawing of what all of them show, and every string's measure; pages of stored PDFs can be put between them.
     */
    public final class Printing implements AutoCloseable {
        private final CertificateTemplate template;
        private final OutputStream out;
        private final Rectangle size;
        private Document document;
        private PdfWriter writer;
        private PdfContentByte canvas;
        private PdfTemplate shared;
        /** the font each face is set in: cut to the letters of one certificate, or with all of its own */
        private final Function<Face, BaseFont> fontOf;

        private Printing(CertificateTemplate template, OutputStream out, String letters) {
            this.template = template;
            this.out = out;
            this.size = new Rectangle(template.widthMm() * MM, template.heightMm() * MM);
            if (letters == null) {
                this.fontOf = Face::pdf;
            } else {
                Map<Face, BaseFont> cut = new HashMap<>();
                this.fontOf = face -> cut.computeIfAbsent(face, f -> f.pdfFor(letters));
            }
        }

        /** a new page of this size, the document begun with the first */
        private void page(Rectangle pageSize) throws DocumentException {
            if (document == null) {
                document = new Document(pageSize, 0, 0, 0, 0);
                writer = PdfWriter.getInstance(document, out);
                writer.setCompressionLevel(9);
                writer.setFullCompression();
                document.addCreator("ffIT Campus");
                document.addTitle(template.name());
                document.open();
                canvas = writer.getDirectContent();
            } else {
                document.setPageSize(pageSize);
                document.newPage();
            }
        }

        /** one certificate drawn from its values */
        public void add(CertificateValues content) {
            try {
                page(size);
                if (shared == null) {
                    shared = shared(template, canvas, fontOf);
                }
                canvas.addTemplate(shared, 0, 0);
                for (Block block : template.blocks()) {
                    if (!isShared(template, block)) {
                        draw(template, canvas, block, content, fontOf);
                    }
                }
                template.qr().ifPresent(qr -> qr(template, canvas, qr, content.verifyUrl()));
                writer.flush();
            } catch (DocumentException e) {
                throw new IllegalStateException("certificate not rendered: " + e.getMessage(), e);
            }
        }

        /** the pages of a stored PDF as they are (a certificate issued before its values were kept) */
        public void copy(byte[] pdf) throws IOException {
            PdfReader reader = new PdfReader(pdf);
            try {
                for (int number = 1; number <= reader.getNumberOfPages(); number++) {
                    page(reader.getPageSize(number));
                    PdfImportedPage imported = writer.getImportedPage(reader, number);
                    canvas.addTemplate(imported, 0, 0);
                }
                writer.freeReader(reader);
                writer.flush();
            } catch (DocumentException e) {
                throw new IllegalStateException("certificate not copied: " + e.getMessage(), e);
            } finally {
                reader.close();
            }
        }

        /** Finishes the PDF; it needs a page. */
        @Override
        public void close() {
            if (document == null) {
                throw new IllegalArgumentException("no certificate to print");
            }
            document.close();
        }
    }

    /** The same on every certificate: no placeholders, in the primary language, not depending on a value. */
    private static boolean isShared(CertificateTemplate template, Block block) {
        return block.language() == CertificateTemplate.Language.PRIMARY && block.when() == null
                && block.content() == null
                && !PLACEHOLDER.matcher(template.texts().get(template.primaryLanguage()).get(block.text())).find();
    }

    private PdfTemplate shared(CertificateTemplate template, PdfContentByte canvas, Function<Face, BaseFont> fontOf)
            throws DocumentException {
        float height = template.heightMm() * MM;
        PdfTemplate shared = canvas.createTemplate(template.widthMm() * MM, height);
        for (CertificateTemplate.Frame frame : template.frames()) {
            float inset = frame.insetMm() * MM;
            shared.setColorStroke(frame.color());
            shared.setLineWidth(frame.lineWidthMm() * MM);
            shared.roundRectangle(inset, inset, template.widthMm() * MM - 2 * inset, height - 2 * inset,
                    frame.radiusMm() * MM);
            shared.stroke();
        }
        for (CertificateTemplate.Line line : template.lines()) {
            shared.setColorStroke(line.color());
            shared.setLineWidth(line.lineWidthMm() * MM);
            shared.moveTo(line.x1Mm() * MM, height - line.y1Mm() * MM);
            shared.lineTo(line.x2Mm() * MM, height - line.y2Mm() * MM);
            shared.stroke();
        }
        for (CertificateTemplate.Image image : template.images()) {
            Image picture = pictures.computeIfAbsent(image, Picture::of).image();
            float width = image.widthMm() * MM;
            float scaled = width * picture.getHeight() / picture.getWidth();
            shared.addImage(picture, width, 0, 0, scaled, image.xMm() * MM, height - image.yMm() * MM - scaled);
        }
        for (Block block : template.blocks()) {
            if (isShared(template, block)) {
                draw(template, shared, block, null, fontOf);
            }
        }
        return shared;
    }

    private void draw(CertificateTemplate template, PdfContentByte canvas, Block block, CertificateValues content,
            Function<Face, BaseFont> fontOf) {
        String language = template.primaryLanguage();
        if (block.language() == CertificateTemplate.Language.SECOND) {
            language = content == null ? null : content.secondLanguage();
            if (language == null || language.equals(template.primaryLanguage())
                    || !template.texts().containsKey(language)) {
                return;
            }
        }
        if (block.when() != null && (content == null || content.value(block.when(), language).isBlank())) {
            return;
        }
        String raw = block.content() != null ? block.content() : template.texts().get(language).get(block.text());
        if (raw == null) {
            return; // the second language lacks this text
        }
        String text = fill(raw, content, language).strip();
        if (text.isEmpty()) {
            return;
        }
        boolean rtl = block.content() != null ? startsRightToLeft(text)
                : Language.of(language).map(Language::isRightToLeft).orElse(false);
        List<Face> family = fonts.family(block.font());
        float maxWidth = block.widthMm() * MM;
        float size = block.size();
        List<String> lines = wrap(text, family, size, maxWidth);
        while (!fits(block, lines, size) && size > SMALLEST) {
            size = Math.max(SMALLEST, size - 0.5f);
            lines = wrap(text, family, size, maxWidth);
        }
        float pageHeight = template.heightMm() * MM;
        float baseline = pageHeight - block.yMm() * MM;
        if (block.heightMm() > 0) {
            // centre the lines in the box whose top is the top of a full-size first line
            float boxTop = baseline + ASCENT * block.size();
            float used = ASCENT * size + (lines.size() - 1) * size * block.lineHeight() + DESCENT * size;
            baseline = boxTop - (block.heightMm() * MM - used) / 2 - ASCENT * size;
        }
        float left = block.xMm() * MM;
        float right = left + maxWidth;
        for (String line : lines) {
            float width = width(line, family, size);
            float x = switch (resolve(block.align(), rtl)) {
                case LEFT -> left;
                case RIGHT -> right - width;
                default -> left + (right - left - width) / 2;
            };
            show(canvas, phrase(line, family, size, block.color(), fontOf), x, baseline, width, rtl);
            baseline -= size * block.lineHeight();
        }
    }

    /** within the block's lines and, when it has one, its box */
    private static boolean fits(Block block, List<String> lines, float size) {
        if (lines.size() > block.maxLines()) {
            return false;
        }
        return block.heightMm() <= 0 || ASCENT * size + (lines.size() - 1) * size * block.lineHeight()
                + DESCENT * size <= block.heightMm() * MM + 0.01f;
    }

    private static Align resolve(Align align, boolean rtl) {
        return switch (align) {
            case START -> rtl ? Align.RIGHT : Align.LEFT;
            case END -> rtl ? Align.LEFT : Align.RIGHT;
            default -> align;
        };
    }

    /** Draws one line whose measured width is {@code width} with its left edge at {@code x}. */
    private static void show(PdfContentByte canvas, Phrase phrase, float x, float baseline, float width,
            boolean rtl) {
        PdfText.show(canvas, phrase, x, baseline, width, rtl);
    }

    static String fill(String raw, CertificateValues content, String language) {
        if (content == null) {
            return raw;
        }
        Matcher m = PLACEHOLDER.matcher(raw);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(content.value(m.group(1), language)));
        }
        m.appendTail(out);
        return out.toString().replaceAll("[ \\t]+", " ");
    }

    /** Right to left when the first letter with a direction is Arabic-script (a name in Arabic, Persian, Pashto). */
    static boolean startsRightToLeft(String text) {
        return PdfText.startsRightToLeft(text);
    }

    /** Greedy wrapping at spaces (and explicit line breaks); a word wider than the block is broken. */
    List<String> wrap(String text, List<Face> family, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.strip().split(" +")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, family, size) <= maxWidth) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                while (width(word, family, size) > maxWidth && word.length() > 1) {
                    int cut = word.length() - 1;
                    while (cut > 1 && width(word.substring(0, cut), family, size) > maxWidth) {
                        cut--;
                    }
                    lines.add(word.substring(0, cut));
                    word = word.substring(cut);
                }
                line.append(word);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** The width in points of a line as it will be drawn: runs of each font, Arabic letters joined. */
    float width(String text, List<Face> family, float size) {
        Measure key = new Measure(System.identityHashCode(family), size, text);
        Float known = widths.get(key);
        if (known != null) {
            return known;
        }
        float total = 0;
        for (Run run : runs(PdfText.settable(text), family)) {
            if (run.text().isBlank()) {
                total += run.face().pdf().getWidthPoint(run.text(), size);
                continue;
            }
            TextLayout layout = new TextLayout(run.text(), run.face().awt().deriveFont(size), MEASURE);
            total += layout.getAdvance();
        }
        if (measured.incrementAndGet() > 20_000) {
            measured.set(0);
            widths.clear(); // serials and codes are measured once each: start again rather than keep them
        }
        widths.put(key, total);
        return total;
    }

    private record Run(Face face, String text) {
    }

    /** Splits text into runs, each in the first font of the family that has its characters. */
    private static List<Run> runs(String text, List<Face> family) {
        List<Run> runs = new ArrayList<>();
        Face current = null;
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            Face face = current != null && (isNeutral(cp) || current.pdf().charExists(cp)) ? current
                    : faceFor(cp, family);
            if (face != current && !run.isEmpty()) {
                runs.add(new Run(current, run.toString()));
                run.setLength(0);
            }
            current = face;
            run.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        if (!run.isEmpty()) {
            runs.add(new Run(current, run.toString()));
        }
        return runs;
    }

    private static boolean isNeutral(int cp) {
        return Character.isWhitespace(cp) || cp == '-' || cp == '.' || cp == ',';
    }

    private static Face faceFor(int cp, List<Face> family) {
        for (Face face : family) {
            if (face.pdf().charExists(cp)) {
                return face;
            }
        }
        return family.get(0);
    }

    private static Phrase phrase(String text, List<Face> family, float size, Color color,
            Function<Face, BaseFont> fontOf) {
        Phrase phrase = new Phrase();
        Font first = null;
        for (Run run : runs(PdfText.settable(text), family)) {
            Font font = new Font(fontOf.apply(run.face()), size, Font.NORMAL, color);
            if (first == null) {
                first = font;
            }
            phrase.add(new Chunk(run.text(), font));
        }
        if (first != null) {
            phrase.setFont(first);
        }
        return phrase;
    }

    private static void qr(CertificateTemplate template, PdfContentByte canvas, CertificateTemplate.Qr qr,
            String url) {
        if (url == null || url.isBlank()) {
            return;
        }
        QrCode code = QrCode.encodeText(url, QrCode.Ecc.MEDIUM);
        int n = code.size;
        float module = qr.sizeMm() * MM / (n + 2); // a quiet zone of one module on every side
        float left = qr.xMm() * MM + module;
        float top = template.heightMm() * MM - qr.yMm() * MM - module;
        canvas.saveState();
        canvas.setColorFill(qr.color());
        for (int y = 0; y < n; y++) {
            int x = 0;
            while (x < n) {
                if (!code.getModule(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < n && code.getModule(x, y)) {
                    x++;
                }
                // one rectangle per run of dark modules; a hair wider so that no seams show between rows
                canvas.rectangle(left + start * module, top - (y + 1) * module, (x - start) * module, module + 0.05f);
            }
        }
        canvas.fill();
        canvas.restoreState();
    }

}
