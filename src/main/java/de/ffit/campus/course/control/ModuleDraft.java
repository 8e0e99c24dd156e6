package de.ffit.campus.course.control;

import de.ffit.campus.platform.validation.MaxLength;
import jakarta.validation.constraints.NotBlank;
import java.io.Serializable;

/** A module's title and description. */
public class ModuleDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @MaxLength(160)
    private String title;

    @MaxLength(2000)
    private String description;

    private Long version;

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
