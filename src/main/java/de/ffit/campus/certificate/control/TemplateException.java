package de.ffit.campus.certificate.control;

/** A template or font that cannot be used; the message names the file and what is wrong with it. */
public class TemplateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TemplateException(String message) {
        super(message);
    }

    public TemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}
