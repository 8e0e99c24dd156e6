package de.ffit.campus.account.control;

import de.ffit.campus.platform.security.Role;
import de.ffit.campus.platform.validation.MaxLength;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** An account as an admin fills it in. The password is only set when given (always for a new account). */
public class AccountDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    /** an organisation an account can belong to, for the admin's choice */
    public record OrganisationOption(long id, String name) {
    }

    @NotNull
    private Long organisationId;

    @NotBlank
    @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{2,39}", message = "{ffit.username.pattern}")
    private String username;

    @NotBlank
    @MaxLength(120)
    private String displayName;

    @NotNull
    private Role role = Role.TRAINER;

    @Size(min = Accounts.MIN_PASSWORD_LENGTH, max = 200, message = "{ffit.password.size}")
    private String password;

    private boolean active = true;

    private Long version;

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password == null || password.isEmpty() ? null : password;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
