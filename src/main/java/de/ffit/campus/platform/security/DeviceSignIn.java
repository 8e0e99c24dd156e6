package de.ffit.campus.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * A device that signs in by itself on paths of its own (the kiosk: its cookie, nothing else), implemented by the
 * feature that registers such devices. On its paths {@link CampusAuthentication} asks only the device: a signed-in
 * person's session does not reach in, and the device's group is in no other page's constraint.
 */
public interface DeviceSignIn {

    /** Whether this request is for the device's own paths (then no other credential counts there). */
    boolean covers(HttpServletRequest request);

    /** The principal's name of the device this request comes from, if it is a registered one. */
    Optional<String> recognise(HttpServletRequest request);

    /** the security group the recognised device is signed in with (see web.xml) */
    String group();

    /** where a protected page sends an unrecognised device, inside the application (the query is kept) */
    String setUpPage();
}
