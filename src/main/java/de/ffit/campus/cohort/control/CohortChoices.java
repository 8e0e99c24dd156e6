package de.ffit.campus.cohort.control;

import java.io.Serializable;
import java.util.List;

/** What the cohort forms offer to choose from: the organisation's courses, locations and possible trainers. */
public record CohortChoices(List<Option> courses, List<Option> locations, List<Option> teachers)
        implements Serializable {

    public record Option(long id, String label) implements Serializable {
    }
}
