package de.ffit.campus.kiosk.control;

import java.io.Serializable;

/** A recognised kiosk device, as the pages need it: what it is called, where it stands, whose it is. */
public record KioskIdentity(long deviceId, long organisationId, String name, String locationName,
        String organisationName) implements Serializable {

    /** The caller name a kiosk request runs as; never a user name (those cannot contain a colon). */
    public String principal() {
        return principal(deviceId);
    }

    /** the caller name of the kiosk device with this id */
    public static String principal(long deviceId) {
        return "kiosk:" + deviceId;
    }
}
