package de.ffit.campus.platform.web;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The script nonce of PrimeFaces' CSP mode, for pages that work without script too. PrimeFaces takes the nonce of a
 * postback from a form field that its script adds to each form ({@code primefaces.nonce}), compares it with the
 * view's, and without it refuses to render the answer ("Missing CSP nonce" or "CSP nonce mismatch", a 500): a form
 * sent by a browser without script, or before the script ran, that shows its page again with a message. A postback
 * that is answered with a whole new document needs no old nonce: it gets a fresh one made here, as a first visit
 * does, for its view as well (later Ajax requests of the page send it). Only an Ajax request, whose answer runs in
 * the document that is already there, keeps the view's nonce as PrimeFaces checks it. The header: SecurityHeaders.
 */
public class PageNonces implements PhaseListener {

    private static final long serialVersionUID = 1L;

    /** PrimeFaces' name for the nonce: the form field and the key in the view map */
    static final String NONCE = "primefaces.nonce";

    /** the request attribute with this request's fresh nonce, which the request's field then gives */
    static final String FRESH = PageNonces.class.getName() + ".fresh";

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (!context.isPostback() || context.getPartialViewContext().isAjaxRequest()) {
            return;
        }
        String nonce = fresh();
        context.getExternalContext().getRequestMap().put(FRESH, nonce);
        UIViewRoot view = context.getViewRoot();
        if (view != null && !view.isTransient()) {
            view.getViewMap(true).put(NONCE, nonce);
        }
    }

    /** as PrimeFaces makes its nonces (it checks the form: Base64 of a UUID) */
    static String fresh() {
        return Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A request whose nonce field is the fresh nonce once {@link #afterPhase} has made one. */
    static final class Request extends HttpServletRequestWrapper {

        Request(HttpServletRequest request) {
            super(request);
        }

        private String fresh() {
            Object fresh = getAttribute(FRESH);
            return fresh instanceof String s ? s : null;
        }

        @Override
        public String getParameter(String name) {
            String fresh = NONCE.equals(name) ? fresh() : null;
            return fresh != null ? fresh : super.getParameter(name);
        }

        @Override
        public String[] getParameterValues(String name) {
            String fresh = NONCE.equals(name) ? fresh() : null;
            return fresh != null ? new String[] {fresh} : super.getParameterValues(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            String fresh = fresh();
            if (fresh == null) {
                return super.getParameterMap();
            }
            Map<String, String[]> map = new LinkedHashMap<>(super.getParameterMap());
            map.put(NONCE, new String[] {fresh});
            return Collections.unmodifiableMap(map);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            if (fresh() == null) {
                return super.getParameterNames();
            }
            List<String> names = new ArrayList<>(Collections.list(super.getParameterNames()));
            if (!names.contains(NONCE)) {
                names.add(NONCE);
            }
            return Collections.enumeration(names);
        }
    }
}
