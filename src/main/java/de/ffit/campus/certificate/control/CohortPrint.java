package de.ffit.campus.certificate.control;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Supplier;

/**
 * A cohort's certificates as one print-ready PDF, one page each, written to a stream as pages are finished. A
 * certificate whose printed values were kept at issue with the template revision in use now is drawn again from
 * them into the one document, sharing its fonts and everything all certificates show (a thousand make a few MB
 * rather than 43 KB each); any other (issued before the values were kept, or with a template since changed) has
 * the pages of its stored PDF copied in as they are.
 */
public final class CohortPrint {

    /**
     * One certificate to print: what was frozen at issue (null for certificates issued before that was kept) with
     * the template's key and revision, and its stored PDF, read only when needed (null once revoked).
     */
    public record Sheet(String templateKey, String templateRevision, String frozen, Supplier<byte[]> pdf) {

        /** drawn again with this template, or null when only its stored PDF shows what it printed */
        FrozenContent redraw(CertificateTemplate template) {
            return frozen != null && template.key().equals(templateKey)
                    && template.revision().equals(templateRevision) ? FrozenContent.fromJson(frozen) : null;
        }
    }

    private CohortPrint() {
    }

    /**
     * Writes the sheets in order, leaving out null ones; {@code printed} runs after each sheet (skipped ones too). Fails when not one sheet
     * had a page.
     */
    public static void write(CertificateRenderer renderer, CertificateTemplate template, Iterable<Sheet> sheets,
            OutputStream out, Runnable printed) throws IOException {
        try (CertificateRenderer.Printing printing = renderer.open(template, out)) {
            for (Sheet sheet : sheets) {
                if (sheet == null) { // revoked since the print began
                    printed.run();
                    continue;
                }
                FrozenContent frozen = sheet.redraw(template);
                if (frozen != null) {
                    printing.add(frozen);
                } else {
                    byte[] pdf = sheet.pdf().get();
                    if (pdf != null) {
                        printing.copy(pdf);
                    }
                }
                printed.run();
            }
        }
    }
}
