package de.ffit.campus.demo;

import de.ffit.campus.platform.persistence.ApplicationStart;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The demo's part of the start: in demo mode, the demo installation, each step once. Last of all, because the demo
 * issues certificates with the templates checked before it.
 */
@Dependent
public class DemoAtStart {

    @Inject
    DemoData demoData;

    void seed(@Observes @Priority(ApplicationStart.DATA) ApplicationStart start) {
        if (!start.demo()) {
            return;
        }
        demoData.seedOnce();
        demoData.issueCertificatesOnce();
        demoData.guideCatalogueOnce();
        demoData.courseTextsOnce();
    }
}
