package de.ffit.campus.platform.i18n;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The language switcher's links: a page asked for with {@code ?lang=ar} switches the session to Arabic and
 * answers with a redirect to the same page without the parameter, so that reloading and bookmarking stay clean.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class LanguageSwitch extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String PARAMETER = "lang";

    @Inject
    LocaleSelection selection;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // only links switch the language; a form's body (an upload, too) is left for the page to read
        String wanted = "GET".equals(request.getMethod()) ? request.getParameter(PARAMETER) : null;
        if (wanted == null) {
            chain.doFilter(request, response);
            return;
        }
        // a shared kiosk keeps the choice for this visit only: the next learner starts afresh
        String own = request.getRequestURI().substring(request.getContextPath().length());
        selection.choose(wanted, request, response, !own.startsWith("/kiosk/"));
        // a path of this application only: "//evil.example/x" must not become a link to another host
        String path = "/" + request.getRequestURI().replaceFirst("^[/\\\\]+", "");
        response.sendRedirect(path + rest(request.getParameterMap()));
    }

    private static String rest(Map<String, String[]> parameters) {
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        parameters.forEach((name, values) -> {
            if (!PARAMETER.equals(name)) {
                for (String value : values) {
                    query.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(value, StandardCharsets.UTF_8));
                }
            }
        });
        return query.toString();
    }
}
