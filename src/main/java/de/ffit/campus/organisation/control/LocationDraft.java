package de.ffit.campus.organisation.control;

import de.ffit.campus.organisation.entity.LocationKind;
import de.ffit.campus.platform.validation.MaxLength;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;

/** A location as a coordinator fills it in. */
public class LocationDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @MaxLength(120)
    private String name;

    @MaxLength(250)
    private String address;

    @NotNull
    private LocationKind kind = LocationKind.CLASSROOM;

    private Long version;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public LocationKind getKind() {
        return kind;
    }

    public void setKind(LocationKind kind) {
        this.kind = kind;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
