package de.ffit.campus.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Typed dates: what is read, what is refused, and what the refusal says in every language. */
class TypedDateTest {

    private static final List<String> LANGUAGES = List.of("en", "de", "ar", "fa", "uk", "tr", "ps", "kmr", "ti", "ru");

    @Test
    void aDateTypedInTheStaffsFormatIsRead() {
        assertEquals(Optional.of(LocalDate.of(2027, 2, 28)), TypedDate.parse("28.02.2027"));
        assertEquals(Optional.of(LocalDate.of(2027, 3, 1)), TypedDate.parse(" 1.3.2027 "));
        assertEquals(Optional.of(LocalDate.of(2027, 3, 1)), TypedDate.parse("٠١.٠٣.٢٠٢٧"), "Arabic-Indic digits");
        assertEquals(Optional.of(LocalDate.of(2027, 3, 1)), TypedDate.parse("۰۱.۰۳.۲۰۲۷"), "Persian digits");
        assertEquals("01.03.2027", TypedDate.write(LocalDate.of(2027, 3, 1)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31.02.2027", "29.02.2027", "32.01.2027", "12.13.2027", "morgen", "1.1."})
    void anImpossibleDateIsRefusedNotMovedToTheEndOfTheMonth(String typed) {
        assertEquals(Optional.empty(), TypedDate.parse(typed));
    }

    /**
     * Faces (and PrimeFaces' date picker) fill the converter messages with {0} = the typed value, {1} = an example,
     * {2} = the field's label. The bundles had {0} and {1} swapped: "14.12.202631.02.2027: „07.12.2026“ ...".
     */
    @Test
    void theConverterMessagesNameTheFieldAndWhatWasTypedInEveryLanguage() {
        for (String language : LANGUAGES) {
            ResourceBundle bundle = ResourceBundle.getBundle("i18n.faces", Locale.forLanguageTag(language),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            for (String key : List.of("DateTimeConverter.DATE", "DateTimeConverter.DATE_detail",
                    "DateTimeConverter.TIME", "DateTimeConverter.TIME_detail", "DateTimeConverter.DATETIME",
                    "DateTimeConverter.DATETIME_detail", "IntegerConverter.INTEGER", "IntegerConverter.INTEGER_detail",
                    "LongConverter.LONG", "LongConverter.LONG_detail")) {
                String text = new MessageFormat(bundle.getString("jakarta.faces.converter." + key), Locale.ROOT)
                        .format(new Object[] {"31.02.2027", "EXAMPLE", "FIELD"});
                assertTrue(text.contains("31.02.2027"), language + " " + key + ": " + text);
                assertTrue(text.startsWith("FIELD"), language + " " + key + ": " + text);
                assertFalse(text.contains("EXAMPLE"), language + " " + key + ": " + text);
            }
        }
    }
}
