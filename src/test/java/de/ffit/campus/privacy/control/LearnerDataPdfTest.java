package de.ffit.campus.privacy.control;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.text.Normalizer;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The personal data PDF in the learner's language: its dates, times and counts in the language's digits. */
class LearnerDataPdfTest {

    private static JsonObject export() {
        var empty = Json.createArrayBuilder().build();
        return Json.createObjectBuilder()
                .add("exportedAt", "2026-12-07T09:05:00Z")
                .add("learner", Json.createObjectBuilder().add("name", "Amina Haddad").add("code", "K7MXQPA2")
                        .add("preferredLanguage", "ar").add("consentOn", "2026-09-01"))
                .add("enrollments", empty)
                .add("attendance", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("lessonDate", "2026-11-25").add("startTime", "09:30:00").add("status", "PRESENT")))
                .add("exercises", empty).add("certificates", empty).add("changes", empty)
                .build();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC);
        }
    }

    @Test
    void anArabicExportWritesDatesTimesAndCountsInArabicIndicDigitsAndTheCodeAsItIs() throws IOException {
        byte[] arabic = LearnerDataPdf.render(export(), Locale.forLanguageTag("ar"));
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "pdf"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "pdf", "personal-data-ar.pdf"), arabic);
        String ar = text(arabic);
        assertTrue(ar.contains("٢٠٢٦-١١-٢٥") && ar.contains("٠٩:٣٠:٠٠") && ar.contains("٢٠٢٦-١٢-٠٧ ٠٩:٠٥"), ar);
        assertTrue(ar.contains("(١)"), "the count of attendance records: " + ar);
        assertTrue(ar.contains("K7MXQPA2"), ar);
        assertTrue(!ar.contains("2026"), "no Western year left: " + ar);
        String de = text(LearnerDataPdf.render(export(), Locale.GERMAN));
        assertTrue(de.contains("2026-11-25") && de.contains("(1)"), de);
    }
}
