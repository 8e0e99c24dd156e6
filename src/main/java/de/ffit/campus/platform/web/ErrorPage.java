package de.ffit.campus.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The generic error page: no stack trace, no exception text, ever. A server error gets a reference that is also
 * written to the log, so support can find it; a form posted after its page expired is told so plainly, and so is
 * one too large to be read.
 */
@Named
@RequestScoped
public class ErrorPage {

    private static final Logger LOG = Logger.getLogger(ErrorPage.class.getName());

    private String reference;
    private boolean expired;
    private boolean tooLarge;
    private boolean certificateUpload;

    /**
     * Runs when the page first asks the bean: not as a view action, which Faces skips when the failed request
     * was itself a form post (the error page then counts as a postback).
     */
    @PostConstruct
    void prepare() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        if (request.getAttribute(RequestLimits.REFUSED) instanceof Integer refused) {
            // refused before anything read the request (platform.web.RequestLimits logged it in one line)
            response.setStatus(refused);
            tooLarge = refused == 413;
            certificateUpload = "/verify.xhtml".equals(request.getAttribute(RequestLimits.REFUSED_PATH));
            expired = refused == 400;
            return;
        }
        Throwable error = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ViewExpiredException) {
                // a page left open longer than its session lives: not a fault, just say so
                expired = true;
                response.setStatus(400);
                return;
            }
        }
        if (error != null) {
            reference = UUID.randomUUID().toString().substring(0, 8);
            LOG.log(Level.SEVERE, "Error " + reference + " on " + request.getAttribute(
                    RequestDispatcher.ERROR_REQUEST_URI), error);
        }
    }

    public boolean isExpired() {
        return expired;
    }

    /** what was sent is larger than the page takes (a form over 2 MB) */
    public boolean isTooLarge() {
        return tooLarge;
    }

    /** the refused body was a file sent to the verify page to be checked as a certificate */
    public boolean isCertificateUpload() {
        return certificateUpload;
    }

    public String getReference() {
        return reference;
    }
}
