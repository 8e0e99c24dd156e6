package de.ffit.campus.kiosk.boundary;

import de.ffit.campus.kiosk.control.KioskDraft;
import de.ffit.campus.kiosk.control.Kiosks;
import de.ffit.campus.kiosk.entity.KioskDevice;
import de.ffit.campus.organisation.control.Locations;
import de.ffit.campus.organisation.entity.Location;
import de.ffit.campus.platform.config.CampusSettings;
import de.ffit.campus.platform.security.CurrentUser;
import de.ffit.campus.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The organisation's kiosks: register one for a location, see whether it is set up, give it a new setup code
 * (which signs the old device out), remove it. A setup code is shown once, right after it was made.
 */
@Named
@ViewScoped
public class KiosksPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    Kiosks kiosks;

    @Inject
    Locations locations;

    @Inject
    CampusSettings settings;

    private transient List<KioskDevice> all;
    private KioskDraft draft = new KioskDraft();
    /** the setup code just made, shown once */
    private String shownCode;
    private String shownName;
    private LocalDateTime shownUntil;

    public void startNew() {
        draft = new KioskDraft();
        clearShown();
    }

    public void register() {
        Kiosks.Registered registered = Pages.attempt(() -> kiosks.register(currentUser.actor(), draft));
        if (registered != null) {
            show(registered);
            all = null;
        }
    }

    public void newSetupCode(KioskDevice device) {
        Kiosks.Registered registered = Pages.attempt(() -> kiosks.newSetupCode(currentUser.actor(), device.getId()));
        if (registered != null) {
            show(registered);
        }
        all = null;
    }

    /** opens a kiosk that too many wrong PINs paused */
    public void unpause(KioskDevice device) {
        clearShown();
        if (Pages.attempt(() -> kiosks.unpause(currentUser.actor(), device.getId()))) {
            Pages.info("kiosks.unpaused");
        }
        all = null;
    }

    /** until when wrong PINs pause the kiosk, in the organisation's zone, or null when it is open */
    public String pausedUntil(KioskDevice device) {
        return kiosks.pausedUntil(device).map(this::time).orElse(null);
    }

    public void remove(KioskDevice device) {
        clearShown();
        if (Pages.attempt(() -> kiosks.remove(currentUser.actor(), device.getId()))) {
            Pages.info("removed");
        }
        all = null;
    }

    private void show(Kiosks.Registered registered) {
        shownCode = registered.setupCode();
        shownName = registered.device().getName();
        shownUntil = registered.expiresAt();
    }

    public void clearShown() {
        shownCode = null;
        shownName = null;
        shownUntil = null;
    }

    public List<KioskDevice> getKiosks() {
        if (all == null) {
            all = kiosks.list(currentUser.actor());
        }
        return all;
    }

    public List<Location> getLocations() {
        return locations.list(currentUser.actor());
    }

    /** where the kiosk browser is opened */
    public String getKioskUrl() {
        return settings.publicUrl() + "/kiosk/";
    }

    /** a time stored in UTC, in the organisation's zone and the page's language */
    public String time(LocalDateTime utc) {
        return Pages.moment(utc, settings.zone());
    }

    public KioskDraft getDraft() {
        return draft;
    }

    public String getShownCode() {
        return shownCode;
    }

    public String getShownName() {
        return shownName;
    }

    public String getShownUntil() {
        return time(shownUntil);
    }
}
