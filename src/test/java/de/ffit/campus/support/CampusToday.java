package de.ffit.campus.support;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * "Today" as the application under test counts it: in its time zone (FFIT_TIME_ZONE, left at its default in the
 * tests), not the test machine's. Between 23:00 and midnight UTC the two are different days.
 */
public final class CampusToday {

    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private CampusToday() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
