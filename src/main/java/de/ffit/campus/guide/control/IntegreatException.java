package de.ffit.campus.guide.control;

/** Integreat could not be asked, or did not answer usefully; {@link #kind()} says which, the message says what. */
public class IntegreatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Kind {
        /** the address is not Integreat's (not the configured base URL's host, nor an allowed one) */
        HOST_NOT_ALLOWED,
        /** no such region, language or page */
        NOT_FOUND,
        /** an HTTP error status other than 404 */
        HTTP,
        /** no answer in time */
        TIMEOUT,
        /** no connection */
        UNREACHABLE,
        /** an answer that is not the JSON Integreat sends: malformed, cut off, or missing fields */
        MALFORMED
    }

    private final Kind kind;
    private final int status;

    public IntegreatException(Kind kind, int status, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.status = status;
    }

    public IntegreatException(Kind kind, String message) {
        this(kind, 0, message, null);
    }

    public Kind kind() {
        return kind;
    }

    /** the HTTP status, or 0 when there was none */
    public int status() {
        return status;
    }
}
