package de.ffit.campus.account.boundary;

import de.ffit.campus.account.control.AccountDraft;
import de.ffit.campus.account.control.Accounts;
import de.ffit.campus.account.entity.UserAccount;
import de.ffit.campus.platform.security.CurrentUser;
import de.ffit.campus.platform.security.Role;
import de.ffit.campus.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Admins: accounts of every organisation; create, change role, reset a password, deactivate. */
@Named
@ViewScoped
public class AccountsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    Accounts accounts;

    private transient List<UserAccount> all;
    private Long editedId;
    private AccountDraft draft = new AccountDraft();

    public void startNew() {
        editedId = null;
        draft = new AccountDraft();
        draft.setOrganisationId(currentUser.actor().organisationId());
    }

    public void startEdit(UserAccount account) {
        editedId = account.getId();
        draft = new AccountDraft();
        draft.setOrganisationId(account.getOrganisation().getId());
        draft.setUsername(account.getUsername());
        draft.setDisplayName(account.getDisplayName());
        draft.setRole(account.getRole());
        draft.setActive(account.isActive());
        draft.setVersion(account.getVersion());
    }

    public void save() {
        if (Pages.attempt(() -> editedId == null ? accounts.create(currentUser.actor(), draft)
                : accounts.update(currentUser.actor(), editedId, draft)) != null) {
            Pages.info("saved");
            all = null;
        }
    }

    public List<UserAccount> getAccounts() {
        if (all == null) {
            all = accounts.all(currentUser.actor());
        }
        return all;
    }

    public List<AccountDraft.OrganisationOption> getOrganisations() {
        return accounts.organisations(currentUser.actor());
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public boolean isEditing() {
        return editedId != null;
    }

    public AccountDraft getDraft() {
        return draft;
    }
}
