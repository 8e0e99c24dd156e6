package de.ffit.campus.guide.control;

import de.ffit.campus.platform.config.CampusSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The application's one Integreat client: {@code FFIT_INTEGREAT_URL}, whose host is always allowed, plus the hosts
 * in {@code FFIT_INTEGREAT_ALLOWED_HOSTS}, with the default time-outs and retries. Made on first use, so that a
 * wrong URL is reported where Integreat is needed, not at start-up.
 */
@ApplicationScoped
public class IntegreatClient {

    @Inject
    CampusSettings settings;

    private volatile IntegreatApi api;

    public IntegreatApi api() {
        IntegreatApi made = api;
        if (made == null) {
            made = new IntegreatApi(settings.integreatUrl(), settings.integreatAllowedHosts(),
                    IntegreatApi.Settings.defaults());
            api = made;
        }
        return made;
    }
}
