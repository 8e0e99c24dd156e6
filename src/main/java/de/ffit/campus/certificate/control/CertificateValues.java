package de.ffit.campus.certificate.control;

/**
 * What the renderer asks of a certificate: the value of each placeholder in a language, the learner's language for
 * the template's second-language blocks, and the address in the QR code. Read from the records at issue
 * ({@link CertificateContent}) or as they were frozen then ({@link FrozenContent}).
 */
public interface CertificateValues {

    /** The value of a placeholder in a language; empty when there is none (e.g. no birth date). */
    String value(String placeholder, String language);

    /** the learner's preferred language, or null */
    String secondLanguage();

    /** the address the QR code leads to, or null for none */
    String verifyUrl();
}
