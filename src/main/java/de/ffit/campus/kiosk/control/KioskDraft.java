package de.ffit.campus.kiosk.control;

import de.ffit.campus.platform.validation.MaxLength;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;

/** A kiosk as a coordinator registers it: a name people recognise ("Tablet Klassenzimmer 2") and its location. */
public class KioskDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @MaxLength(80)
    private String name;

    @NotNull
    private Long locationId;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getLocationId() {
        return locationId;
    }

    public void setLocationId(Long locationId) {
        this.locationId = locationId;
    }
}
