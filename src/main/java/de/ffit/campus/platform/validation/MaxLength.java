package de.ffit.campus.platform.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * At most {@code value} characters, counted as a reader counts them: by Unicode code points, not by Java's UTF-16
 * units as {@code @Size} does (a name of 100 emoji or Ethiopic Extended-B letters is 100 characters, not 200).
 * The database columns count the same way (utf8mb4 on MariaDB).
 */
@Documented
@Constraint(validatedBy = MaxLength.Check.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
        ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface MaxLength {

    int value();

    String message() default "{ffit.maxLength}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks a text; no text is left to {@code @NotBlank} or {@code @NotNull}. */
    class Check implements ConstraintValidator<MaxLength, CharSequence> {

        private int max;

        @Override
        public void initialize(MaxLength annotation) {
            max = annotation.value();
        }

        @Override
        public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
            return text == null || Character.codePointCount(text, 0, text.length()) <= max;
        }
    }
}
