package de.ffit.campus.platform.i18n;

/**
 * A text with the language it is really in: the reader's language, or a fallback (German, then English) when no one
 * has translated it yet. Pages put a fallback in an element with its own {@code lang} (and {@code dir}, isolated with
 * {@code <bdi>} inside a sentence of another direction) so that a screen reader pronounces it right.
 */
public record LocalizedText(String text, String lang) {

    /** true when this text is not in the wanted language (it fell back to another) */
    public boolean isFallbackFor(String wantedLanguage) {
        return wantedLanguage == null || !lang.equals(Language.of(wantedLanguage).map(Language::code).orElse(wantedLanguage));
    }

    public String dir() {
        return Language.of(lang).map(Language::direction).orElse("ltr");
    }

    /** for EL */
    public String getText() {
        return text;
    }

    public String getLang() {
        return lang;
    }

    public String getDir() {
        return dir();
    }

    @Override
    public String toString() {
        return text;
    }
}
