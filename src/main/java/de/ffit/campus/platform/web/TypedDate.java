package de.ffit.campus.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * A date typed into a date field, in the staff's format (31.12.2026; a single-digit day or month and the
 * language's own digits are understood). Impossible dates such as 31.02.2027 are refused with "„31.02.2027“ ist
 * kein Datum" instead of being moved to the end of the month (java.time's lenient default) or blanked.
 * The pop-up calendar writes the same format.
 */
@FacesConverter("campus.date")
public class TypedDate implements Converter<LocalDate> {

    static final String PATTERN = "dd.MM.uuuu";
    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern(PATTERN, Locale.ROOT);
    private static final DateTimeFormatter READ =
            DateTimeFormatter.ofPattern("d.M.uuuu", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE.withResolverStyle(ResolverStyle.STRICT);

    /** The date written as typed, or nothing when it is not a date of the calendar. */
    public static Optional<LocalDate> parse(String typed) {
        String text = westernDigits(typed.strip());
        for (DateTimeFormatter format : new DateTimeFormatter[] {READ, ISO}) {
            try {
                return Optional.of(LocalDate.parse(text, format));
            } catch (DateTimeParseException notThisFormat) {
                // try the next one
            }
        }
        return Optional.empty();
    }

    public static String write(LocalDate date) {
        return WRITTEN.format(date);
    }

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return parse(value).orElseThrow(() -> new ConverterException(notADate(context, component, value.strip())));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        return value == null ? "" : write(value);
    }

    /** Faces' own date message in the user's language: {0} what was typed, {1} an example, {2} the field. */
    static FacesMessage notADate(FacesContext context, UIComponent component, String typed) {
        Locale locale = context.getViewRoot() == null ? Locale.GERMAN : context.getViewRoot().getLocale();
        String key = "jakarta.faces.converter.DateTimeConverter.DATE";
        ResourceBundle bundle = ResourceBundle.getBundle(context.getApplication().getMessageBundle(), locale,
                TypedDate.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Object label = component.getAttributes().get("label");
        String text = new MessageFormat(bundle.getString(key), locale).format(new Object[] {
            typed, write(LocalDate.now()), label == null ? component.getClientId(context) : label});
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text);
    }

    private static String westernDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(
                c >= 0x0660 && c <= 0x0669 ? '0' + c - 0x0660 : c >= 0x06F0 && c <= 0x06F9 ? '0' + c - 0x06F0 : c));
        return out.toString();
    }
}
