package de.ffit.campus.kiosk.boundary;

import de.ffit.campus.kiosk.control.LearnerCards;
import de.ffit.campus.kiosk.control.LearnerPins;
import de.ffit.campus.platform.config.CampusSettings;
import de.ffit.campus.platform.security.CurrentUser;
import de.ffit.campus.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import org.omnifaces.util.Faces;

/**
 * The kiosk part of a learner's page: their PIN (set, made up, shown once; a locked card opened) and their
 * learner card as PDF.
 */
@Named
@ViewScoped
public class LearnerKioskPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    LearnerPins pins;

    @Inject
    LearnerCards cards;

    @Inject
    CampusSettings settings;

    private String typedPin;
    /** the PIN just set, shown once */
    private String shownPin;
    private transient LearnerPins.PinStatus status;

    public LearnerPins.PinStatus status(long learnerId) {
        if (status == null) {
            status = pins.status(currentUser.actor(), learnerId);
        }
        return status;
    }

    public void setPin(long learnerId) {
        String pin = Pages.attempt(() -> pins.setPin(currentUser.actor(), learnerId, typedPin));
        typedPin = null;
        status = null;
        if (pin != null) {
            shownPin = pin;
            Pages.info("pin.saved");
        }
    }

    public void unlock(long learnerId) {
        shownPin = null;
        status = null;
        if (Pages.attempt(() -> pins.unlock(currentUser.actor(), learnerId))) {
            Pages.info("pin.unlocked");
        }
    }

    public void downloadCard(long learnerId) {
        byte[] pdf = Pages.attempt(() -> cards.forLearner(currentUser.actor(), learnerId, Pages.locale()));
        if (pdf != null) {
            Faces.sendFile(pdf, "learner-card.pdf", true);
        }
    }

    public String time(LocalDateTime utc) {
        return Pages.moment(utc, settings.zone());
    }

    public String getTypedPin() {
        return typedPin;
    }

    public void setTypedPin(String typedPin) {
        this.typedPin = typedPin;
    }

    public String getShownPin() {
        return shownPin;
    }
}
