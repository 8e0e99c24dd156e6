package de.ffit.campus.certificate.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken template is refused with a message that names the file and what is wrong; the default one is fine. */
class TemplateReaderTest {

    static final Path TEMPLATES = Path.of("certificate-templates");
    static CertificateFonts fonts;

    @TempDir
    Path root;

    @BeforeAll
    static void fonts() {
        fonts = CertificateFonts.read(TEMPLATES.resolve("fonts"));
    }

    @Test
    void theDefaultTemplateIsReadWithItsPageBlocksAndLanguages() {
        CertificateTemplate basis = TemplateReader.readAll(TEMPLATES, fonts).get("ffit-basis");
        assertEquals(297f, basis.widthMm());
        assertEquals(210f, basis.heightMm());
        assertEquals("de", basis.primaryLanguage());
        assertTrue(basis.languages().containsAll(java.util.Set.of("de", "en", "ar", "fa", "ps", "uk", "ru", "tr",
                "kmr", "ti")), basis.languages().toString());
        assertTrue(basis.qr().isPresent());
    }

    /** a copy of the default template whose descriptor has {@code from} replaced by {@code to} */
    private Path broken(String from, String to) throws IOException {
        Path dir = Files.createDirectories(root.resolve("kaputt"));
        Files.copy(TEMPLATES.resolve("ffit-basis/logo.png"), dir.resolve("logo.png"));
        String json = Files.readString(TEMPLATES.resolve("ffit-basis/template.json"));
        assertTrue(json.contains(from), from);
        Files.writeString(dir.resolve("template.json"), json.replace(from, to));
        return dir;
    }

    private String refusal(Path dir) {
        return assertThrows(TemplateException.class, () -> TemplateReader.read(dir, fonts)).getMessage();
    }

    @Test
    void anUnknownPlaceholderIsNamedWithItsFileAndPlace() throws IOException {
        String message = refusal(broken("{lessonsAttended} von", "{lessonsAtended} von"));
        assertTrue(message.startsWith("certificate-templates/kaputt/template.json: texts.de.body: "), message);
        assertTrue(message.contains("unknown placeholder {lessonsAtended}"), message);
    }

    @Test
    void aMissingImageIsNamed() throws IOException {
        String message = refusal(broken("\"logo.png\"", "\"logo-neu.png\""));
        assertTrue(message.startsWith("certificate-templates/kaputt/logo-neu.png: image missing"), message);
    }

    @Test
    void anUnknownFontFamilyAndAMisspeltFieldAreRefused() throws IOException {
        assertTrue(refusal(broken("\"font\": \"serif-bold\"", "\"font\": \"comic\"")).contains(
                "unknown font family \"comic\""));
        Files.walk(root).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        String message = refusal(broken("\"maxLines\": 2", "\"maxLine\": 2"));
        assertTrue(message.contains("block \"name\": unknown field \"maxLine\""), message);
    }

    @Test
    void brokenJsonAndABlockOffThePageAreRefused() throws IOException {
        assertTrue(refusal(broken("\"version\": 3,", "\"version\": 3")).contains("not a JSON object"));
        Files.walk(root).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        assertTrue(refusal(broken("\"x\": 30, \"y\": 90,", "\"x\": 30, \"y\": 290,")).contains(
                "lies outside the page"));
    }

    @Test
    void aMissingFontFileIsNamed() throws IOException {
        Path fontsDir = Files.createDirectories(root.resolve("fonts"));
        Files.writeString(fontsDir.resolve("fonts.json"), "{\"sans\": [\"NotoSans-Fehlt.ttf\"]}");
        String message = assertThrows(TemplateException.class, () -> CertificateFonts.read(fontsDir)).getMessage();
        assertEquals("certificate-templates/fonts/NotoSans-Fehlt.ttf: font missing (named in fonts.json)", message);
    }
}
