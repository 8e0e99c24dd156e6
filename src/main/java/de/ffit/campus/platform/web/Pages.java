package de.ffit.campus.platform.web;

import de.ffit.campus.platform.error.CampusException;
import de.ffit.campus.platform.i18n.Messages;
import de.ffit.campus.platform.i18n.Numerals;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.function.Supplier;

/** What the page beans share: messages in the user's language, and turning a refusal into one. */
public final class Pages {

    private Pages() {
    }

    public static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : faces.getApplication().getDefaultLocale();
    }

    public static String text(String key, Object... args) {
        return Messages.text(locale(), key, args);
    }

    /** A day as people in the page's language write it, in its digits; empty for none. */
    public static String date(LocalDate day, FormatStyle style) {
        return Numerals.date(day, style, locale());
    }

    /** A moment stored in UTC, as a date and time in the organisation's zone and the page's language; empty for none. */
    public static String moment(LocalDateTime utc, ZoneId zone) {
        return utc == null ? "" : Numerals.dateTime(utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(zone)
                .toLocalDateTime(), FormatStyle.SHORT, locale());
    }

    public static void info(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_INFO, text(key, args));
    }

    public static void error(String clientId, String key, Object... args) {
        add(clientId, FacesMessage.SEVERITY_ERROR, text(key, args));
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }

    /**
     * Runs a service call; a refusal becomes an error message on the page, which keeps what the user typed,
     * and marks the request as failed so dialogs stay open. Returns the result, or null when refused.
     */
    public static <T> T attempt(Supplier<T> action) {
        try {
            return action.get();
        } catch (CampusException refused) {
            add(null, FacesMessage.SEVERITY_ERROR, Messages.text(locale(), refused));
        } catch (OptimisticLockException raced) {
            // someone saved the same record between our read and our write
            add(null, FacesMessage.SEVERITY_ERROR, text("error.stale"));
        } catch (EJBException failed) {
            if (!causedBy(failed, OptimisticLockException.class)) {
                throw failed;
            }
            add(null, FacesMessage.SEVERITY_ERROR, text("error.stale"));
        } catch (ConstraintViolationException invalid) {
            for (ConstraintViolation<?> v : invalid.getConstraintViolations()) {
                add(null, FacesMessage.SEVERITY_ERROR,
                        Messages.field(locale(), v.getPropertyPath().toString()) + ": " + v.getMessage());
            }
        }
        FacesContext.getCurrentInstance().validationFailed();
        return null;
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    public static boolean attempt(Runnable action) {
        return attempt(() -> {
            action.run();
            return Boolean.TRUE;
        }) != null;
    }

    /** Answers the page request with 404: the record does not exist, or not for this user. */
    public static void notFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(404, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** Parses an id from the URL; anything but a positive number is "not found". */
    public static Long id(String raw) {
        if (raw == null || !raw.matches("\\d{1,18}")) {
            return null;
        }
        long id = Long.parseLong(raw);
        return id > 0 ? id : null;
    }

    public static void redirect(String path) {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.getFlash().setKeepMessages(true);
            external.redirect(external.getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
