package de.ffit.campus.platform.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;

/**
 * The {@code Location} of a created record as a path ({@code /ffit-campus/api/learners/17}), never as an absolute
 * address: JAX-RS builds those from the request's {@code Host} header, which anyone can set, so an absolute one
 * would send a script wherever the request claimed to be. A client resolves the path against the address it asked
 * (RFC 9110, 10.2.2). Jersey makes relative locations absolute before the response filters run, so this one sees
 * them absolute and makes them paths again.
 */
@Provider
public class RelativeLocations implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object location = response.getHeaders().getFirst("Location");
        if (location != null) {
            response.getHeaders().putSingle("Location", pathOf(location.toString()));
        }
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
