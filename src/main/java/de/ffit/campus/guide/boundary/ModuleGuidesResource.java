package de.ffit.campus.guide.boundary;

import de.ffit.campus.guide.control.Guides;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Path;

/** {@code /api/modules/{id}/guides}: the Integreat guides linked to a module (see {@link LinkedGuidesResource}). */
@Path("modules/{id}/guides")
@RequestScoped
public class ModuleGuidesResource extends LinkedGuidesResource {

    @Override
    protected Guides.Target target() {
        return Guides.Target.MODULE;
    }
}
