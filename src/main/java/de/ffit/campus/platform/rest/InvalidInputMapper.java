package de.ffit.campus.platform.rest;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Invalid input as {@code application/problem+json} with one entry per field. Needed beside {@link ProblemMapper}
 * because the JAX-RS implementation brings its own, closer mapper for validation errors (an empty 400).
 */
@Provider
public class InvalidInputMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(ConstraintViolationException invalid) {
        return ProblemMapper.invalid(invalid, RequestLanguage.of(headers));
    }
}
