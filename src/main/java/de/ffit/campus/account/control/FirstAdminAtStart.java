package de.ffit.campus.account.control;

import de.ffit.campus.platform.persistence.ApplicationStart;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** The account feature's part of the start: in production mode, the first admin or the refusal to start. */
@Dependent
public class FirstAdminAtStart {

    @Inject
    FirstAdmin firstAdmin;

    void ensureAnAccount(@Observes @Priority(ApplicationStart.ACCOUNTS) ApplicationStart start) {
        if (start.demo()) {
            return; // the demo data brings its own accounts
        }
        try {
            firstAdmin.ensureAnAccountExists();
        } catch (FirstAdmin.NoAdminPassword refused) {
            throw new ApplicationStart.Refused(refused.getMessage());
        }
    }
}
