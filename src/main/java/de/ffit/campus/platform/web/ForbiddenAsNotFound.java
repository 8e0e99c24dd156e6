package de.ffit.campus.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A page the signed-in user may not open is answered exactly like one that does not exist: the 403 of the
 * security constraints arrives at the not-found page and leaves it as a 404, so restricted pages do not reveal
 * themselves.
 */
@WebFilter(urlPatterns = "/not-found.xhtml", dispatcherTypes = DispatcherType.ERROR)
public class ForbiddenAsNotFound extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (Integer.valueOf(403).equals(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE))) {
            response.setStatus(404);
        }
        chain.doFilter(request, response);
    }
}
