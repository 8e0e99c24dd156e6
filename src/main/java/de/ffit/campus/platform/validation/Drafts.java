package de.ffit.campus.platform.validation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;

/**
 * Checks a form or JSON draft with Bean Validation before a service acts on it, whichever boundary it came
 * through. Pages validate field by field before this; the REST API relies on it.
 */
@ApplicationScoped
public class Drafts {

    @Inject
    Validator validator;

    public <T> T check(T draft) {
        if (draft == null) {
            throw new ConstraintViolationException("empty request", Set.of());
        }
        Set<ConstraintViolation<T>> violations = validator.validate(draft);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return draft;
    }
}
