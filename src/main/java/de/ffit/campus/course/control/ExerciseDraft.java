package de.ffit.campus.course.control;

import de.ffit.campus.platform.validation.MaxLength;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** An exercise as a coordinator fills it in, with the codes of its DigComp competences ("1.1", "2.4"). */
public class ExerciseDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @MaxLength(200)
    private String title;

    @MaxLength(4000)
    private String description;

    private boolean mandatory;

    @NotNull
    @Size(max = 21)
    private List<@NotNull @Pattern(regexp = "[1-5]\\.[1-9]") String> competences = new ArrayList<>();

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

    public boolean isMandatory() {
        return mandatory;
    }

    public void setMandatory(boolean mandatory) {
        this.mandatory = mandatory;
    }

    public List<String> getCompetences() {
        return competences;
    }

    public void setCompetences(List<String> competences) {
        this.competences = competences == null ? new ArrayList<>() : new ArrayList<>(competences);
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
