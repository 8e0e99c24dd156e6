package de.ffit.campus.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Set;

/**
 * How long browsers keep scripts, styles and fonts. A Faces resource whose URL carries its version
 * ({@code v=}: PrimeFaces' release, or the content hash of our own, {@link ContentVersionedResources}) never
 * changes under that URL: {@code public, max-age=31536000, immutable}, so a trainer coming back to a page on a
 * weak hotspot loads nothing but the page itself. Anything else here is revalidated on every use
 * ({@code no-cache}: a 304 when unchanged), so a new release is never hidden behind a week-old copy. Our own
 * resources get the long lifetime only when the version asked for is the file's current one: during a rolling
 * update an old instance must not hand out its old file under the new file's URL for a year. Pages are no
 * resources: {@link SecurityHeaders} keeps them out of every cache.
 *
 * <p>Mojarra's own headers (a week's max-age, Expires) are replaced; a resource request with other parameters
 * than library, version, locale and contract (PrimeFaces' dynamic content) is left alone.
 */
@WebFilter(urlPatterns = {"/jakarta.faces.resource/*", "/resources/*"}, asyncSupported = true)
public class ResourceCaching extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String REVALIDATE = "no-cache";
    private static final String FACES_RESOURCES = "/jakarta.faces.resource/";
    /** the parameters of a static Faces resource's URL; any other makes it dynamic content */
    private static final Set<String> STATIC_PARAMETERS = Set.of("ln", "v", "loc", "con");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!STATIC_PARAMETERS.containsAll(request.getParameterMap().keySet())) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        chain.doFilter(request, new Headers(response, policy(request, path)));
    }

    private String policy(HttpServletRequest request, String path) {
        String version = request.getParameter("v");
        if (version == null || !path.startsWith(FACES_RESOURCES)) {
            return REVALIDATE;
        }
        String library = request.getParameter("ln");
        if (library != null && !library.isEmpty()) {
            return IMMUTABLE; // a library's release (PrimeFaces): its files change only with it
        }
        String name = path.substring(FACES_RESOURCES.length());
        int mapping = name.lastIndexOf(".xhtml");
        if (mapping > 0) {
            name = name.substring(0, mapping);
        }
        return version.equals(ContentVersions.of(request.getServletContext(), name)) ? IMMUTABLE : REVALIDATE;
    }

    /** Sets our Cache-Control once the status is known (an error is not kept), and drops the resource handler's. */
    static final class Headers extends HttpServletResponseWrapper {

        private final String policy;

        Headers(HttpServletResponse response, String policy) {
            super(response);
            this.policy = policy;
            apply(); // from the start, for a 304 that writes no body; replaced below if the answer is an error
        }

        private void apply() {
            int status = getStatus();
            super.setHeader("Cache-Control", status == 200 || status == 304 ? policy : "no-store");
        }

        private static boolean ours(String name) {
            return "Cache-Control".equalsIgnoreCase(name) || "Expires".equalsIgnoreCase(name)
                    || "Pragma".equalsIgnoreCase(name);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!ours(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!ours(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setDateHeader(String name, long date) {
            if (!ours(name)) {
                super.setDateHeader(name, date);
            }
        }

        @Override
        public void addDateHeader(String name, long date) {
            if (!ours(name)) {
                super.addDateHeader(name, date);
            }
        }

        @Override
        public void setStatus(int status) {
            super.setStatus(status);
            apply();
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            super.setHeader("Cache-Control", "no-store");
            super.sendError(status, message);
        }

        @Override
        public void sendError(int status) throws IOException {
            super.setHeader("Cache-Control", "no-store");
            super.sendError(status);
        }
    }
}
