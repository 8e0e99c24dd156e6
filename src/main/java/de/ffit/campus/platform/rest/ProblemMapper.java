package de.ffit.campus.platform.rest;

import de.ffit.campus.platform.config.CampusSettings;
import de.ffit.campus.platform.error.CampusException;
import de.ffit.campus.platform.i18n.Messages;
import de.ffit.campus.platform.persistence.Scoped;
import de.ffit.campus.platform.web.RequestLimits;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.RollbackException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every failure of the API becomes {@code application/problem+json} in the caller's language: refusals with
 * their status (400, 404, 409), invalid fields listed one by one, unreadable JSON as 400, and anything
 * unexpected as a 500 with a reference for the log and no internals.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());
    /** built once: a validator factory is expensive, and its interpolator is thread-safe */
    private static final MessageInterpolator INTERPOLATOR =
            Validation.buildDefaultValidatorFactory().getMessageInterpolator();

    @Context
    HttpHeaders headers;

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(Throwable thrown) {
        Locale locale = RequestLanguage.of(headers);
        Throwable e = unwrap(thrown);
        if (RequestLimits.isSizeLimit(e) || RequestLimits.bodyWentPastLimit(request)) {
            // a chunked body read past FFIT_MAX_JSON_BODY (platform.web.RequestLimits counts it)
            return problem(413, "too_large", Messages.text(locale, "error.tooLarge",
                    String.valueOf(CDI.current()
                    .select(CampusSettings.class).get().maxJsonBody() / 1024)), List.of());
        }
        if (e instanceof CampusException refused) {
            int status = refused.kind() == CampusException.Kind.FORBIDDEN ? 404 : refused.kind().status();
            String key = refused.kind() == CampusException.Kind.FORBIDDEN ? "error.notFound" : refused.key();
            Object[] args = refused.kind() == CampusException.Kind.FORBIDDEN
                    ? new Object[] {new CampusException.MessageKey("record.any")} : refused.args();
            List<Problem.FieldError> errors = refused.field() == null ? List.of()
                    : List.of(new Problem.FieldError(refused.field(), Messages.text(locale, key, args)));
            // "forbidden" is answered exactly like "not found": nothing tells a prober which ids exist
            String type = refused.kind() == CampusException.Kind.FORBIDDEN ? "not_found"
                    : refused.kind().name().toLowerCase(Locale.ROOT);
            return problem(status, type,
                    Messages.text(locale, key, args), errors);
        }
        if (e instanceof ConstraintViolationException invalid) {
            return invalid(invalid, locale);
        }
        if (e instanceof OptimisticLockException) {
            return problem(409, "stale", Messages.text(locale, "error.stale"), List.of());
        }
        if (e instanceof EJBAccessException) {
            return problem(404, "not_found",
                    Messages.text(locale, "error.notFound", new CampusException.MessageKey("record.any")), List.of());
        }
        if (e instanceof JsonbException || e instanceof JsonParsingException || e instanceof ProcessingException) {
            return problem(400, "unreadable", Messages.text(locale, "error.unreadableJson"), List.of());
        }
        if (e instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            if (status >= 500) {
                return serverError(e, locale);
            }
            return problem(status, "http_" + status, Response.Status.fromStatusCode(status) == null
                    ? "HTTP " + status : Response.Status.fromStatusCode(status).getReasonPhrase(), List.of());
        }
        if (Scoped.isConstraintViolation(e)) {
            return problem(409, "conflict", Messages.text(locale, "error.duplicate"), List.of());
        }
        return serverError(e, locale);
    }

    static Response invalid(ConstraintViolationException invalid, Locale locale) {
        return problem(400, "invalid", Messages.text(locale, "error.invalid"), fieldErrors(invalid, locale));
    }

    private Response serverError(Throwable e, Locale locale) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "API error " + reference, e);
        return problem(500, "server_error", Messages.text(locale, "error.server", reference), List.of());
    }

    private static List<Problem.FieldError> fieldErrors(ConstraintViolationException invalid, Locale locale) {
        MessageInterpolator interpolator = INTERPOLATOR;
        return invalid.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), interpolate(interpolator, v, locale)))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
    }

    private static String field(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        return path.isEmpty() ? "body" : path;
    }

    private static String interpolate(MessageInterpolator interpolator, ConstraintViolation<?> v, Locale locale) {
        return interpolator.interpolate(v.getMessageTemplate(), new MessageInterpolator.Context() {
            @Override
            public ConstraintDescriptor<?> getConstraintDescriptor() {
                return v.getConstraintDescriptor();
            }

            @Override
            public Object getValidatedValue() {
                return v.getInvalidValue();
            }

            @Override
            public <T> T unwrap(Class<T> type) {
                throw new ValidationException("not supported");
            }
        }, locale);
    }

    private static Throwable unwrap(Throwable thrown) {
        Throwable e = thrown;
        while ((e instanceof EJBException || e instanceof RollbackException)
                && e.getCause() != null) {
            e = e.getCause();
        }
        if (e instanceof EJBException ejb && ejb.getCausedByException() != null) {
            e = ejb.getCausedByException();
        }
        return e;
    }

    static Response problem(int status, String type, String detail, List<Problem.FieldError> errors) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem("urn:ffit:problem:" + type, known == null ? "Error" : known.getReasonPhrase(),
                        status, detail, errors))
                .build();
    }
}
