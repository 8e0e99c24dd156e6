package de.ffit.campus.platform.metrics;

/**
 * Something the business counts, fired as a CDI event by the feature that did it. It is counted only when the
 * transaction it happened in commits, so a save that was rolled back is not a save.
 */
public record BusinessEvent(Kind kind, long amount) {

    /** What happened; each kind is one counter on {@code /metrics}. */
    public enum Kind {
        ATTENDANCE_SAVE("ffit.attendance.saves", "Attendance saves that wrote at least one mark"),
        ATTENDANCE_MARK("ffit.attendance.marks", "Attendance marks written (new or changed)"),
        CERTIFICATE_ISSUED("ffit.certificates.issued", "Certificates issued (including reissues)"),
        KIOSK_SIGN_IN("ffit.kiosk.signins", "Learners signed in at a kiosk"),
        SIGN_IN_FAILED("ffit.signins.failed", "Failed sign-ins of accounts and kiosk learners");

        private final String metric;
        private final String description;

        Kind(String metric, String description) {
            this.metric = metric;
            this.description = description;
        }

        public String metric() {
            return metric;
        }

        public String description() {
            return description;
        }
    }

    public static BusinessEvent one(Kind kind) {
        return new BusinessEvent(kind, 1);
    }
}
