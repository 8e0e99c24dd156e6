package de.ffit.campus.certificate.control;

import de.ffit.campus.certificate.control.CertificateTemplate.Align;
import de.ffit.campus.certificate.control.CertificateTemplate.Block;
import de.ffit.campus.certificate.control.CertificateTemplate.Frame;
import de.ffit.campus.certificate.control.CertificateTemplate.Image;
import de.ffit.campus.certificate.control.CertificateTemplate.Line;
import de.ffit.campus.certificate.control.CertificateTemplate.Qr;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Reads and checks the templates under {@code certificate-templates/}: every folder with a {@code template.json}
 * is a template named by the folder. Anything a certificate could not be printed with is an error naming the file:
 * broken JSON, an unknown field value, a placeholder that does not exist, a text missing in the primary language,
 * an image or font that is missing or unreadable, a block outside the page.
 */
public final class TemplateReader {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final Map<String, float[]> PAGES = Map.of("A4", new float[] {210, 297}, "A5",
            new float[] {148, 210}, "LETTER", new float[] {215.9f, 279.4f});

    private TemplateReader() {
    }

    /** Every template under {@code root}, by key. */
    public static Map<String, CertificateTemplate> readAll(Path root, CertificateFonts fonts) {
        Map<String, CertificateTemplate> templates = new LinkedHashMap<>();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.sorted().toList()) {
                if (Files.isRegularFile(dir.resolve("template.json"))) {
                    CertificateTemplate template = read(dir, fonts);
                    templates.put(template.key(), template);
                }
            }
        } catch (IOException e) {
            throw new TemplateException("certificate-templates: cannot be read (" + e.getMessage() + ")", e);
        }
        return templates;
    }

    /** The template in {@code dir}, whose name is its key. */
    public static CertificateTemplate read(Path dir, CertificateFonts fonts) {
        String key = dir.getFileName().toString();
        String file = "certificate-templates/" + key + "/template.json";
        if (!KEY.matcher(key).matches()) {
            throw new TemplateException("certificate-templates/" + key
                    + ": a template's folder name is its key: lower-case letters, digits and hyphens");
        }
        JsonObject json;
        try (JsonReader reader = Json.createReader(Files.newBufferedReader(dir.resolve("template.json")))) {
            json = reader.readObject();
        } catch (IOException | RuntimeException e) {
            throw new TemplateException(file + ": not a JSON object (" + e.getMessage() + ")", e);
        }
        return new Parser(dir, file, fonts).template(key, json);
    }

    /**
     * {@code sha256:} and the SHA-256 of every file of the template's folder and of the fonts' folder beside it, in
     * the order of their names, each with its name: what a certificate was drawn with.
     */
    static String revision(Path dir) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path folder : List.of(dir, dir.resolveSibling("fonts"))) {
                if (!Files.isDirectory(folder)) {
                    continue;
                }
                List<Path> files;
                try (Stream<Path> listed = Files.list(folder)) {
                    files = listed.filter(Files::isRegularFile)
                            .sorted(Comparator.comparing(f -> f.getFileName().toString())).toList();
                }
                for (Path file : files) {
                    digest.update((folder.getFileName() + "/" + file.getFileName() + "\n")
                            .getBytes(StandardCharsets.UTF_8));
                    digest.update(Files.readAllBytes(file));
                }
            }
            return "sha256:" + HexFormat.of().formatHex(digest.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new TemplateException("certificate-templates/" + dir.getFileName() + ": cannot be read ("
                    + e.getMessage() + ")", e);
        }
    }

    private static final class Parser {
        private final Path dir;
        private final String file;
        private final CertificateFonts fonts;

        Parser(Path dir, String file, CertificateFonts fonts) {
            this.dir = dir;
            this.file = file;
            this.fonts = fonts;
        }

        private TemplateException error(String where, String what) {
            return new TemplateException(file + ": " + where + ": " + what);
        }

        CertificateTemplate template(String key, JsonObject json) {
            only(json, "the descriptor", "version", "name", "page", "primaryLanguage", "frames", "lines", "images",
                    "blocks", "qr", "texts");
            int version = integer(json, "version", "version", null);
            if (version < 1) {
                throw error("version", "must be 1 or more");
            }
            String name = string(json, "name", "name", null);
            JsonObject page = object(json, "page", "page");
            only(page, "page", "size", "orientation");
            String size = string(page, "size", "page.size", "A4").toUpperCase(Locale.ROOT);
            float[] portrait = PAGES.get(size);
            if (portrait == null) {
                throw error("page.size", "\"" + size + "\" is not one of " + PAGES.keySet());
            }
            String orientation = string(page, "orientation", "page.orientation", "portrait");
            boolean landscape = switch (orientation) {
                case "landscape" -> true;
                case "portrait" -> false;
                default -> throw error("page.orientation", "must be \"portrait\" or \"landscape\"");
            };
            float width = landscape ? portrait[1] : portrait[0];
            float height = landscape ? portrait[0] : portrait[1];
            String primary = string(json, "primaryLanguage", "primaryLanguage", "de");

            Map<String, Map<String, String>> texts = new LinkedHashMap<>();
            JsonObject textsJson = object(json, "texts", "texts");
            for (Map.Entry<String, JsonValue> language : textsJson.entrySet()) {
                if (!LANGUAGE.matcher(language.getKey()).matches()) {
                    throw error("texts", "\"" + language.getKey() + "\" is not a language code such as de or ar");
                }
                if (!(language.getValue() instanceof JsonObject values)) {
                    throw error("texts." + language.getKey(), "must be an object of texts");
                }
                Map<String, String> byId = new LinkedHashMap<>();
                for (Map.Entry<String, JsonValue> text : values.entrySet()) {
                    String where = "texts." + language.getKey() + "." + text.getKey();
                    if (!(text.getValue() instanceof JsonString s)) {
                        throw error(where, "must be a string");
                    }
                    placeholders(where, s.getString());
                    byId.put(text.getKey(), s.getString());
                }
                texts.put(language.getKey(), Map.copyOf(byId));
            }
            if (!texts.containsKey(primary)) {
                throw error("texts", "has no texts in the primary language \"" + primary + "\"");
            }

            List<Frame> frames = new ArrayList<>();
            int i = 0;
            for (JsonObject f : objects(json, "frames")) {
                String where = "frames[" + i++ + "]";
                only(f, where, "inset", "lineWidth", "color", "radius");
                frames.add(new Frame(number(f, "inset", where + ".inset", null), number(f, "lineWidth",
                        where + ".lineWidth", 0.5f), color(f, where), number(f, "radius", where + ".radius", 0f)));
            }
            List<Line> lines = new ArrayList<>();
            i = 0;
            for (JsonObject l : objects(json, "lines")) {
                String where = "lines[" + i++ + "]";
                only(l, where, "x1", "y1", "x2", "y2", "lineWidth", "color");
                Line line = new Line(number(l, "x1", where + ".x1", null), number(l, "y1", where + ".y1", null),
                        number(l, "x2", where + ".x2", null), number(l, "y2", where + ".y2", null),
                        number(l, "lineWidth", where + ".lineWidth", 0.3f), color(l, where));
                inside(where, line.x1Mm(), line.y1Mm(), width, height);
                inside(where, line.x2Mm(), line.y2Mm(), width, height);
                lines.add(line);
            }
            List<Image> images = new ArrayList<>();
            i = 0;
            for (JsonObject img : objects(json, "images")) {
                String where = "images[" + i++ + "]";
                only(img, where, "file", "x", "y", "width");
                String name2 = string(img, "file", where + ".file", null);
                Image image = new Image(name2, image(where, name2), number(img, "x", where + ".x", null),
                        number(img, "y", where + ".y", null), number(img, "width", where + ".width", null));
                inside(where, image.xMm(), image.yMm(), width, height);
                inside(where, image.xMm() + image.widthMm(), image.yMm(), width, height);
                images.add(image);
            }
            List<Block> blocks = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            i = 0;
            for (JsonObject b : objects(json, "blocks")) {
                String where = "blocks[" + i++ + "]";
                Block block = block(where, b, texts, primary);
                if (!ids.add(block.id())) {
                    throw error(where, "the id \"" + block.id() + "\" is used twice");
                }
                inside(where, block.xMm(), block.yMm(), width, height);
                inside(where, block.xMm() + block.widthMm(), block.yMm(), width, height);
                blocks.add(block);
            }
            if (blocks.isEmpty()) {
                throw error("blocks", "a certificate needs at least one block of text");
            }
            Optional<Qr> qr = Optional.empty();
            if (json.containsKey("qr")) {
                JsonObject q = object(json, "qr", "qr");
                only(q, "qr", "x", "y", "size", "color");
                Qr code = new Qr(number(q, "x", "qr.x", null), number(q, "y", "qr.y", null),
                        number(q, "size", "qr.size", null), color(q, "qr"));
                if (code.sizeMm() < 15) {
                    throw error("qr.size", "below 15 mm a phone camera does not read the code reliably");
                }
                inside("qr", code.xMm() + code.sizeMm(), code.yMm() + code.sizeMm(), width, height);
                qr = Optional.of(code);
            }
            return new CertificateTemplate(key, version, name, width, height, primary, frames, lines, images, blocks,
                    qr, texts, revision(dir));
        }

        private Block block(String where, JsonObject b, Map<String, Map<String, String>> texts, String primary) {
            String id = string(b, "id", where + ".id", null);
            where = "block \"" + id + "\"";
            only(b, where, "id", "content", "text", "language", "when", "x", "y", "width", "height", "font", "size",
                    "maxLines", "lineHeight", "color", "align");
            String content = b.containsKey("content") ? string(b, "content", where + ".content", null) : null;
            String text = b.containsKey("text") ? string(b, "text", where + ".text", null) : null;
            if ((content == null) == (text == null)) {
                throw error(where, "needs either \"content\" or \"text\" (the id of a text in \"texts\")");
            }
            if (content != null) {
                placeholders(where + ".content", content);
            } else if (!texts.get(primary).containsKey(text)) {
                throw error(where, "text \"" + text + "\" is missing in texts." + primary);
            }
            String language = string(b, "language", where + ".language", "primary");
            CertificateTemplate.Language lang = switch (language) {
                case "primary" -> CertificateTemplate.Language.PRIMARY;
                case "second" -> CertificateTemplate.Language.SECOND;
                default -> throw error(where + ".language", "must be \"primary\" or \"second\"");
            };
            String when = b.containsKey("when") ? string(b, "when", where + ".when", null) : null;
            if (when != null && !CertificateTemplate.PLACEHOLDERS.contains(when)) {
                throw error(where + ".when", "unknown placeholder \"" + when + "\"; known: " + known());
            }
            String font = string(b, "font", where + ".font", "sans");
            if (!fonts.has(font)) {
                throw error(where + ".font", "unknown font family \"" + font + "\"; certificate-templates/fonts/"
                        + "fonts.json has " + fonts.names());
            }
            float size = number(b, "size", where + ".size", 12f);
            if (size < 4 || size > 120) {
                throw error(where + ".size", "must be 4 to 120 (points)");
            }
            int maxLines = b.containsKey("maxLines") ? integer(b, "maxLines", where + ".maxLines", null) : 1000;
            if (maxLines < 1) {
                throw error(where + ".maxLines", "must be 1 or more");
            }
            String align = string(b, "align", where + ".align", "start").toUpperCase(Locale.ROOT);
            Align alignment;
            try {
                alignment = Align.valueOf(align);
            } catch (IllegalArgumentException e) {
                throw error(where + ".align", "must be left, center, right, start or end");
            }
            float widthMm = number(b, "width", where + ".width", null);
            if (widthMm <= 0) {
                throw error(where + ".width", "must be more than 0");
            }
            float heightMm = number(b, "height", where + ".height", 0f);
            if (heightMm < 0) {
                throw error(where + ".height", "must not be negative");
            }
            return new Block(id, content, text, lang, when, number(b, "x", where + ".x", null),
                    number(b, "y", where + ".y", null), widthMm, heightMm, font, size, maxLines,
                    number(b, "lineHeight", where + ".lineHeight", 1.3f), color(b, where), alignment);
        }

        /** a misspelt field would silently do nothing: refuse it */
        private void only(JsonObject json, String where, String... fields) {
            Set<String> known = Set.of(fields);
            for (String field : json.keySet()) {
                if (!known.contains(field)) {
                    throw error(where, "unknown field \"" + field + "\"; known: " + List.of(fields));
                }
            }
        }

        private void placeholders(String where, String text) {
            Matcher m = PLACEHOLDER.matcher(text);
            while (m.find()) {
                if (!CertificateTemplate.PLACEHOLDERS.contains(m.group(1))) {
                    throw error(where, "unknown placeholder {" + m.group(1) + "}; known: " + known());
                }
            }
        }

        private String known() {
            return CertificateTemplate.PLACEHOLDERS.stream().sorted().map(p -> "{" + p + "}").toList().toString();
        }

        private byte[] image(String where, String name) {
            if (name.contains("/") || name.contains("\\")) {
                throw error(where + ".file", "an image lies in the template's own folder: give its file name only");
            }
            Path path = dir.resolve(name);
            String imageFile = "certificate-templates/" + dir.getFileName() + "/" + name;
            if (!Files.isRegularFile(path)) {
                throw new TemplateException(imageFile + ": image missing (named in " + file + ", " + where + ")");
            }
            try {
                byte[] bytes = Files.readAllBytes(path);
                if (ImageIO.read(new ByteArrayInputStream(bytes)) == null) {
                    throw new TemplateException(imageFile + ": not a PNG or JPEG image (named in " + file + ")");
                }
                return bytes;
            } catch (IOException e) {
                throw new TemplateException(imageFile + ": cannot be read (" + e.getMessage() + ")", e);
            }
        }

        private void inside(String where, float x, float y, float width, float height) {
            if (x < 0 || y < 0 || x > width + 0.01f || y > height + 0.01f) {
                throw error(where, "lies outside the page (" + width + " x " + height + " mm)");
            }
        }

        private List<JsonObject> objects(JsonObject json, String name) {
            if (!json.containsKey(name)) {
                return List.of();
            }
            if (!(json.get(name) instanceof JsonArray array)) {
                throw error(name, "must be a list");
            }
            List<JsonObject> list = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                if (!(array.get(i) instanceof JsonObject o)) {
                    throw error(name + "[" + i + "]", "must be an object");
                }
                list.add(o);
            }
            return list;
        }

        private JsonObject object(JsonObject json, String name, String where) {
            if (!(json.get(name) instanceof JsonObject o)) {
                throw error(where, json.containsKey(name) ? "must be an object" : "missing");
            }
            return o;
        }

        private String string(JsonObject json, String name, String where, String fallback) {
            JsonValue value = json.get(name);
            if (value == null || value == JsonValue.NULL) {
                if (fallback == null) {
                    throw error(where, "missing");
                }
                return fallback;
            }
            if (!(value instanceof JsonString s) || s.getString().isBlank()) {
                throw error(where, "must be a non-empty string");
            }
            return s.getString();
        }

        private float number(JsonObject json, String name, String where, Float fallback) {
            JsonValue value = json.get(name);
            if (value == null || value == JsonValue.NULL) {
                if (fallback == null) {
                    throw error(where, "missing");
                }
                return fallback;
            }
            if (!(value instanceof JsonNumber n)) {
                throw error(where, "must be a number");
            }
            return (float) n.doubleValue();
        }

        private int integer(JsonObject json, String name, String where, Integer fallback) {
            JsonValue value = json.get(name);
            if (value == null || value == JsonValue.NULL) {
                if (fallback == null) {
                    throw error(where, "missing");
                }
                return fallback;
            }
            if (!(value instanceof JsonNumber n) || !n.isIntegral()) {
                throw error(where, "must be a whole number");
            }
            return n.intValue();
        }

        private Color color(JsonObject json, String where) {
            String hex = string(json, "color", where + ".color", "#1d2433");
            if (!hex.matches("#[0-9a-fA-F]{6}")) {
                throw error(where + ".color", "\"" + hex + "\" is not a colour like #0b5cad");
            }
            return new Color(Integer.parseInt(hex.substring(1), 16));
        }
    }
}
