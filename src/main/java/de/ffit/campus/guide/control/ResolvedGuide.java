package de.ffit.campus.guide.control;

/**
 * A linked guide in one language: the asked one when the page has it, else German, else English, else the
 * page's first translation ({@code fallback} then says so). {@code dir} is Integreat's direction for that
 * language ({@code rtl} / {@code ltr}); {@code broken} when the last import no longer found the page.
 */
public record ResolvedGuide(long pageId, String title, String url, String path, String lang, String dir,
        boolean fallback, boolean broken, int languages) {

    public boolean isRightToLeft() {
        return "rtl".equals(dir);
    }
}
