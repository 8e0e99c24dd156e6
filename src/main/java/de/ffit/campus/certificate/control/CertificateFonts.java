package de.ffit.campus.certificate.control;

import com.lowagie.text.pdf.BaseFont;
import de.ffit.campus.platform.pdf.TrueTypeCut;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The font families templates name, from {@code certificate-templates/fonts/fonts.json}: each family is a list of
 * font files tried in order for every character (e.g. Noto Serif Bold for Latin and Cyrillic, then Noto Naskh Arabic
 * Bold, then Noto Sans Ethiopic Bold). Every file is read once and embedded as a subset in each PDF.
 */
public final class CertificateFonts {

    /**
     * One font file, for the PDF (embedded as a subset) and for measuring shaped text exactly (AWT). {@code pdf} has
     * every character of the font; a PDF of one certificate embeds the font cut to its own text ({@link #pdfFor}).
     */
    public record Face(BaseFont pdf, Font awt, TrueTypeCut cut) {

        /** The font for a document that sets only {@code text}: its subset in the PDF is as small as it can be. */
        public BaseFont pdfFor(String text) {
            try {
                return BaseFont.createFont(pdf.getPostscriptFontName() + ".ttf", BaseFont.IDENTITY_H,
                        BaseFont.EMBEDDED, false, cut.forText(text), null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final Map<String, List<Face>> families;

    private CertificateFonts(Map<String, List<Face>> families) {
        this.families = Map.copyOf(families);
    }

    /** Reads {@code dir/fonts.json} and every font it names; a missing or broken file is named in the error. */
    public static CertificateFonts read(Path dir) {
        Path descriptor = dir.resolve("fonts.json");
        String where = "certificate-templates/fonts/fonts.json";
        if (!Files.isRegularFile(descriptor)) {
            throw new TemplateException(where + ": missing");
        }
        JsonObject json;
        try (JsonReader reader = Json.createReader(Files.newBufferedReader(descriptor))) {
            json = reader.readObject();
        } catch (IOException | RuntimeException e) {
            throw new TemplateException(where + ": not a JSON object of font families (" + e.getMessage() + ")", e);
        }
        Map<String, Face> loaded = new HashMap<>();
        Map<String, List<Face>> families = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> family : json.entrySet()) {
            if (!(family.getValue() instanceof JsonArray files) || files.isEmpty()) {
                throw new TemplateException(where + ": family \"" + family.getKey() + "\" must list font files");
            }
            List<Face> fonts = new ArrayList<>();
            for (JsonValue file : files) {
                if (!(file instanceof JsonString name) || name.getString().contains("/")
                        || name.getString().contains("\\")) {
                    throw new TemplateException(where + ": family \"" + family.getKey()
                            + "\" lists something that is not a font file name: " + file);
                }
                fonts.add(loaded.computeIfAbsent(name.getString(), n -> load(dir, n)));
            }
            families.put(family.getKey(), List.copyOf(fonts));
        }
        return new CertificateFonts(families);
    }

    private static Face load(Path dir, String file) {
        Path path = dir.resolve(file);
        if (!Files.isRegularFile(path)) {
            throw new TemplateException("certificate-templates/fonts/" + file + ": font missing (named in fonts.json)");
        }
        try {
            byte[] bytes = Files.readAllBytes(path);
            // the PDF's font cut to its characters (a small subset in every PDF), not shared through OpenPDF's
            // cache with the whole font of the same name; measured with the whole font (its shaping tables)
            TrueTypeCut cut = TrueTypeCut.of(bytes);
            return new Face(BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                    cut.keep(c -> true), null),
                    Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes)), cut);
        } catch (IOException | FontFormatException | RuntimeException e) {
            throw new TemplateException("certificate-templates/fonts/" + file + ": not a usable TrueType font ("
                    + e.getMessage() + ")", e);
        }
    }

    public Set<String> names() {
        return families.keySet();
    }

    public boolean has(String family) {
        return families.containsKey(family);
    }

    /** the fonts of a family, in the order they are tried */
    public List<Face> family(String name) {
        List<Face> fonts = families.get(name);
        if (fonts == null) {
            throw new TemplateException("unknown font family " + name);
        }
        return fonts;
    }
}
