package de.ffit.campus.certificate.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 25, item 5: the credential is attached to the certificate PDF as credential.jwt, byte for byte. */
class CredentialAttachmentTest {

    static byte[] onePage() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph("Zertifikat"));
        document.close();
        return out.toByteArray();
    }

    @Test
    void theAttachedFileIsTheJwt() {
        String jwt = "eyJraWQiOiJkaWQ6d2ViOmNhbXB1cyNrZXktMSIsInR5cCI6IkpXVCIsImFsZyI6IkVTMjU2In0.eyJpc3MiOiJ4In0.c2ln";
        byte[] plain = onePage();
        assertEquals(Optional.empty(), CredentialAttachment.read(plain), "nothing attached yet");
        byte[] withCredential = CredentialAttachment.attach(plain, jwt);
        assertEquals(Optional.of(jwt), CredentialAttachment.read(withCredential));
        assertTrue(withCredential.length < plain.length + jwt.length() + 2_000, "a small addition");
    }
}
