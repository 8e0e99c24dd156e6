package de.ffit.campus.guide.boundary;

import de.ffit.campus.guide.control.Guides;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Path;

/** {@code /api/exercises/{id}/guides}: the Integreat guides linked to a exercise (see {@link LinkedGuidesResource}). */
@Path("exercises/{id}/guides")
@RequestScoped
public class ExerciseGuidesResource extends LinkedGuidesResource {

    @Override
    protected Guides.Target target() {
        return Guides.Target.EXERCISE;
    }
}
