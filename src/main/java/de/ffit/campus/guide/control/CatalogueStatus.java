package de.ffit.campus.guide.control;

import de.ffit.campus.platform.i18n.Messages;
import java.time.LocalDateTime;
import java.util.Locale;

/**
 * The organisation's guide catalogue: which region, whether an import is running, when it last succeeded, what it
 * found, and the last error (kept after later successes too, with its time, so that a coordinator sees that
 * the nightly import had trouble). Times in UTC.
 */
public record CatalogueStatus(String region, State state, LocalDateTime startedAt, LocalDateTime finishedAt,
        LocalDateTime lastSuccessAt, String startedBy, int pages, int translations, int languages, int added,
        int changed, int unchanged, int vanished, Failure error) {

    public enum State {
        /** never imported */
        NEVER,
        RUNNING,
        /** the last import succeeded */
        IDLE,
        /** the last import failed; the catalogue is as the import before left it */
        FAILED
    }

    /** Why an import failed: the kind (see {@link IntegreatException.Kind}, or {@code ERROR}), HTTP status, detail. */
    public record Failure(String kind, Integer status, String detail, LocalDateTime at) {

        /** The message key saying this in the user's language; its arguments are the region and the HTTP status. */
        public String messageKey() {
            return "guide.error." + kind;
        }
    }

    /** The last error in the user's language. */
    public String errorMessage(Locale locale) {
        return error == null ? null : Messages.text(locale, error.messageKey(), region,
                error.status() == null ? "" : String.valueOf(error.status()));
    }

    public boolean isRunning() {
        return state == State.RUNNING;
    }

    public boolean isFailed() {
        return state == State.FAILED;
    }

    public static CatalogueStatus never(String region) {
        return new CatalogueStatus(region, State.NEVER, null, null, null, null, 0, 0, 0, 0, 0, 0, 0, null);
    }
}
