package de.ffit.campus.platform.persistence;

/**
 * Fired once by {@link Bootstrap} while the application is being deployed, after the migrations and before it
 * reports ready: each feature that has first-run work observes it ({@code @Observes @Priority(...)}) and does that
 * work itself, so the platform needs to know none of them. The observers run one after another in the order of
 * the priorities below; a feature that finds the installation unusable throws {@link Refused} with the reason, and
 * the start stops there.
 */
public final class ApplicationStart {

    /** first: check what ships with the application (the certificate templates) before any data is written */
    public static final int CHECKS = 100;
    /** then the first account of a production installation (or the refusal when none can be made) */
    public static final int ACCOUNTS = 200;
    /** last: first-run data that relies on the above (the demo installation issues certificates) */
    public static final int DATA = 300;

    private final boolean demo;

    public ApplicationStart(boolean demo) {
        this.demo = demo;
    }

    /** demo mode (the embedded default) rather than production mode */
    public boolean demo() {
        return demo;
    }

    /** Thrown by an observer when the application must not start; the message tells the operator why. */
    public static class Refused extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public Refused(String why) {
            super(why);
        }
    }
}
