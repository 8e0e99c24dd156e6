package de.ffit.campus.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;

/** One clock for the whole app, in the organisation's time zone, so that "today" is the classroom's today. */
@ApplicationScoped
public class CampusClock {

    @Inject
    CampusSettings settings;

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(settings.zone());
    }
}
