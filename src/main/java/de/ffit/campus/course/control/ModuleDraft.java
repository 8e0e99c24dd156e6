package de.ffit.campus.course.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A module's title and description. */
public class ModuleDraft implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = 160)
    private String title;

    @Size(max = 2000)
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
