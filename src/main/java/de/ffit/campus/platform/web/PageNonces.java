package de.ffit.campus.platform.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import org.primefaces.csp.CspState;

/**
 * The script nonce of PrimeFaces' CSP mode, for pages that work without script too. PrimeFaces takes the nonce of a
 * postback from a hidden field that its script adds to each form, and refuses a postback without it ("CSP nonce
 * mismatch", a 500) as soon as the answer is rendered: a form sent by a browser without script (or before the
 * script ran) that shows the page again with a message. A postback that renders a whole new document needs no old
 * nonce: it gets a fresh one, as a first visit does; only an Ajax request, whose answer runs in the document that
 * is already there, keeps the view's nonce as PrimeFaces checks it. See {@link SecurityHeaders} for the header.
 */
public class PageNonces implements PhaseListener {

    private static final long serialVersionUID = 1L;

    /** where PrimeFaces keeps the view's nonce (its view map) and looks for the request's (a form field) */
    static final String NONCE_KEY = "primefaces.nonce";

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        context.getAttributes().putIfAbsent(CspState.class.getName(), new State(context));
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // nothing
    }

    /** PrimeFaces' state of the request, with a fresh nonce for every answer that is a whole page */
    static final class State extends CspState {

        private final FacesContext context;
        private String nonce;

        State(FacesContext context) {
            super(context);
            this.context = context;
        }

        @Override
        public String getNonce() {
            if (nonce == null) {
                if (context.getPartialViewContext().isAjaxRequest()) {
                    nonce = super.getNonce();
                } else {
                    nonce = generateNonce();
                    if (context.getViewRoot() != null && !context.getViewRoot().isTransient()) {
                        context.getViewRoot().getViewMap(true).put(NONCE_KEY, nonce);
                    }
                }
            }
            return nonce;
        }
    }
}
