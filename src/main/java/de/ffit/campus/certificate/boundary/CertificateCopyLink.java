package de.ffit.campus.certificate.boundary;

import de.ffit.campus.certificate.control.CertificateCopies;
import de.ffit.campus.certificate.control.Certificates;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code /certificate-copy/{token}}, the address in the QR code the kiosk shows a learner with a certificate: the
 * PDF, once, within 15 minutes, for whoever holds the link (the learner's phone, not signed in). Anything else, a
 * second use, an expired or unknown link, is 404, the same answer whatever the reason.
 */
@WebServlet(CertificateCopies.PATH + "*")
public class CertificateCopyLink extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CertificateCopies copies;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        Optional<Certificates.Document> document = path == null ? Optional.empty()
                : copies.redeem(path.substring(1));
        // never kept by a cache on the way: the link is used up, the document is personal
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        if (document.isEmpty()) {
            response.sendError(404);
            return;
        }
        Certificates.Document d = document.get();
        response.setCharacterEncoding(null); // a PDF has no charset; a filter before may have set one
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + d.serial() + ".pdf\"");
        response.setContentLength(d.pdf().length);
        response.getOutputStream().write(d.pdf());
    }
}
