package de.ffit.campus.organisation.control;

import de.ffit.campus.platform.validation.MaxLength;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.io.Serializable;

/** An organisation as an admin fills it in. */
public class OrganisationDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @MaxLength(120)
    private String name;

    @NotBlank
    @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,79}", message = "{ffit.region.pattern}")
    private String integreatRegion;

    private Long version;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getIntegreatRegion() {
        return integreatRegion;
    }

    public void setIntegreatRegion(String integreatRegion) {
        this.integreatRegion = integreatRegion;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
