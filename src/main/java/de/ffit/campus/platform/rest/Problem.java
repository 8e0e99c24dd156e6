package de.ffit.campus.platform.rest;

import java.util.List;

/** An error answer as RFC 9457 {@code application/problem+json}, with the invalid fields when there are any. */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record FieldError(String field, String message) {
    }
}
