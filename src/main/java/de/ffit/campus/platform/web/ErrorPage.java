package de.ffit.campus.platform.web;

import jakarta.enterprise.context.RequestScoped;
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
 * The generic error pages: no stack trace, no exception text, ever. A page the user may not open is answered
 * exactly like one that does not exist (404), so restricted pages do not reveal themselves. A server error
 * gets a reference that is also written to the log, so support can find it.
 */
@Named
@RequestScoped
public class ErrorPage {

    private static final Logger LOG = Logger.getLogger(ErrorPage.class.getName());

    private String reference;

    public void prepare() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (status instanceof Integer code && code == 403) {
            response.setStatus(404);
        }
        Throwable error = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (error != null) {
            reference = UUID.randomUUID().toString().substring(0, 8);
            LOG.log(Level.SEVERE, "Error " + reference + " on " + request.getAttribute(
                    RequestDispatcher.ERROR_REQUEST_URI), error);
        }
    }

    public String getReference() {
        return reference;
    }
}
