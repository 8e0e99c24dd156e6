package de.ffit.campus.platform.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URI;

/**
 * The {@code Location} of a created record as a path ({@code /ffit-campus/api/learners/17}), never as an absolute
 * address: JAX-RS builds those from the request's {@code Host} header, which anyone can set, so an absolute one
 * would send a script wherever the request claimed to be. A client resolves the path against the address it asked
 * (RFC 9110, 10.2.2). Jersey makes every location absolute before anything of ours sees the response, so this
 * takes the path out of it as Jersey writes the header.
 */
@WebFilter(urlPatterns = "/api/*")
public class RelativeLocations extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, "Location".equalsIgnoreCase(name) && value != null ? pathOf(value) : value);
            }

            @Override
            public void addHeader(String name, String value) {
                super.addHeader(name, "Location".equalsIgnoreCase(name) && value != null ? pathOf(value) : value);
            }
        });
    }

    /** the path and query of an address; an address without a path as {@code /} */
    static String pathOf(String location) {
        URI uri;
        try {
            uri = URI.create(location);
        } catch (IllegalArgumentException e) {
            return location;
        }
        if (!uri.isAbsolute() && uri.getRawAuthority() == null) {
            return location;
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }
}
