package de.ffit.campus.platform.web;

import de.ffit.campus.platform.config.CampusSettings;
import de.ffit.campus.platform.error.CampusException;
import de.ffit.campus.platform.i18n.Language;
import de.ffit.campus.platform.i18n.Messages;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;

/**
 * What a request may be before anything reads it. Its path must be written plainly (no {@code ..}, {@code //},
 * {@code ;} parameters, encoded dots or slashes): the sign-in mechanism and the security constraints read the path
 * differently from the servlet that answers, so {@code /api/../cohorts/view.xhtml} could reach a page with an API
 * password. Its body must fit: {@code FFIT_MAX_JSON_BODY} for {@code /api}, the upload limit for certificates to
 * verify, 2 MB for other forms. A larger announced length is answered 413 without reading a byte; a chunked body
 * is counted while it is read and refused when it passes the limit. A form whose view cannot be restored (expired,
 * or a forged view state) gets the "page expired" page. Each refusal is one log line, never a stack trace.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestLimits extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(RequestLimits.class.getName());

    /** a form of a page: below the web container's own limit of 2 MiB, whose refusal ends in a server error */
    static final long MAX_FORM = 2_000_000;
    /** a certificate to verify, as the Faces servlet's multipart-config and the verify API take it (well over 100 KB) */
    static final long MAX_UPLOAD = 2_300_000;
    /** set for the error page: the status it answers with (413 too large, 400 expired) */
    public static final String REFUSED = "ffit.request.refused";
    /** set for the error page: the path of the refused request (the verify page's upload gets its own words) */
    public static final String REFUSED_PATH = "ffit.request.refusedPath";
    /** set on a request whose chunked body went past its limit while something read it */
    static final String EXCEEDED = "ffit.request.bodyTooLarge";

    @Inject
    transient CampusSettings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String uri = request.getRequestURI();
        String path = uri.startsWith(request.getContextPath()) ? uri.substring(request.getContextPath().length())
                : uri;
        boolean api = path.equals("/api") || path.startsWith("/api/");
        if (!isPlainPath(uri)) {
            LOG.info(() -> "404 for a path that is not written plainly: " + request.getMethod() + " " + loggable(uri)
                    + " from " + address(request));
            notFound(request, response, api);
            return;
        }
        boolean multipart = isMultipart(request);
        long limit = api ? path.startsWith("/api/verify") ? MAX_UPLOAD : settings.maxJsonBody()
                : multipart ? MAX_UPLOAD : MAX_FORM;
        long length = request.getContentLengthLong();
        if (length > limit) {
            tooLarge(request, response, api, path, length + " bytes", limit);
            return;
        }
        boolean chunked = length < 0 && request.getHeader("Transfer-Encoding") != null;
        if (chunked && !api && !multipart) {
            // the container reads a chunked form itself, past any count of ours and without a limit; browsers
            // always say how long their forms are
            LOG.info(() -> "411 for a form without a length: " + request.getMethod() + " " + loggable(uri) + " from "
                    + address(request));
            response.setHeader("Connection", "close");
            response.setStatus(411);
            response.setContentType("text/plain");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("411 Length Required\n");
            return;
        }
        CountedRequest counted = chunked ? new CountedRequest(request, limit) : null;
        try {
            chain.doFilter(counted == null ? request : counted, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (counted != null && counted.exceeded() || isSizeLimit(e)) {
                // the multipart parser counts a chunked upload against web.xml's limits as it reads
                if (!response.isCommitted()) {
                    response.resetBuffer();
                    tooLarge(request, response, api, path, "more than " + limit + " bytes", limit);
                }
                return;
            }
            if (!api && isUnrestorableView(e) && !response.isCommitted()) {
                LOG.info(() -> "400 for a form whose page cannot be restored (expired, or a forged view state): "
                        + request.getMethod() + " " + loggable(uri) + " from " + address(request));
                response.resetBuffer();
                response.setStatus(400);
                request.setAttribute(REFUSED, 400);
                request.getRequestDispatcher("/error.xhtml").forward(new Unposted(request, Map.of()), response);
                return;
            }
            throw e;
        }
        if (counted != null && counted.exceeded()) {
            if (api || response.isCommitted()) {
                // answered already (the API's problem mapper says 413 too): only the log line is left to write
                LOG.warning(() -> "413 for a body of more than " + limit + " bytes (limit " + limit + "): "
                        + request.getMethod() + " " + loggable(uri) + " from " + address(request));
            } else {
                response.resetBuffer();
                tooLarge(request, response, api, path, "more than " + limit + " bytes", limit);
            }
        }
    }

    private void tooLarge(HttpServletRequest request, HttpServletResponse response, boolean api, String path,
            String size, long limit) throws IOException, ServletException {
        LOG.warning(() -> "413 for a body of " + size + " (limit " + limit + "): " + request.getMethod() + " "
                + loggable(request.getRequestURI()) + " from " + address(request));
        // the rest of the body is not read: the connection ends with this answer
        response.setHeader("Connection", "close");
        response.setStatus(413);
        if (api) {
            String detail = path.startsWith("/api/verify") ? Messages.text(language(request), "verify.tooLarge")
                    : Messages.text(language(request), "error.tooLarge", String.valueOf(limit / 1024));
            problem(response, 413, "too_large", "Request Entity Too Large", detail);
            return;
        }
        request.setAttribute(REFUSED, 413);
        request.setAttribute(REFUSED_PATH, path);
        // the error page has no form: a form's action URL makes the container look for parameters in the body
        request.getRequestDispatcher("/error.xhtml").forward(new Unposted(request, Map.of()), response);
    }

    private void notFound(HttpServletRequest request, HttpServletResponse response, boolean api)
            throws IOException, ServletException {
        response.setHeader("Connection", "close");
        response.setStatus(404);
        if (api) {
            Locale locale = language(request);
            problem(response, 404, "not_found", "Not Found", Messages.text(locale, "error.notFound",
                    new CampusException.MessageKey("record.any")));
            return;
        }
        request.getRequestDispatcher("/not-found.xhtml").forward(new Unposted(request, Map.of()), response);
    }

    private static void problem(HttpServletResponse response, int status, String type, String title, String detail)
            throws IOException {
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(Json.createObjectBuilder().add("type", "urn:ffit:problem:" + type)
                .add("title", title).add("status", status).add("detail", detail)
                .add("errors", Json.createArrayBuilder()).build().toString());
    }

    /** the first language of Accept-Language that the interface speaks, else English (as the API's problems) */
    static Locale language(HttpServletRequest request) {
        try {
            for (Enumeration<Locale> wanted = request.getLocales(); wanted.hasMoreElements();) {
                var language = Language.of(wanted.nextElement().toLanguageTag()).filter(Language::isUi);
                if (language.isPresent()) {
                    return language.get().locale();
                }
            }
        } catch (RuntimeException malformedHeader) {
            // a broken Accept-Language header does not deserve a broken answer
        }
        return Locale.ENGLISH;
    }

    private String address(HttpServletRequest request) {
        return ClientAddress.of(request, settings.trustedProxies());
    }

    /**
     * Whether a raw request path (as sent, before decoding) names one resource plainly: no empty, {@code .} or
     * {@code ..} segment, no {@code ;} path parameters or backslashes, and no encoded dot, slash, backslash,
     * semicolon, percent sign or control character, which would let one path mean two.
     */
    static boolean isPlainPath(String raw) {
        if (raw == null || raw.isEmpty() || raw.charAt(0) != '/' || raw.contains("//") || raw.indexOf(';') >= 0
                || raw.indexOf('\\') >= 0) {
            return false;
        }
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return false;
            }
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return false;
                }
                int decoded;
                try {
                    decoded = Integer.parseInt(raw.substring(i + 1, i + 3), 16);
                } catch (NumberFormatException e) {
                    return false;
                }
                if (decoded == '.' || decoded == '/' || decoded == '\\' || decoded == ';' || decoded == '%'
                        || decoded < 0x20 || decoded == 0x7f) {
                    return false;
                }
            }
        }
        for (String segment : raw.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    /** whether the request's chunked body went past its limit while the application read it */
    public static boolean bodyWentPastLimit(HttpServletRequest request) {
        return request != null && Boolean.TRUE.equals(request.getAttribute(EXCEEDED));
    }

    /** a body that went past a limit: ours while counting, or the web container's multipart and form limits */
    public static boolean isSizeLimit(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof CountedRequest.BodyTooLarge || t.getClass().getName().endsWith(".fileupload.SizeException")
                    || t instanceof IllegalStateException && t.getMessage() != null
                    && t.getMessage().contains("Post too large")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /**
     * A form whose view Faces cannot restore: expired, or a view state that was never ours ({@code stateless} sent
     * to a page that keeps state makes Mojarra throw a bare FacesException from restoreView).
     */
    static boolean isUnrestorableView(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof ViewExpiredException) {
                return true;
            }
            if (t instanceof FacesException && t.getCause() == null) {
                for (StackTraceElement frame : t.getStackTrace()) {
                    if (frame.getMethodName().equals("restoreView")) {
                        return true;
                    }
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** for the log: what the client sent, shortened, without line breaks or other controls */
    static String loggable(String text) {
        String shortened = text.length() > 200 ? text.substring(0, 200) + "…" : text;
        return shortened.replaceAll("\\p{Cntrl}", "?");
    }

    /**
     * The refused request as the error page sees it: a GET without a body, with only the given parameters, so that
     * rendering the page reads nothing of what was sent (not even to look for a view state).
     */
    static final class Unposted extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters;

        Unposted(HttpServletRequest request, Map<String, String[]> parameters) {
            super(request);
            this.parameters = parameters;
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return parameters.get(name);
        }

        @Override
        public int getContentLength() {
            return -1;
        }

        @Override
        public long getContentLengthLong() {
            return -1;
        }

        @Override
        public String getContentType() {
            return null;
        }

        @Override
        public ServletInputStream getInputStream() {
            return new ServletInputStream() {
                @Override
                public int read() {
                    return -1;
                }

                @Override
                public boolean isFinished() {
                    return true;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("no body");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new StringReader(""));
        }
    }
}
