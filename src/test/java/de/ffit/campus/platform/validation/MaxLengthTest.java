package de.ffit.campus.platform.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ffit.campus.learner.control.LearnerDraft;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MaxLengthTest {

    private static boolean fits(String text, int max) throws Exception {
        MaxLength limit = LearnerDraft.class.getDeclaredField("name").getAnnotation(MaxLength.class);
        MaxLength.Check check = new MaxLength.Check();
        check.initialize(new MaxLength() {
            @Override
            public int value() {
                return max;
            }

            @Override
            public String message() {
                return limit.message();
            }

            @Override
            public Class<?>[] groups() {
                return new Class<?>[0];
            }

            @SuppressWarnings("unchecked")
            @Override
            public Class<? extends jakarta.validation.Payload>[] payload() {
                return new Class[0];
            }

            @Override
            public Class<? extends java.lang.annotation.Annotation> annotationType() {
                return MaxLength.class;
            }
        });
        return check.isValid(text, null);
    }

    @Test
    void aNameOf120CharactersOutsideTheBasicPlaneIs120Characters() throws Exception {
        assertEquals(120, LearnerDraft.class.getDeclaredField("name").getAnnotation(MaxLength.class).value());
        // emoji and Ethiopic Extended-B letters take two UTF-16 units each
        assertTrue(fits("\uD83D\uDE00".repeat(60) + "\uD83A\uDFE0".repeat(60), 120));
        assertTrue(fits("ሀ".repeat(120), 120));
        assertFalse(fits("\uD83D\uDE00".repeat(121), 120));
        assertFalse(fits("x".repeat(121), 120));
        assertTrue(fits(null, 120), "no text is @NotBlank's business");
    }

    @Test
    void theMessageSaysTheLimitInEveryLanguage() {
        for (String language : new String[] {"en", "de", "ar", "fa", "uk", "tr", "ps", "kmr", "ti", "ru"}) {
            java.util.ResourceBundle bundle = java.util.ResourceBundle.getBundle("ValidationMessages",
                    Locale.forLanguageTag(language));
            String text = bundle.getString("ffit.maxLength");
            assertTrue(text.contains("{value}"), language + ": " + text);
        }
    }
}
