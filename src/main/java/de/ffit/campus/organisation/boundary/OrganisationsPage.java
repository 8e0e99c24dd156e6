package de.ffit.campus.organisation.boundary;

import de.ffit.campus.organisation.control.OrganisationDraft;
import de.ffit.campus.organisation.control.Organisations;
import de.ffit.campus.organisation.entity.Organisation;
import de.ffit.campus.platform.security.CurrentUser;
import de.ffit.campus.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Admins: the organisations of this installation and their Integreat regions. */
@Named
@ViewScoped
public class OrganisationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    Organisations organisations;

    private transient List<Organisation> all;
    private Long editedId;
    private OrganisationDraft draft = new OrganisationDraft();

    public void startNew() {
        editedId = null;
        draft = new OrganisationDraft();
    }

    public void startEdit(Organisation organisation) {
        editedId = organisation.getId();
        draft = new OrganisationDraft();
        draft.setName(organisation.getName());
        draft.setIntegreatRegion(organisation.getIntegreatRegion());
        draft.setVersion(organisation.getVersion());
    }

    public void save() {
        if (Pages.attempt(() -> editedId == null ? organisations.create(currentUser.actor(), draft)
                : organisations.update(currentUser.actor(), editedId, draft)) != null) {
            Pages.info("saved");
            all = null;
        }
    }

    public List<Organisation> getOrganisations() {
        if (all == null) {
            all = organisations.all(currentUser.actor());
        }
        return all;
    }

    public boolean isEditing() {
        return editedId != null;
    }

    public OrganisationDraft getDraft() {
        return draft;
    }
}
