package de.ffit.campus.badge.control;

import de.ffit.campus.platform.persistence.ApplicationStart;
import de.ffit.campus.platform.security.KeyFile;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The master key of the signing keys is read (demo mode: made) at the start, so that a production installation
 * without a usable {@code FFIT_SIGNING_KEY_FILE} refuses to start and says why instead of failing at the first
 * certificate.
 */
@Dependent
public class SigningKeyAtStart {

    @Inject
    MasterKey masterKey;

    /** just after the PIN key's check, so that an installation missing both hears of the older setting first */
    void loadMasterKey(@Observes @Priority(ApplicationStart.CHECKS + 1) ApplicationStart start) {
        try {
            masterKey.load(start.demo());
        } catch (KeyFile.Unusable unusable) {
            throw new ApplicationStart.Refused(unusable.getMessage());
        }
    }
}
