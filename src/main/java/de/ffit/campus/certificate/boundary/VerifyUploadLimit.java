package de.ffit.campus.certificate.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A file far too big to be a certificate is turned away before anything reads it: the verification page is shown
 * again saying so, instead of the container's refusal ending in an error page.
 */
@WebFilter("/verify.xhtml")
public class VerifyUploadLimit extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** the Faces servlet's multipart limit is 2,300,000 bytes for the whole request */
    static final long MAX_REQUEST = 2_300_000;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("POST".equals(request.getMethod()) && request.getContentLengthLong() > MAX_REQUEST) {
            response.setHeader("Connection", "close"); // the rest of the upload is not read
            response.sendRedirect(request.getContextPath() + "/verify.xhtml?tooLarge=true");
            return;
        }
        chain.doFilter(request, response);
    }
}
