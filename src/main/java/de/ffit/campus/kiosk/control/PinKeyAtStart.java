package de.ffit.campus.kiosk.control;

import de.ffit.campus.platform.persistence.ApplicationStart;
import de.ffit.campus.platform.security.KeyFile;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The kiosk feature's part of the start: the PIN key is read (or, in demo mode, made) before anything else, so that
 * a production installation without a usable {@code FFIT_PIN_KEY_FILE} refuses to start and says why, rather than
 * failing at the first learner's sign-in.
 */
@Dependent
public class PinKeyAtStart {

    @Inject
    PinHashing pins;

    void loadPinKey(@Observes @Priority(ApplicationStart.CHECKS) ApplicationStart start) {
        try {
            pins.loadKey(start.demo());
        } catch (KeyFile.Unusable unusable) {
            throw new ApplicationStart.Refused(unusable.getMessage());
        }
    }
}
