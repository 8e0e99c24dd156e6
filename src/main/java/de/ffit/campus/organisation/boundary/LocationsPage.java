package de.ffit.campus.organisation.boundary;

import de.ffit.campus.organisation.control.LocationDraft;
import de.ffit.campus.organisation.control.Locations;
import de.ffit.campus.organisation.entity.Location;
import de.ffit.campus.organisation.entity.LocationKind;
import de.ffit.campus.platform.security.CurrentUser;
import de.ffit.campus.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The organisation's locations: list, add, edit, remove an unused one. */
@Named
@ViewScoped
public class LocationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    Locations locations;

    private transient List<Location> all;
    private Long editedId;
    private LocationDraft draft = new LocationDraft();

    public void startNew() {
        editedId = null;
        draft = new LocationDraft();
    }

    public void startEdit(Location location) {
        editedId = location.getId();
        draft = new LocationDraft();
        draft.setName(location.getName());
        draft.setAddress(location.getAddress());
        draft.setKind(location.getKind());
        draft.setVersion(location.getVersion());
    }

    public void save() {
        if (Pages.attempt(() -> editedId == null ? locations.create(currentUser.actor(), draft)
                : locations.update(currentUser.actor(), editedId, draft)) != null) {
            Pages.info("saved");
            all = null;
        }
    }

    public void remove(Location location) {
        if (Pages.attempt(() -> locations.delete(currentUser.actor(), location.getId()))) {
            Pages.info("removed");
        }
        all = null;
    }

    public List<Location> getLocations() {
        if (all == null) {
            all = locations.list(currentUser.actor());
        }
        return all;
    }

    public LocationKind[] getKinds() {
        return LocationKind.values();
    }

    public boolean isEditing() {
        return editedId != null;
    }

    public LocationDraft getDraft() {
        return draft;
    }
}
