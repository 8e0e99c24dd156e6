package de.ffit.campus.platform.rest;

import de.ffit.campus.platform.error.CampusException;
import de.ffit.campus.platform.i18n.Messages;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Ids in paths are ASCII digits and nothing else. Java reads any script's digits as numbers, so without this
 * {@code /api/learners/%EF%BC%91} (a fullwidth one) or {@code /api/learners/+1} would name learner 1: one record
 * under many addresses, which defeats checks and logs that compare paths. Any other spelling is not found (404).
 */
@Provider
public class AsciiIds implements ContainerRequestFilter {

    /** at most 18 digits: every such number fits a long */
    private static final Pattern ID = Pattern.compile("[0-9]{1,18}");

    @Context
    ResourceInfo resource;

    @Context
    HttpHeaders headers;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        for (Parameter parameter : method.getParameters()) {
            PathParam name = parameter.getAnnotation(PathParam.class);
            if (name == null || !isNumber(parameter.getType())) {
                continue;
            }
            for (String value : request.getUriInfo().getPathParameters().getOrDefault(name.value(), List.of())) {
                if (!isAsciiId(value)) {
                    Locale locale = RequestLanguage.of(headers);
                    request.abortWith(ProblemMapper.problem(404, "not_found", Messages.text(locale, "error.notFound",
                            new CampusException.MessageKey("record.any")), List.of()));
                    return;
                }
            }
        }
    }

    static boolean isAsciiId(String value) {
        return value != null && ID.matcher(value).matches();
    }

    private static boolean isNumber(Class<?> type) {
        return type == long.class || type == Long.class || type == int.class || type == Integer.class
                || type == short.class || type == Short.class;
    }
}
