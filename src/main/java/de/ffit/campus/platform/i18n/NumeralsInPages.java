package de.ffit.campus.platform.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * {@link Numerals} for Facelets pages, in the page's language: {@code #{num.n(count)}}, {@code #{num.of(5, 8)}},
 * {@code #{num.percent(83)}}, {@code #{num.date(day)}}, {@code #{num.time(start)}}. Use these instead of
 * {@code f:convertDateTime} (Western digits in every language) and of {@code #{a} / #{b}}.
 */
@Named("num")
@ApplicationScoped
public class NumeralsInPages {

    @Inject
    LocaleSelection selection;

    private Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && faces.getViewRoot() != null && faces.getViewRoot().getLocale() != null) {
            return faces.getViewRoot().getLocale();
        }
        return selection.getLocale();
    }

    public String n(Number value) {
        return Numerals.number(value, locale());
    }

    public String of(Number part, Number whole) {
        return Numerals.of(part, whole, locale());
    }

    public String percent(Number whole) {
        return Numerals.percent(whole, locale());
    }

    /** A day, medium style ("07.12.2026"). */
    public String date(LocalDate day) {
        return Numerals.date(day, FormatStyle.MEDIUM, locale());
    }

    public String longDate(LocalDate day) {
        return Numerals.date(day, FormatStyle.LONG, locale());
    }

    public String fullDate(LocalDate day) {
        return Numerals.date(day, FormatStyle.FULL, locale());
    }

    /** A day or moment by a {@code DateTimeFormatter} pattern ("EEE, dd.MM.yyyy"). */
    public String pattern(TemporalAccessor value, String pattern) {
        return value == null ? "" : Numerals.date(value, pattern, locale());
    }

    public String time(LocalTime time) {
        return Numerals.time(time, locale());
    }

    public String dateTime(LocalDateTime moment) {
        return Numerals.dateTime(moment, FormatStyle.SHORT, locale());
    }

    /**
     * The locale of the view ({@code <f:view locale>}), with its digits named: Faces' own formatting
     * ({@code h:outputFormat}, {@code f:convertNumber}) then follows the same rule whatever CLDR the JDK brings.
     */
    public Locale getViewLocale() {
        return Numerals.locale(selection.getLocale());
    }

    /** The tag for the page's scripts ({@code data-locale} on {@code <html>}): digits and calendar for Intl. */
    public String getScriptTag() {
        return Numerals.scriptTag(selection.getLocale());
    }
}
