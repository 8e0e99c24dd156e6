package de.ffit.campus.certificate.boundary;

import de.ffit.campus.certificate.control.Certificates;
import de.ffit.campus.certificate.control.PrintJobs;
import de.ffit.campus.platform.error.CampusException;
import de.ffit.campus.platform.security.CurrentUser;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Certificate files for signed-in users of the pages: {@code /certificates/{serial}.pdf} (as issued) and
 * {@code /certificates/print/{job}} (a cohort's merged PDF or ZIP once its print job is done). Another
 * organisation's file, like a missing one, answers 404.
 */
@WebServlet("/certificates/*")
public class CertificateFiles extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern SINGLE = Pattern.compile("/(FFIT-\\d{4}-\\d{6})\\.pdf");
    private static final Pattern PRINT = Pattern.compile("/print/([0-9a-f]{32})");

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient Certificates certificates;

    @Inject
    transient PrintJobs printJobs;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        Matcher single = SINGLE.matcher(path);
        Matcher print = PRINT.matcher(path);
        response.setHeader("Cache-Control", "private, no-store");
        if (single.matches()) {
            Optional<Certificates.Document> document;
            try {
                document = certificates.document(currentUser.actor(), single.group(1));
            } catch (CampusException notFound) {
                response.sendError(404);
                return;
            }
            if (document.isEmpty()) {
                // erased with the learner's data: only the verification record is left
                response.sendError(404);
                return;
            }
            byte[] pdf = document.get().pdf();
            response.setContentType("application/pdf");
            response.setHeader("Content-Disposition", "inline; filename=\"" + document.get().serial() + ".pdf\"");
            response.setContentLength(pdf.length);
            response.getOutputStream().write(pdf);
            return;
        }
        if (print.matches()) {
            Optional<PrintJobs.Status> status = printJobs.status(currentUser.actor(), print.group(1));
            Optional<Path> file = printJobs.file(currentUser.actor(), print.group(1));
            if (status.isEmpty() || file.isEmpty()) {
                response.sendError(404);
                return;
            }
            boolean pdf = status.get().kind() == PrintJobs.Kind.PDF;
            response.setContentType(pdf ? "application/pdf" : "application/zip");
            response.setHeader("Content-Disposition", (pdf ? "inline" : "attachment") + "; filename=\"certificates-"
                    + status.get().cohortId() + (pdf ? ".pdf" : ".zip") + "\"");
            response.setContentLengthLong(Files.size(file.get()));
            try (OutputStream out = response.getOutputStream()) {
                Files.copy(file.get(), out);
            }
            return;
        }
        response.sendError(404);
    }
}
