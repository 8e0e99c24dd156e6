package de.ffit.campus.certificate.control;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The certificate's signed credential (Open Badges 3.0, VC-JWT) attached to its PDF as the file
 * {@value #FILE_NAME}, so that the learner who has the PDF also has the credential (issue 25). Added to the rendered
 * document afterwards rather than inside the renderer: drawing stays the renderer's only job.
 */
public final class CredentialAttachment {

    public static final String FILE_NAME = "credential.jwt";

    private CredentialAttachment() {
    }

    public static byte[] attach(byte[] pdf, String jwt) {
        try {
            PdfReader reader = new PdfReader(pdf);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + jwt.length() + 1024);
            PdfStamper stamper = new PdfStamper(reader, out);
            stamper.addFileAttachment("Open Badges 3.0 credential (VC-JWT)", jwt.getBytes(StandardCharsets.US_ASCII),
                    null, FILE_NAME);
            stamper.close();
            reader.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (com.lowagie.text.DocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    /** the attached credential of a PDF, if it has one (what a reader of the file finds) */
    public static java.util.Optional<String> read(byte[] pdf) {
        try {
            PdfReader reader = new PdfReader(pdf);
            try {
                com.lowagie.text.pdf.PdfDictionary names = reader.getCatalog().getAsDict(
                        com.lowagie.text.pdf.PdfName.NAMES);
                com.lowagie.text.pdf.PdfDictionary files = names == null ? null
                        : names.getAsDict(com.lowagie.text.pdf.PdfName.EMBEDDEDFILES);
                if (files == null) {
                    return java.util.Optional.empty();
                }
                var tree = com.lowagie.text.pdf.PdfNameTree.readTree(files);
                for (Object value : tree.values()) {
                    var spec = (com.lowagie.text.pdf.PdfDictionary) com.lowagie.text.pdf.PdfReader.getPdfObject(
                            (com.lowagie.text.pdf.PdfObject) value);
                    var ef = spec.getAsDict(com.lowagie.text.pdf.PdfName.EF);
                    var name = spec.getAsString(com.lowagie.text.pdf.PdfName.UF) != null
                            ? spec.getAsString(com.lowagie.text.pdf.PdfName.UF) : spec.getAsString(
                                    com.lowagie.text.pdf.PdfName.F);
                    if (ef != null && name != null && FILE_NAME.equals(name.toUnicodeString())) {
                        var stream = (com.lowagie.text.pdf.PRStream) com.lowagie.text.pdf.PdfReader.getPdfObject(
                                ef.get(com.lowagie.text.pdf.PdfName.F));
                        return java.util.Optional.of(new String(com.lowagie.text.pdf.PdfReader.getStreamBytes(stream),
                                StandardCharsets.US_ASCII));
                    }
                }
                return java.util.Optional.empty();
            } finally {
                reader.close();
            }
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }
}
